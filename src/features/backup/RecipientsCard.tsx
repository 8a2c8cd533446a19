import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addExtraRecipient, getExtraRecipients, recipientFingerprint, removeExtraRecipient } from '../../db/backup/recipients';
import { getRecoveryRecipient } from '../../security/recovery';
import { Field } from '../../ui/Field';

interface KnownRecipient {
  recipient: string;
  fingerprint: string;
}

async function describe(recipient: string): Promise<KnownRecipient> {
  return { recipient, fingerprint: await recipientFingerprint(recipient) };
}

/**
 * Who can open this computer's backups: the recovery key (made with the data's encryption) and any extra
 * public keys, such as a coordinator's, each shown with a fingerprint to compare.
 */
export function RecipientsCard() {
  const { t } = useTranslation('settings');
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const recipients = useLiveQuery(async () => {
    const recovery = await getRecoveryRecipient();
    return {
      recovery: recovery ? await describe(recovery) : null,
      extra: await Promise.all((await getExtraRecipients()).map(describe)),
    };
  }, []);

  async function add(event: React.FormEvent) {
    event.preventDefault();
    const result = await addExtraRecipient(input);
    if (result.ok) {
      setInput('');
      setError(null);
    } else setError(t(result.messageKey));
  }

  if (!recipients) return null;
  return (
    <div className="backup-recipients">
      <h3>{t('backup.recipients.title')}</h3>
      <p className="muted">{t('backup.recipients.intro')}</p>
      <ul className="backup-recipients__list">
        <li>
          {recipients.recovery ? (
            <>
              {t('backup.recipients.recovery')} <code className="backup-fingerprint">{recipients.recovery.fingerprint}</code>
            </>
          ) : (
            t('backup.recipients.noRecovery')
          )}
        </li>
        {recipients.extra.map(({ recipient, fingerprint }) => (
          <li key={recipient}>
            {t('backup.recipients.extra')} <code className="backup-fingerprint">{fingerprint}</code>{' '}
            <button
              type="button"
              className="button--small"
              aria-label={t('backup.recipients.removeLabel', { fingerprint })}
              onClick={() => void removeExtraRecipient(recipient)}
            >
              {t('backup.recipients.remove')}
            </button>
          </li>
        ))}
      </ul>
      <form className="backup-recipients__add" onSubmit={(event) => void add(event)}>
        <Field label={t('backup.recipients.addLabel')} hint={t('backup.recipients.addHint')} error={error}>
          {(props) => (
            <input {...props} value={input} spellCheck={false} autoComplete="off" onChange={(event) => setInput(event.target.value)} />
          )}
        </Field>
        <button type="submit">{t('backup.recipients.add')}</button>
      </form>
    </div>
  );
}
