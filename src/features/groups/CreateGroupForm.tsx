import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/useRoute';
import { createGroup } from '../../db/repositories/groups';
import type { Lang } from '../../domain/types';
import { defaultGroupInput, validateGroupInput, type FieldErrors, type GroupField } from '../../domain/validation';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAction } from '../../ui/useAction';
import { focusFirstInvalid, withFieldErrors } from './fieldErrors';
import { GroupFields } from './GroupFields';
import { draftFromInput, inputFromDraft, type GroupDraft } from './groupDraft';

const FIELDS: readonly GroupField[] = ['code', 'name', 'settingType', 'lang', 'datePrecision', 'suppressionK'];

/** The "Create group" form. On success it opens the new group's roster, the natural next step. */
export function CreateGroupForm({ lang, onCancel }: { lang: Lang; onCancel: () => void }) {
  const { t } = useTranslation('groups');
  const [draft, setDraft] = useState<GroupDraft>(() => draftFromInput(defaultGroupInput(lang)));
  const [errors, setErrors] = useState<FieldErrors<GroupField>>({});
  const { run, error, busy } = useAction();
  const formRef = useRef<HTMLFormElement>(null);

  function change(patch: Partial<GroupDraft>) {
    setDraft((current) => ({ ...current, ...patch }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = inputFromDraft(draft);
    const checked = validateGroupInput(input);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstInvalid(formRef.current);
      return;
    }
    setErrors({});
    const group = await run(() => withFieldErrors(() => createGroup(input), FIELDS, setErrors));
    if (group) navigate({ name: 'group', groupId: group.id, tab: 'roster' });
    else focusFirstInvalid(formRef.current);
  }

  return (
    <form ref={formRef} className="card create-group" aria-labelledby="create-group-title" noValidate onSubmit={submit}>
      <h2 id="create-group-title">{t('create.title')}</h2>
      <p className="muted">{t('create.intro')}</p>
      <GroupFields draft={draft} errors={errors} onChange={change} autoFocus />
      <ErrorMessage message={error} />
      <div className="button-row">
        <button type="submit" className="button--primary" disabled={busy}>
          {t('create.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
