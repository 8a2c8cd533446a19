import { useTranslation } from 'react-i18next';
import { PROMPTS } from '../../domain/prompts';
import type { Lang, LocalText, TreeItem, ZoneId } from '../../domain/types';
import { OPTIONAL_ZONES, ZONES } from '../../domain/zones';

export type TreeMode = 'guided' | 'free';

interface GuidedBarProps {
  mode: TreeMode;
  onMode: (mode: TreeMode) => void;
  zone: ZoneId;
  onZone: (zone: ZoneId) => void;
  /** Mark the current zone done and go to the next one. */
  onNext: () => void;
  onBack: () => void;
  done: readonly ZoneId[];
  onToggleDone: (zone: ZoneId) => void;
  items: readonly TreeItem[];
  labels: Record<ZoneId, string>;
  lang: Lang;
  /** Facilitator only: put one prompt on the projector. */
  onProjectPrompt?: (prompt: LocalText) => void;
  compact?: boolean;
}

/**
 * Guided mode's progress: the mode switch and the zones in the method's order, each with its item count
 * and a done mark; choosing a zone jumps to it.
 */
export function GuidedSteps(props: GuidedBarProps) {
  const { mode, onMode, zone, onZone, done, onToggleDone, items, labels, lang } = props;
  const { t } = useTranslation('tree');
  return (
    <section className="guided guided--steps" aria-labelledby="guided-title">
      <h2 id="guided-title" className="guided__title">
        {mode === 'guided' ? t('guided.title') : t('guided.freeTitle')}
      </h2>
      <div className="guided__mode" role="radiogroup" aria-label={t('guided.mode')}>
        <button type="button" role="radio" className="button--small" aria-checked={mode === 'guided'} onClick={() => onMode('guided')}>
          {t('guided.guided')}
        </button>
        <button type="button" role="radio" className="button--small" aria-checked={mode === 'free'} onClick={() => onMode('free')}>
          {t('guided.free')}
        </button>
      </div>
      <ol className="guided__steps" aria-label={t('guided.steps')}>
        {ZONES.map((step) => {
          const count = items.filter((item) => item.zone === step).length;
          const isDone = done.includes(step);
          const current = mode === 'guided' && step === zone;
          return (
            <li key={step} className="guided__step" data-done={isDone} data-current={current}>
              <button type="button" className="button--small" aria-current={current ? 'step' : undefined} onClick={() => onZone(step)} disabled={mode !== 'guided'}>
                <span lang={lang}>{labels[step]}</span>
                {OPTIONAL_ZONES.includes(step) && <span className="muted"> {t('guided.optional')}</span>}
                <span className="guided__count"> · {t('guided.count', { count })}</span>
              </button>
              <label className="guided__done">
                <input type="checkbox" checked={isDone} onChange={() => onToggleDone(step)} aria-label={t('guided.markDone', { zone: labels[step] })} />
              </label>
            </li>
          );
        })}
      </ol>
      <p className="guided__progress">{t('guided.progress', { done: done.length, total: ZONES.length })}</p>
    </section>
  );
}

/**
 * Guided mode's current step: the zone, its prompts in the group's language (each can go to the
 * projector), and Back / Next. In free mode it says any zone can take items.
 */
export function GuidedPrompts(props: GuidedBarProps) {
  const { mode, zone, onNext, onBack, done, labels, lang, onProjectPrompt, compact } = props;
  const { t, i18n } = useTranslation('tree');
  const index = ZONES.indexOf(zone);
  if (mode !== 'guided') {
    return (
      <section className={compact ? 'guided guided--compact' : 'guided'} aria-labelledby="guided-current">
        <h2 id="guided-current" className="guided__zone">
          {t('guided.freeTitle')}
        </h2>
        <p className="muted">{t('guided.freeHint')}</p>
      </section>
    );
  }
  return (
    <section className={compact ? 'guided guided--compact' : 'guided'} aria-labelledby="guided-current">
      <h2 id="guided-current" className="guided__zone">
        {t('guided.step', { n: index + 1, total: ZONES.length })}: <span lang={lang}>{labels[zone]}</span>
        {compact && <span className="guided__progress"> · {t('guided.progress', { done: done.length, total: ZONES.length })}</span>}
      </h2>
      <ul className="guided__prompts" lang={lang}>
        {PROMPTS[zone].map((prompt, i) => (
          <li key={i}>
            <span>{prompt[lang]}</span>
            {onProjectPrompt && (
              <button type="button" className="button--small guided__project" onClick={() => onProjectPrompt(prompt)} lang={i18n.language}>
                {t('guided.project')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" onClick={onBack} disabled={index <= 0}>
          {t('guided.back')}
        </button>
        <button type="button" className="button--primary" onClick={onNext}>
          {index >= ZONES.length - 1 ? t('guided.finish') : t('guided.next', { zone: labels[ZONES[index + 1]!] })}
        </button>
      </div>
    </section>
  );
}
