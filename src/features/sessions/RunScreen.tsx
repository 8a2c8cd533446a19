import { useEffect, useEffectEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHash } from '../../app/routes';
import { pauseForCare } from '../../db/repositories/care';
import { useGroup } from '../../db/repositories/groups';
import { recordRun, useSession } from '../../db/repositories/sessions';
import { useSettings } from '../../db/repositories/settings';
import { blockCue, effectiveMinutes } from '../../domain/replan';
import type { RunAction } from '../../domain/timer';
import { blockElapsedMs, currentIndex, isRunning } from '../../domain/timer';
import type { AgendaBlock } from '../../domain/types';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAction } from '../../ui/useAction';
import { useIdleLockHold } from '../lock/useIdleLock';
import { usePresenterDriver } from '../presenter/usePresenterDriver';
import { RunSheetButton } from '../room/RunSheetButton';
import { useCueSound } from '../room/useCueSound';
import { usePresenterProgress } from '../room/usePresenterProgress';
import { RunBody } from './RunBody';
import { useNow } from './useNow';
import { useRunShortcuts } from './useRunShortcuts';
import './sessions.css';
import './run.css';

/** The presenter shows the forest behind the prompt during forest and storm work, otherwise the prompt alone. */
function presenterView(block: AgendaBlock | undefined): 'forest' | 'prompt' {
  if (!block) return 'prompt';
  return block.kind === 'forest' || block.kind === 'storms' || block.zone === 'forest' || block.zone === 'storms' ? 'forest' : 'prompt';
}

/** The nearest block from `from` in `direction` that was not skipped by a re-plan, or -1. */
function nextRunnable(blocks: readonly AgendaBlock[], from: number, direction: 1 | -1): number {
  for (let at = from + direction; at >= 0 && at < blocks.length; at += direction) if (!blocks[at]!.skipped) return at;
  return -1;
}

/** The facilitator's window while a session runs: agenda, clocks, re-plan, prompts, notes, care and the projector's controls. */
export function RunScreen({ groupId, sessionId }: { groupId: string; sessionId: string }) {
  const { t } = useTranslation('sessions');
  const group = useGroup(groupId);
  const session = useSession(sessionId);
  const settings = useSettings();
  const running = isRunning(session?.run);
  useIdleLockHold(running);
  const caring = Boolean(session?.careSince);
  // While paused for care the standing keeps moving (the session's end slips), so the clock keeps ticking.
  const now = useNow(running || caring || (session != null && session.startedAt === null));
  // The presenter window reports its curtain, so a reload here never shows it lifted by mistake.
  const presenter = usePresenterDriver();
  const curtain = presenter.curtain;
  const [confirmReset, setConfirmReset] = useState(false);
  const [presenterError, setPresenterError] = useState<string | null>(null);
  const { run, error } = useAction();

  const blocks = session?.blocks ?? [];
  const index = session ? currentIndex(session) : 0;
  const block = blocks[index];
  const promptIndex = session?.run?.promptIndex ?? 0;
  const prompt = block?.prompts[Math.min(promptIndex, Math.max(0, block.prompts.length - 1))] ?? null;
  const blockMs = block && session ? blockElapsedMs(session.run, block.id, now) : 0;
  const blockMinutes = block ? effectiveMinutes({ ...block, skipped: false }) : 0;

  const title = block?.title ?? null;
  const view = presenterView(block);
  const showKey = JSON.stringify([prompt, title, view]);
  const show = useEffectEvent(() => presenter.show({ type: 'show', groupId, prompt, title, view }));
  useEffect(() => {
    if (session) show();
  }, [showKey, session]);

  useCueSound(running ? blockCue(blockMinutes, blockMs) : 'plenty', settings?.runCueSound ?? false);
  usePresenterProgress(presenter.progress, settings?.presenterProgress && running && blockMinutes > 0 ? blockMs / (blockMinutes * 60_000) : null);

  function dispatch(action: RunAction) {
    void run(() => recordRun(sessionId, action));
  }

  function toggleClock() {
    if (!session || blocks.length === 0 || caring) return;
    if (session.startedAt === null) dispatch({ type: 'start' });
    else dispatch({ type: running ? 'pause' : 'resume' });
  }

  function goTo(target: number) {
    if (target < 0 || target >= blocks.length) return;
    dispatch({ type: 'goTo', index: target });
  }

  function adjust(minutes: number) {
    if (!session || session.endedAt !== null || !block) return;
    dispatch({ type: 'adjust', minutes });
  }

  function careNow() {
    if (!session || caring) return;
    // The curtain first, at once: whatever is on the wall goes away before anything is written.
    presenter.setCurtain(true);
    void run(() => pauseForCare(sessionId));
  }

  async function openPresenter() {
    const ok = await presenter.open(groupId);
    setPresenterError(ok ? null : t('run.presenterBlocked'));
  }

  useRunShortcuts({
    toggleClock,
    next: () => goTo(nextRunnable(blocks, index, 1)),
    previous: () => goTo(nextRunnable(blocks, index, -1)),
    toggleCurtain: () => presenter.setCurtain(!curtain),
    adjust,
    care: careNow,
  });

  if (group === undefined || session === undefined) return <p className="status">{t('common:loading')}</p>;
  if (group === null || session === null || session.groupId !== groupId) {
    return (
      <section className="empty-state">
        <h1>{t('planner.notFound')}</h1>
        <p>
          <a href="#/">{t('common:goHome')}</a>
        </p>
      </section>
    );
  }

  const state = session.endedAt !== null && !running ? 'ended' : running ? 'running' : session.startedAt !== null ? 'paused' : 'ready';
  return (
    <div className="run-screen">
      <nav aria-label={t('planner.breadcrumb')} className="breadcrumb">
        <a href={routeHash({ name: 'session', groupId, sessionId })}>
          <span aria-hidden="true">← </span>
          {t('run.backToPlanner')}
        </a>
      </nav>
      <header className="page-header">
        <div>
          <h1>{t('run.heading', { number: session.number, title: session.title })}</h1>
          <p className={`run-state run-state--${state}`} role="status">
            {t(`run.state.${state}`)}
          </p>
        </div>
        <div className="button-row">
          <button type="button" className="button--care" onClick={careNow} disabled={caring} aria-keyshortcuts="C">
            {t('room:care.button')}
          </button>
          <button type="button" onClick={() => void openPresenter()}>
            {t('run.openPresenter')}
          </button>
          <button type="button" className={curtain ? 'button--danger' : undefined} aria-pressed={curtain} onClick={() => presenter.setCurtain(!curtain)}>
            {curtain ? t('run.curtainOn') : t('run.curtainOff')}
          </button>
          <RunSheetButton group={group} session={session} />
        </div>
      </header>
      <ErrorMessage message={presenterError ?? error} />
      {blocks.length === 0 ? (
        <section className="empty-state">
          <h2>{t('run.emptyTitle')}</h2>
          <p>{t('run.emptyText')}</p>
        </section>
      ) : (
        <RunBody
          caring={caring}
          group={group}
          session={session}
          index={index}
          now={now}
          state={state}
          onToggle={toggleClock}
          onGoTo={goTo}
          onAdjust={adjust}
          onDispatch={dispatch}
          onReset={() => setConfirmReset(true)}
        />
      )}
      {confirmReset && (
        <ConfirmDialog
          open
          title={t('run.resetTitle')}
          confirmLabel={t('run.resetConfirm')}
          danger
          onConfirm={() => {
            setConfirmReset(false);
            dispatch({ type: 'reset' });
          }}
          onCancel={() => setConfirmReset(false)}
        >
          <p>{t('run.resetText')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
