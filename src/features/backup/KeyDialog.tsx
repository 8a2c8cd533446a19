import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field';
import { useModalDialog } from '../../ui/useModalDialog';

interface KeyDialogProps {
  open: boolean;
  fileName: string;
  error: string | null;
  onSubmit: (key: string) => void;
  onCancel: () => void;
}

/**
 * Asks for the key that opens an encrypted backup (the printed recovery key, or a coordinator's key).
 * The key lives only in this form's state while the file is opened; it is never stored.
 */
export function KeyDialog({ open, fileName, error, onSubmit, onCancel }: KeyDialogProps) {
  const { t } = useTranslation('settings');
  const ref = useModalDialog(open);
  const titleId = useId();
  const [key, setKey] = useState('');

  function cancel() {
    setKey('');
    onCancel();
  }

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        cancel();
      }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit(key);
          setKey('');
        }}
      >
        <h2 id={titleId}>{t('backup.key.title')}</h2>
        <div className="dialog__body">
          <p>{t('backup.key.text', { file: fileName })}</p>
          <Field label={t('backup.key.label')} hint={t('backup.key.hint')} error={error}>
            {(props) => (
              <input {...props} type="password" value={key} autoComplete="off" spellCheck={false} onChange={(event) => setKey(event.target.value)} />
            )}
          </Field>
        </div>
        <div className="dialog__actions">
          <button type="button" onClick={cancel}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="button--primary" disabled={key.trim() === ''}>
            {t('backup.key.open')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
