import { useTranslation } from 'react-i18next';
import type { LocalText } from '../../domain/types';
import type { PresenterDriver } from './usePresenterDriver';

interface PresenterControlsProps {
  driver: PresenterDriver;
  groupId: string;
  /** What "Show on projector" sends from this screen. */
  view: 'tree' | 'forest';
  participantId?: string;
  prompt: LocalText | null;
  title: string | null;
  /** When this screen's content may not be projected, say why instead of offering to show it. */
  blockedReason?: string | null;
}

/**
 * The facilitator's projector controls on the tree and forest screens: open the presenter view, put this
 * tree or the forest on it, and drop or lift the privacy curtain.
 */
export function PresenterControls({ driver, groupId, view, participantId, prompt, title, blockedReason }: PresenterControlsProps) {
  const { t } = useTranslation('presenter');
  const showingThis = driver.showing?.view === view && (view === 'forest' || driver.showing?.participantId === participantId);
  return (
    <div className="presenter-controls" role="group" aria-label={t('controls.label')}>
      <button type="button" className="button--small" onClick={() => void driver.open(groupId)}>
        {t('controls.open')}
      </button>
      <button
        type="button"
        className="button--small"
        disabled={Boolean(blockedReason)}
        aria-pressed={showingThis}
        onClick={() => driver.show({ type: 'show', groupId, view, participantId, prompt, title })}
      >
        {t('controls.show')}
      </button>
      <button type="button" className="button--small" aria-pressed={driver.curtain} onClick={() => driver.setCurtain(!driver.curtain)}>
        {driver.curtain ? t('controls.curtainOff') : t('controls.curtainOn')}
      </button>
      {blockedReason && <span className="muted presenter-controls__note">{blockedReason}</span>}
      {driver.error && (
        <span className="error-message" role="alert">
          {t('controls.openFailed')}
        </span>
      )}
    </div>
  );
}
