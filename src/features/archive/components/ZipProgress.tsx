import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZipPhase } from './useZipExport';

/** The labelled progress bar of a running zip export, with its Cancel button. */
export function ZipProgress({ state, onCancel }: { state: Exclude<ZipPhase, { phase: 'idle' }>; onCancel: () => void }) {
  const { t } = useTranslation('archive');
  const labelId = useId();
  const detailId = useId();
  const running = state.phase === 'running';
  const detail = !running
    ? t('zip.finishing')
    : state.fileName
      ? t('zip.progress', { done: state.done, total: state.total, file: state.fileName })
      : t('zip.preparing');
  return (
    <div className="archive-zip card">
      <p id={labelId} className="archive-zip__label">
        {t('zip.label')}
      </p>
      <progress
        aria-labelledby={labelId}
        aria-describedby={detailId}
        max={running ? state.total : 1}
        value={running ? state.done : 1}
      />
      <p id={detailId} className="archive-zip__detail" aria-live="polite">
        {detail}
      </p>
      <button type="button" onClick={onCancel} disabled={!running}>
        {t('actions.cancelExport')}
      </button>
    </div>
  );
}
