import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkBackup, type CheckReport } from '../../db/backup/check';
import { backupFileName, createEncryptedBackup, createPlainBackup, type CreatedBackup } from '../../db/backup/create';
import { fileKind, openBackupFile } from '../../db/backup/envelope';
import { BackupReadError } from '../../db/backup/errors';
import { parseBackup, type ParsedBackup } from '../../db/backup/format';
import { restoreBackup } from '../../db/backup/restore';
import type { Lang } from '../../domain/types';
import { host } from '../../host';
import { formatDateTime } from '../../i18n/format';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ProgressBar } from '../../ui/ProgressBar';
import { AutomaticBackupsCard } from './AutomaticBackupsCard';
import { CheckReportView } from './CheckReportView';
import { describeBackupError } from './describeBackupError';
import { KeyDialog } from './KeyDialog';
import { RecipientsCard } from './RecipientsCard';
import './backup.css';

type Purpose = 'check' | 'restore';

interface OpenedFile {
  purpose: Purpose;
  fileName: string;
  bytes: Uint8Array;
}

interface Job {
  label: string;
  progress: number;
}

/**
 * Back up everything Grove holds to one encrypted file (age format), check a backup in a scratch database
 * (the restore drill), and restore one. A restore replaces all data: the file is opened and validated in
 * full first, its contents are shown, a safety copy of the current data is saved, and only then is
 * everything replaced in one transaction.
 */
export function BackupSection({ lang }: { lang: Lang }) {
  const { t } = useTranslation('settings');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [job, setJob] = useState<Job | null>(null);
  const [purpose, setPurpose] = useState<Purpose>('check');
  const [needsKey, setNeedsKey] = useState<OpenedFile | null>(null);
  const [keyError, setKeyError] = useState<string | null>(null);
  const [report, setReport] = useState<{ report: CheckReport; fileName: string } | null>(null);
  const [pending, setPending] = useState<{ fileName: string; backup: ParsedBackup } | null>(null);
  const [confirmPlain, setConfirmPlain] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const busy = job !== null;

  function start(label: string) {
    setError(null);
    setStatus(null);
    setReport(null);
    setJob({ label, progress: 0 });
  }
  const progress = (value: number) => setJob((current) => (current ? { ...current, progress: value } : current));

  async function save(created: CreatedBackup, safety = false): Promise<boolean> {
    const name = backupFileName(new Date(created.createdAt), created.encrypted);
    const result = await host.saveFile({
      suggestedName: safety ? name.replace('grove-backup', 'grove-safety-copy') : name,
      mimeType: created.encrypted ? 'application/octet-stream' : 'application/json',
      bytes: created.bytes,
    });
    if (!result.ok && result.error !== 'cancelled') setError(t('backup.saveFailed', { reason: result.error }));
    return result.ok;
  }

  async function backUp(encrypted: boolean) {
    start(t('backup.progress.backup'));
    try {
      const created = encrypted ? await createEncryptedBackup({ onProgress: progress }) : await createPlainBackup();
      if (await save(created)) setStatus(encrypted ? t('backup.saved') : t('backup.savedPlain'));
    } catch (caught) {
      setError(describeBackupError(caught, t));
    } finally {
      setJob(null);
    }
  }

  function choose(next: Purpose) {
    setPurpose(next);
    fileInput.current?.click();
  }

  async function fileChosen(file: File | undefined) {
    if (fileInput.current) fileInput.current.value = '';
    if (!file) return;
    const opened: OpenedFile = { purpose, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    if (fileKind(opened.bytes) === 'plain') await proceed(opened);
    else {
      setKeyError(null);
      setNeedsKey(opened);
    }
  }

  async function keyEntered(key: string) {
    if (!needsKey) return;
    await proceed(needsKey, key);
  }

  /** Opens, validates and then checks or offers to restore a file; a wrong key keeps the key dialog open. */
  async function proceed(opened: OpenedFile, key?: string) {
    start(t(opened.purpose === 'check' ? 'backup.progress.check' : 'backup.progress.open'));
    try {
      const backup = parseBackup(await openBackupFile(opened.bytes, key));
      setNeedsKey(null);
      progress(0.1);
      if (opened.purpose === 'check') setReport({ report: await checkBackup(backup, progress), fileName: opened.fileName });
      else setPending({ fileName: opened.fileName, backup });
    } catch (caught) {
      const keyProblem = caught instanceof BackupReadError && ['wrongKey', 'badKey'].includes(caught.reason);
      if (keyProblem && key !== undefined) setKeyError(describeBackupError(caught, t));
      else {
        setNeedsKey(null);
        setError(describeBackupError(caught, t));
      }
    } finally {
      setJob(null);
    }
  }

  async function restore() {
    if (!pending) return;
    const { backup } = pending;
    setPending(null);
    start(t('backup.progress.restore'));
    try {
      const summary = await restoreBackup(backup, (copy) => save(copy, true), progress);
      setStatus(t('backup.restored', { date: formatDateTime(summary.createdAt, lang) }));
    } catch (caught) {
      setError(describeBackupError(caught, t));
    } finally {
      setJob(null);
    }
  }

  async function exportPlain() {
    setConfirmPlain(false);
    await backUp(false);
  }

  return (
    <section className="card settings-card" aria-labelledby="settings-backup">
      <h2 id="settings-backup">{t('backup.title')}</h2>
      <p className="muted">{t('backup.intro')}</p>
      <p className="muted">{t('backup.encrypted')}</p>
      <div className="button-row">
        <button type="button" className="button--primary" onClick={() => void backUp(true)} disabled={busy}>
          {t('backup.create')}
        </button>
        <button type="button" onClick={() => choose('check')} disabled={busy}>
          {t('backup.checkButton')}
        </button>
        <button type="button" onClick={() => choose('restore')} disabled={busy}>
          {t('backup.restore')}
        </button>
        <input
          ref={fileInput}
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="restore-file"
          type="file"
          accept=".age,.json,application/json,application/octet-stream"
          onChange={(e) => void fileChosen(e.target.files?.[0])}
        />
      </div>
      {job && <ProgressBar label={job.label} value={job.progress} />}
      <ErrorMessage message={error} />
      {status && (
        <p className="status" role="status">
          {status}
        </p>
      )}
      {report && <CheckReportView report={report.report} fileName={report.fileName} lang={lang} />}
      <AutomaticBackupsCard lang={lang} />
      <RecipientsCard />
      <details className="backup-plain">
        <summary>{t('backup.plain.summary')}</summary>
        <p className="warning">{t('backup.plain.warning')}</p>
        <button type="button" onClick={() => setConfirmPlain(true)} disabled={busy}>
          {t('backup.plain.button')}
        </button>
      </details>
      <KeyDialog
        open={needsKey !== null}
        fileName={needsKey?.fileName ?? ''}
        error={keyError}
        onSubmit={(key) => void keyEntered(key)}
        onCancel={() => setNeedsKey(null)}
      />
      <ConfirmDialog
        open={confirmPlain}
        title={t('backup.plain.confirmTitle')}
        confirmLabel={t('backup.plain.confirm')}
        danger
        onConfirm={() => void exportPlain()}
        onCancel={() => setConfirmPlain(false)}
      >
        <p>{t('backup.plain.warning')}</p>
      </ConfirmDialog>
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
            <p>{t('backup.confirmText', { file: pending.fileName, date: formatDateTime(pending.backup.summary.createdAt, lang) })}</p>
            <ul>
              <li>{t('backup.counts.groups', { count: pending.backup.summary.counts.groups })}</li>
              <li>{t('backup.counts.participants', { count: pending.backup.summary.counts.participants })}</li>
              <li>{t('backup.counts.sessions', { count: pending.backup.summary.counts.sessions })}</li>
              <li>{t('backup.counts.treeItems', { count: pending.backup.summary.counts.treeItems })}</li>
              <li>{t('backup.counts.archive', { count: pending.backup.summary.counts.archive })}</li>
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
