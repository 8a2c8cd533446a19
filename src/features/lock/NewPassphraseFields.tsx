import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '../../security/passphrase';
import { Field } from '../../ui/Field';

export interface PassphraseDraft {
  passphrase: string;
  confirm: string;
}

/** The error for a new passphrase and its repetition, or null when they can be used. */
export function passphraseProblem(draft: PassphraseDraft): { field: 'passphrase' | 'confirm'; key: string } | null {
  if (draft.passphrase.length < MIN_PASSPHRASE_LENGTH) return { field: 'passphrase', key: 'setup.errors.tooShort' };
  if (draft.passphrase !== draft.confirm) return { field: 'confirm', key: 'setup.errors.mismatch' };
  return null;
}

/** A new passphrase typed twice, with its rules as a hint and errors inline. */
export function NewPassphraseFields({
  draft,
  onChange,
  problem,
  label,
}: {
  draft: PassphraseDraft;
  onChange: (draft: PassphraseDraft) => void;
  problem: ReturnType<typeof passphraseProblem>;
  label?: string;
}) {
  const { t } = useTranslation('security');
  const message = (field: 'passphrase' | 'confirm') => (problem?.field === field ? t(problem.key, { min: MIN_PASSPHRASE_LENGTH }) : null);
  return (
    <>
      <Field label={label ?? t('setup.passphrase')} hint={t('setup.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })} error={message('passphrase')}>
        {(props) => (
          <input {...props} name="new-passphrase" type="password" autoComplete="new-password" value={draft.passphrase} onChange={(e) => onChange({ ...draft, passphrase: e.target.value })} />
        )}
      </Field>
      <Field label={t('setup.confirm')} error={message('confirm')}>
        {(props) => (
          <input {...props} name="confirm-passphrase" type="password" autoComplete="new-password" value={draft.confirm} onChange={(e) => onChange({ ...draft, confirm: e.target.value })} />
        )}
      </Field>
    </>
  );
}
