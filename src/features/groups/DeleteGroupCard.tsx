import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/useRoute';
import { deleteGroup } from '../../db/repositories/groups';
import type { Group } from '../../domain/types';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { useAction } from '../../ui/useAction';

/**
 * Delete a group for good. The facilitator must type the group's code, the usual guard against deleting
 * the wrong one; archived summary PDFs are kept, which the dialog says.
 */
export function DeleteGroupCard({ group }: { group: Group }) {
  const { t } = useTranslation('groups');
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const { run, error, busy } = useAction();
  const matches = typed.trim() === group.code;

  function close() {
    setOpen(false);
    setTyped('');
  }

  async function confirm() {
    if (!matches) return;
    const done = await run(async () => {
      await deleteGroup(group.id);
      return true;
    });
    if (done) navigate({ name: 'home' });
  }

  return (
    <section className="card settings-card danger-zone" aria-labelledby="delete-group-title">
      <h2 id="delete-group-title">{t('delete.title')}</h2>
      <p className="muted">{t('delete.intro')}</p>
      <button type="button" className="button--danger" onClick={() => setOpen(true)}>
        {t('delete.open')}
      </button>
      {open && (
        <ConfirmDialog
          open
          danger
          title={t('delete.dialogTitle', { code: group.code })}
          confirmLabel={t('delete.confirm')}
          confirmDisabled={!matches || busy}
          onConfirm={confirm}
          onCancel={close}
        >
          <p>{t('delete.whatGoes')}</p>
          <p>{t('delete.archiveKept')}</p>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void confirm();
            }}
          >
            <Field label={t('delete.typeCode', { code: group.code })}>
              {(props) => (
                <input {...props} value={typed} autoComplete="off" spellCheck={false} onChange={(e) => setTyped(e.target.value)} />
              )}
            </Field>
          </form>
          <ErrorMessage message={error} />
        </ConfirmDialog>
      )}
    </section>
  );
}
