import { useTranslation } from 'react-i18next';
import type { VerifyResult } from '../../../db/repositories/archive';

/** What the row of an archived summary reports after a check. */
export type EntryStatus =
  | { kind: 'checking' }
  | { kind: 'stored'; result: VerifyResult }
  | { kind: 'file'; fileName: string; result: VerifyResult }
  | { kind: 'error'; message: string };

interface EntryStatusViewProps {
  status: EntryStatus;
  onDismiss: () => void;
}

/**
 * The outcome of verifying a summary: a calm line when it is intact, a warning that cannot be missed
 * (announced as an alert, both fingerprints shown) when it is not.
 */
export function EntryStatusView({ status, onDismiss }: EntryStatusViewProps) {
  const { t } = useTranslation('archive');
  if (status.kind === 'checking') return <p className="archive-status">{t('verify.checking')}</p>;
  const dismiss = (
    <button type="button" className="button--small" onClick={onDismiss}>
      {t('actions.dismiss')}
    </button>
  );
  if (status.kind === 'error') {
    return (
      <div className="archive-status archive-status--bad" role="alert">
        <p>{status.message}</p>
        {dismiss}
      </div>
    );
  }
  const { result } = status;
  const message =
    status.kind === 'stored'
      ? t(result.ok ? 'verify.intact' : 'verify.changed')
      : t(result.ok ? 'verify.fileSame' : 'verify.fileDifferent', { file: status.fileName });
  if (result.ok) {
    return (
      <div className="archive-status archive-status--ok">
        <p>
          <span aria-hidden="true">✓ </span>
          {message}
        </p>
        {dismiss}
      </div>
    );
  }
  return (
    <div className="archive-status archive-status--bad warning" role="alert">
      <p>
        <strong>{message}</strong>
      </p>
      <dl className="archive-status__hashes">
        <dt>{t('verify.expected')}</dt>
        <dd>
          <code>{result.expected}</code>
        </dd>
        <dt>{t(status.kind === 'file' ? 'verify.fileActual' : 'verify.actual')}</dt>
        <dd>
          <code>{result.actual}</code>
        </dd>
      </dl>
      {dismiss}
    </div>
  );
}
