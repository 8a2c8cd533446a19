import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../domain/types';
import { useZipExport, type ZipOutcome } from './useZipExport';
import { ZipProgress } from './ZipProgress';

interface ZipExportControlsProps {
  /** The selected entries, in list order. */
  selected: readonly { id: string; size: number }[];
  lang: Lang;
  onOutcome: (outcome: ZipOutcome) => void;
  /** Told when an export starts and ends, so the screen can lock actions that change the archive. */
  onBusyChange: (busy: boolean) => void;
  onClearSelection: () => void;
}

/**
 * "Export selected as zip" and its progress bar. The per-file progress state lives here, not in the
 * screen, so each file added repaints this small component instead of the whole archive table.
 */
export function ZipExportControls({ selected, lang, onOutcome, onBusyChange, onClearSelection }: ZipExportControlsProps) {
  const { t } = useTranslation('archive');
  const zip = useZipExport(lang, onOutcome);
  const zipping = zip.state.phase !== 'idle';
  useEffect(() => onBusyChange(zipping), [zipping, onBusyChange]);
  const start = () =>
    void zip.start(
      selected.map((entry) => entry.id),
      selected.reduce((sum, entry) => sum + entry.size, 0),
    );
  return (
    <>
      <div className="button-row">
        <span className="archive-toolbar__selected">
          {selected.length > 0 ? t('selection.count', { count: selected.length }) : t('selection.none')}
        </span>
        {selected.length > 0 && (
          <button type="button" onClick={onClearSelection} disabled={zipping}>
            {t('actions.clearSelection')}
          </button>
        )}
        <button type="button" className="button--primary" disabled={selected.length === 0 || zipping} onClick={start}>
          {t('actions.exportZip')}
        </button>
      </div>
      {zip.state.phase !== 'idle' && <ZipProgress state={zip.state} onCancel={zip.cancel} />}
    </>
  );
}
