import { useEffect, useEffectEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHash } from '../../app/routes';
import { useGroup } from '../../db/repositories/groups';
import { recordRun, useSession } from '../../db/repositories/sessions';
import type { RunAction } from '../../domain/timer';
import { currentIndex, isRunning } from '../../domain/timer';
import type { AgendaBlock } from '../../domain/types';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAction } from '../../ui/useAction';
import { usePresenterDriver } from '../presenter/usePresenterDriver';
import { RunAgenda } from './RunAgenda';
import { RunCurrent } from './RunCurrent';
import { useNow } from './useNow';
import './sessions.css';
import './run.css';

/** The presenter shows the forest behind the prompt during forest and storm work, otherwise the prompt alone. */
function presenterView(block: AgendaBlock | undefined): 'forest' | 'prompt' {
  if (!block) return 'prompt';
  return block.kind === 'forest' || block.kind === 'storms' || block.zone === 'forest' || block.zone === 'storms' ? 'forest' : 'prompt';
}

/** Keys typed into a field are text, not shortcuts. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(target.type);
}

/** Space on a focused button presses that button; only elsewhere does it start or pause the clock. */
function isActivatable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && Boolean(target.closest('button, a[href], input, summary, [role="button"]'));
}

/** The facilitator's window while a session runs: agenda, clocks, prompts, notes and the projector's controls. */
export function RunScreen({ groupId, sessionId }: { groupId: string; sessionId: string }) {
  const { t } = useTranslation('sessions');
  const group = useGroup(groupId);
  const session = useSession(sessionId);
  const running = isRunning(session?.run);
  const now = useNow(running);
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

  const title = block?.title ?? null;
  const view = presenterView(block);
  const showKey = JSON.stringify([prompt, title, view]);
  const show = useEffectEvent(() => presenter.show({ type: 'show', groupId, prompt, title, view }));
  useEffect(() => {
    if (session) show();
  }, [showKey, session]);

  function dispatch(action: RunAction) {
    void run(() => recordRun(sessionId, action));
  }

  function toggleClock() {
    if (!session || blocks.length === 0) return;
    if (session.startedAt === null) dispatch({ type: 'start' });
    else dispatch({ type: running ? 'pause' : 'resume' });
  }

  function goTo(target: number) {
    if (target < 0 || target >= blocks.length) return;
    dispatch({ type: 'goTo', index: target });
  }

  function toggleCurtain() {
    presenter.setCurtain(!curtain);
  }

  async function openPresenter() {
    const ok = await presenter.open(groupId);
    setPresenterError(ok ? null : t('run.presenterBlocked'));
  }

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTextField(event.target)) return;
    if (document.querySelector('dialog[open]')) return;
    const key = event.key.toLowerCase();
    if (key === ' ') {
      if (isActivatable(event.target)) return;
      event.preventDefault();
      toggleClock();
    } else if (key === 'n') goTo(index + 1);
    else if (key === 'p') goTo(index - 1);
    else if (key === 'b') toggleCurtain();
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

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
          <button type="button" onClick={() => void openPresenter()}>
            {t('run.openPresenter')}
          </button>
          <button type="button" className={curtain ? 'button--danger' : undefined} aria-pressed={curtain} onClick={toggleCurtain}>
            {curtain ? t('run.curtainOn') : t('run.curtainOff')}
          </button>
        </div>
      </header>
      <ErrorMessage message={presenterError ?? error} />
      {blocks.length === 0 ? (
        <section className="empty-state">
          <h2>{t('run.emptyTitle')}</h2>
          <p>{t('run.emptyText')}</p>
        </section>
      ) : (
        <div className="run-layout">
          <RunCurrent
            session={session}
            lang={group.lang}
            index={index}
            now={now}
            state={state}
            onToggle={toggleClock}
            onGoTo={goTo}
            onPrompt={(promptAt) => dispatch({ type: 'prompt', index: promptAt })}
            onEnd={() => dispatch({ type: 'end' })}
          />
          <aside className="run-side">
            <RunAgenda session={session} index={index} now={now} onGoTo={goTo} />
            <section className="card run-shortcuts" aria-labelledby="run-shortcuts-title">
              <h2 id="run-shortcuts-title">{t('run.shortcuts.title')}</h2>
              <dl>
                {(['space', 'n', 'p', 'b'] as const).map((key) => (
                  <div key={key}>
                    <dt>
                      <kbd>{t(`run.shortcuts.keys.${key}`)}</kbd>
                    </dt>
                    <dd>{t(`run.shortcuts.${key}`)}</dd>
                  </div>
                ))}
              </dl>
            </section>
            {session.startedAt !== null && (
              <button type="button" onClick={() => setConfirmReset(true)}>
                {t('run.reset')}
              </button>
            )}
          </aside>
        </div>
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
