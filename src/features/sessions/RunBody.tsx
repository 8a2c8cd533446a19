import { useTranslation } from 'react-i18next';
import type { RunAction } from '../../domain/timer';
import type { Group, Session } from '../../domain/types';
import { CarePanel } from '../room/CarePanel';
import { MaterialsChecklist } from '../room/MaterialsChecklist';
import { RunStanding } from '../room/RunStanding';
import { useReplan } from '../room/useReplan';
import { RunAgenda } from './RunAgenda';
import { RunCurrent, type RunState } from './RunCurrent';
import { RunShortcuts } from './RunShortcuts';

interface BodyProps {
  caring: boolean;
  group: Group;
  session: Session;
  index: number;
  now: number;
  state: RunState;
  onToggle: () => void;
  onGoTo: (index: number) => void;
  onAdjust: (minutes: number) => void;
  onDispatch: (action: RunAction) => void;
  onReset: () => void;
}

/** The two columns: the current block (or the care plan) with the standing, and the agenda beside it. */
export function RunBody({ caring, group, session, index, now, state, onToggle, onGoTo, onAdjust, onDispatch, onReset }: BodyProps) {
  const { t } = useTranslation('sessions');
  const plan = useReplan(session, index, now);
  return (
    <div className="run-layout">
      <div className="run-main">
        {caring ? (
          <CarePanel group={group} session={session} />
        ) : (
          <>
            {state === 'ready' && <MaterialsChecklist session={session} />}
            <RunStanding
              session={session}
              plan={plan}
              lang={group.lang}
              canAdjust={state !== 'ended'}
              onAdjust={onAdjust}
              onAccept={(cuts) => onDispatch({ type: 'cuts', cuts })}
            />
            <RunCurrent
              session={session}
              lang={group.lang}
              index={index}
              now={now}
              state={state}
              onToggle={onToggle}
              onGoTo={onGoTo}
              onPrompt={(promptAt) => onDispatch({ type: 'prompt', index: promptAt })}
              onEnd={() => onDispatch({ type: 'end' })}
            />
          </>
        )}
      </div>
      <aside className="run-side">
        <RunAgenda session={session} index={index} now={now} plan={plan} lang={group.lang} onGoTo={onGoTo} />
        <RunShortcuts />
        {session.startedAt !== null && (
          <button type="button" onClick={onReset}>
            {t('run.reset')}
          </button>
        )}
      </aside>
    </div>
  );
}
