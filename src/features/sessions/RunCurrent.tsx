import { useTranslation } from 'react-i18next';
import { blockCue, effectiveMinutes } from '../../domain/replan';
import { blockElapsedMs, formatDuration, remainingMs, sessionElapsedMs } from '../../domain/timer';
import type { Lang, Session } from '../../domain/types';

export type RunState = 'ready' | 'running' | 'paused' | 'ended';

interface Props {
  session: Session;
  /** The group's language: prompts are shown in it. */
  lang: Lang;
  index: number;
  now: number;
  state: RunState;
  onToggle: () => void;
  onGoTo: (index: number) => void;
  onPrompt: (index: number) => void;
  onEnd: () => void;
}

/** The current block: its clocks, the controls, the prompt being shown and the facilitator's notes. */
export function RunCurrent({ session, lang, index, now, state, onToggle, onGoTo, onPrompt, onEnd }: Props) {
  const { t } = useTranslation('sessions');
  const block = session.blocks[index];
  if (!block) return null;
  const run = session.run ?? null;
  const blockMs = blockElapsedMs(run, block.id, now);
  const blockMinutes = effectiveMinutes({ ...block, skipped: false });
  const left = remainingMs(blockMinutes, blockMs);
  // Calm cues: a colour and a sentence when a fifth, then a twentieth is left, and when it runs over.
  const cue = state === 'ready' || state === 'ended' ? 'plenty' : blockCue(blockMinutes, blockMs);
  const sessionMs = sessionElapsedMs(run, now);
  const sessionLeft = remainingMs(session.plannedMinutes, sessionMs);
  const promptCount = block.prompts.length;
  const promptIndex = Math.min(run?.promptIndex ?? 0, Math.max(0, promptCount - 1));
  const prompt = block.prompts[promptIndex];
  const toggleLabel = state === 'ready' ? t('run.start') : state === 'running' ? t('run.pause') : t('run.resume');

  return (
    <section className="run-current card" aria-labelledby="run-current-title">
      <p className="run-current__position">{t('run.blockOf', { number: index + 1, count: session.blocks.length })}</p>
      <h2 id="run-current-title" className="run-current__title">
        {block.title}
      </h2>
      <p className="muted run-current__kind">
        {t(`kinds.${block.kind}`)}
        {block.zone ? ` · ${t(`common:zones.${block.zone}`)}` : ''}
      </p>

      <div className="run-clocks">
        <div className={`run-clock run-clock--${cue}`} data-cue={cue}>
          <span className="run-clock__label">{t('run.blockClock')}</span>
          <span className="run-clock__value" role="timer" aria-label={t('run.blockElapsed')}>
            {formatDuration(blockMs)}
          </span>
          <span className="run-clock__detail" data-testid="block-remaining">
            {left >= 0 ? t('run.remaining', { time: formatDuration(left) }) : t('run.overTime', { time: formatDuration(-left) })}
            {' · '}
            {t('run.planned', { count: blockMinutes })}
          </span>
          <span className="run-clock__cue" aria-live="polite" data-testid="block-cue">
            {cue === 'plenty' ? '' : t(`room:cue.${cue}`)}
          </span>
        </div>
        <div className={`run-clock${sessionLeft < 0 ? ' run-clock--over' : ''}`}>
          <span className="run-clock__label">{t('run.sessionClock')}</span>
          <span className="run-clock__value" role="timer" aria-label={t('run.sessionElapsed')}>
            {formatDuration(sessionMs)}
          </span>
          <span className="run-clock__detail">
            {sessionLeft >= 0 ? t('run.remaining', { time: formatDuration(sessionLeft) }) : t('run.overTime', { time: formatDuration(-sessionLeft) })}
            {' · '}
            {t('run.planned', { count: session.plannedMinutes })}
          </span>
        </div>
      </div>

      <div className="button-row run-controls">
        <button type="button" className="button--primary" onClick={onToggle} aria-keyshortcuts="Space">
          {toggleLabel}
        </button>
        <button type="button" onClick={() => onGoTo(index - 1)} disabled={index === 0} aria-keyshortcuts="P">
          {t('run.previous')}
        </button>
        <button type="button" onClick={() => onGoTo(index + 1)} disabled={index >= session.blocks.length - 1} aria-keyshortcuts="N">
          {t('run.next')}
        </button>
        <button type="button" onClick={onEnd} disabled={state === 'ready' || state === 'ended'}>
          {t('run.end')}
        </button>
      </div>

      <section className="run-prompt" aria-labelledby="run-prompt-title">
        <h3 id="run-prompt-title">
          {promptCount > 0 ? t('run.promptOf', { number: promptIndex + 1, count: promptCount }) : t('run.prompts')}
        </h3>
        {prompt ? (
          <blockquote className="run-prompt__text" lang={lang} data-testid="current-prompt">
            {prompt[lang]}
          </blockquote>
        ) : (
          <p className="muted">{t('run.noPrompts')}</p>
        )}
        {promptCount > 1 && (
          <div className="button-row">
            <button type="button" className="button--small" onClick={() => onPrompt(promptIndex - 1)} disabled={promptIndex === 0}>
              {t('run.previousPrompt')}
            </button>
            <button type="button" className="button--small" onClick={() => onPrompt(promptIndex + 1)} disabled={promptIndex >= promptCount - 1}>
              {t('run.nextPrompt')}
            </button>
          </div>
        )}
      </section>

      <section className="run-notes" aria-labelledby="run-notes-title">
        <h3 id="run-notes-title">{t('run.notes')}</h3>
        {block.notes ? <p className="run-notes__text">{block.notes}</p> : <p className="muted">{t('run.noNotes')}</p>}
        {block.materials && (
          <p>
            <strong>{t('block.materials')}: </strong>
            {block.materials}
          </p>
        )}
      </section>
    </section>
  );
}
