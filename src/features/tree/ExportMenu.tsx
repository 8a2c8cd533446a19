import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasConsent } from '../../domain/consent';
import type { Group, Participant, TreeItem, ZoneId } from '../../domain/types';
import { exportTakeHomePdf, exportTreePng, type ExportResult } from './exportTree';

interface ExportMenuProps {
  group: Group;
  participant: Participant;
  items: readonly TreeItem[];
  labels: Record<ZoneId, string>;
}

/**
 * Export the participant's own tree: a PNG (private items only if they choose) and the one-page take-home
 * PDF (shared items only). Both need the participant's consent to print; without it we say so and save
 * nothing.
 */
export function ExportMenu({ group, participant, items, labels }: ExportMenuProps) {
  const { t } = useTranslation('tree');
  const [includePrivate, setIncludePrivate] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const id = useId();
  const consent = hasConsent(participant, 'print');

  const run = async (action: () => Promise<ExportResult>) => {
    if (!consent) {
      setMessage({ kind: 'error', text: t('export.noConsent', { alias: participant.alias }) });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const result = await action();
      if (result.ok) setMessage({ kind: 'ok', text: t('export.saved', { file: result.fileName }) });
      else if (result.reason === 'noConsent') setMessage({ kind: 'error', text: t('export.noConsent', { alias: participant.alias }) });
      else if (result.reason === 'failed') setMessage({ kind: 'error', text: t('export.failed', { detail: result.detail ?? '' }) });
    } catch (caught) {
      setMessage({ kind: 'error', text: t('export.failed', { detail: caught instanceof Error ? caught.message : String(caught) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="export-menu" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="export-menu__title">
        {t('export.title')}
      </h2>
      {!consent && <p className="warning">{t('export.noConsent', { alias: participant.alias })}</p>}
      <label className="export-menu__private">
        <input type="checkbox" checked={includePrivate} onChange={(event) => setIncludePrivate(event.target.checked)} />
        {t('export.includePrivate')}
      </label>
      <div className="button-row">
        <button type="button" className="button--small" disabled={busy} onClick={() => void run(() => exportTreePng({ group, participant, items, labels }, includePrivate))}>
          {t('export.png')}
        </button>
        <button type="button" className="button--small" disabled={busy} onClick={() => void run(() => exportTakeHomePdf({ group, participant, items, labels }, t))}>
          {t('export.pdf')}
        </button>
      </div>
      <p className="muted export-menu__hint">{t('export.pdfHint')}</p>
      {message && (
        <p className={message.kind === 'error' ? 'error-message' : 'status'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
