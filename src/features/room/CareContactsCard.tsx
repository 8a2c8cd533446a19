import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { saveCareContacts } from '../../db/repositories/care';
import { CARE_LIMITS } from '../../domain/care';
import type { Group } from '../../domain/types';
import { Field } from '../../ui/Field';
import { useAction } from '../../ui/useAction';

/** Group settings: the support contacts the care plan shows during a pause for care. */
export function CareContactsCard({ group }: { group: Group }) {
  const { t } = useTranslation('room');
  const [contacts, setContacts] = useState(group.careContacts ?? '');
  const [saved, setSaved] = useState(false);
  const { run, error } = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const ok = await run(async () => {
      await saveCareContacts(group.id, contacts);
      return true;
    });
    if (ok) setSaved(true);
  }

  return (
    <form className="card settings-card" aria-labelledby="care-contacts-title" noValidate onSubmit={(event) => void submit(event)}>
      <h2 id="care-contacts-title">{t('care.settings.title')}</h2>
      <p className="muted">{t('care.settings.intro')}</p>
      <Field label={t('care.settings.label')} error={error}>
        {(props) => (
          <textarea
            {...props}
            name="careContacts"
            rows={4}
            maxLength={CARE_LIMITS.contactsMax + 100}
            value={contacts}
            onChange={(event) => {
              setContacts(event.target.value);
              setSaved(false);
            }}
          />
        )}
      </Field>
      <div className="button-row">
        <button type="submit">{t('care.settings.save')}</button>
        <span className="status" role="status">
          {saved ? t('care.settings.saved') : ''}
        </span>
      </div>
    </form>
  );
}
