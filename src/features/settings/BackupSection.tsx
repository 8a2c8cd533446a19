import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackupReadError, backupFileName, exportBackup, readBackup, restoreBackup, type BackupSummary } from '../../db/backup';
import type { Lang } from '../../domain/types';
import { host } from '../../host';
import { formatDateTime } from '../../i18n/format';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAction } from '../../ui/useAction';

interface PendingRestore {
  fileName: string;
  text: string;
  summary: BackupSummary;
}

/**
 * Back up everything Grove holds to one file, and restore from such a file. A restore replaces all data,
 * so it is read and checked in full first, its contents are shown, and the user confirms.
 */
export function BackupSection({ lang }: { lang: Lang }) {
  const { t } = useTranslation('settings');
  const { run, error, setError, busy } = useAction();
  const [status, setStatus] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  async function backUp() {
    setStatus(null);
    await run(async () => {
      const text = await exportBackup();
      const result = await host.saveFile({ suggestedName: backupFileName(), mimeType: 'application/json', bytes: new TextEncoder().encode(text) });
      if (result.ok) setStatus(t('backup.saved'));
      else if (result.error !== 'cancelled') setError(t('backup.saveFailed', { reason: result.error }));
    });
  }

  async function choose(file: File | undefined) {
    setStatus(null);
    setError(null);
    if (!file) return;
    try {
      const text = await file.text();
      setPending({ fileName: file.name, text, summary: readBackup(text).summary });
    } catch (caught) {
      setError(caught instanceof BackupReadError ? t(`backup.errors.${caught.reason}`) : t('backup.errors.notBackup'));
    } finally {
      if (fileInput.current) fileInput.current.value = '';
    }
  }

  async function restore() {
    if (!pending) return;
    const { text } = pending;
    setPending(null);
    const summary = await run(() => restoreBackup(text));
    if (summary) setStatus(t('backup.restored', { date: formatDateTime(summary.createdAt, lang) }));
  }

  return (
    <section className="card settings-card" aria-labelledby="settings-backup">
      <h2 id="settings-backup">{t('backup.title')}</h2>
      <p className="muted">{t('backup.intro')}</p>
      <p className="warning">{t('backup.sensitive')}</p>
      <div className="button-row">
        <button type="button" className="button--primary" onClick={() => void backUp()} disabled={busy}>
          {t('backup.create')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()} disabled={busy}>
          {t('backup.restore')}
        </button>
        <input
          ref={fileInput}
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="restore-file"
          type="file"
          accept="application/json,.json"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </div>
      <ErrorMessage message={error} />
      {status && (
        <p className="status" role="status">
          {status}
        </p>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={t('backup.confirmTitle')}
        confirmLabel={t('backup.confirm')}
        danger
        onConfirm={() => void restore()}
        onCancel={() => setPending(null)}
      >
        {pending && (
          <>
            <p>{t('backup.confirmText', { file: pending.fileName, date: formatDateTime(pending.summary.createdAt, lang) })}</p>
            <ul>
              <li>{t('backup.counts.groups', { count: pending.summary.counts.groups })}</li>
              <li>{t('backup.counts.participants', { count: pending.summary.counts.participants })}</li>
              <li>{t('backup.counts.sessions', { count: pending.summary.counts.sessions })}</li>
              <li>{t('backup.counts.treeItems', { count: pending.summary.counts.treeItems })}</li>
              <li>{t('backup.counts.archive', { count: pending.summary.counts.archive })}</li>
            </ul>
            <p>
              <strong>{t('backup.replaceWarning')}</strong>
            </p>
          </>
        )}
      </ConfirmDialog>
    </section>
  );
}
