import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { updateGroup } from '../../db/repositories/groups';
import type { Group } from '../../domain/types';
import { LIMITS, validateGroupInput, type FieldErrors, type GroupField } from '../../domain/validation';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { useAction } from '../../ui/useAction';
import { CareContactsCard } from '../room/CareContactsCard';
import { ArchiveGroupCard } from './ArchiveGroupCard';
import { DeleteGroupCard } from './DeleteGroupCard';
import { WipeContentCard } from './WipeContentCard';
import { fieldMessage, focusFirstInvalid, withFieldErrors } from './fieldErrors';
import { GroupFields } from './GroupFields';
import { draftFromInput, inputFromDraft, type GroupDraft } from './groupDraft';
import { ZoneLabelsEditor } from './ZoneLabelsEditor';

const FIELDS: readonly GroupField[] = [
  'code',
  'name',
  'settingType',
  'lang',
  'datePrecision',
  'suppressionK',
  'zoneLabels',
  'denyList',
  'retentionDays',
];

/** Everything a facilitator can change about a group, plus archiving and deleting it. */
export function GroupSettingsTab({ group }: { group: Group }) {
  const { t } = useTranslation('groups');
  const [draft, setDraft] = useState<GroupDraft>(() => draftFromInput(group));
  const [errors, setErrors] = useState<FieldErrors<GroupField>>({});
  const [saved, setSaved] = useState(false);
  const { run, error, busy } = useAction();
  const formRef = useRef<HTMLFormElement>(null);

  function change(patch: Partial<GroupDraft>) {
    setDraft((current) => ({ ...current, ...patch }));
    setSaved(false);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const input = inputFromDraft(draft);
    const checked = validateGroupInput(input);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstInvalid(formRef.current);
      return;
    }
    setErrors({});
    const updated = await run(() => withFieldErrors(() => updateGroup(group.id, input), FIELDS, setErrors));
    if (updated) {
      // Show the tidied values (trimmed text, de-duplicated terms) exactly as stored.
      setDraft(draftFromInput(updated));
      setSaved(true);
    } else {
      focusFirstInvalid(formRef.current);
    }
  }

  return (
    <div className="group-settings">
      <form ref={formRef} noValidate onSubmit={submit} aria-labelledby="group-settings-title">
        <section className="card settings-card">
          <h2 id="group-settings-title">{t('settings.detailsTitle')}</h2>
          <GroupFields draft={draft} errors={errors} onChange={change} />
          <Field
            label={t('fields.retentionDays')}
            hint={t('fields.retentionDaysHint', { min: LIMITS.retentionMin, max: LIMITS.retentionMax })}
            error={fieldMessage(t, errors.retentionDays)}
          >
            {(props) => (
              <input
                {...props}
                name="retentionDays"
                className="input--number"
                type="number"
                inputMode="numeric"
                min={LIMITS.retentionMin}
                max={LIMITS.retentionMax}
                value={draft.retentionDays}
                onChange={(e) => change({ retentionDays: e.target.value })}
              />
            )}
          </Field>
        </section>

        <ZoneLabelsEditor labels={draft.zoneLabels} error={errors.zoneLabels} onChange={(zoneLabels) => change({ zoneLabels })} />

        <section className="card settings-card" aria-labelledby="deny-list-title">
          <h2 id="deny-list-title">{t('settings.denyListTitle')}</h2>
          <p className="muted">{t('settings.denyListIntro')}</p>
          <Field
            label={t('fields.denyList')}
            hint={t('fields.denyListHint', { max: LIMITS.denyListMax })}
            error={fieldMessage(t, errors.denyList)}
          >
            {(props) => (
              <textarea
                {...props}
                name="denyList"
                rows={5}
                spellCheck={false}
                value={draft.denyList}
                onChange={(e) => change({ denyList: e.target.value })}
              />
            )}
          </Field>
        </section>

        <div className="save-bar">
          <ErrorMessage message={error} />
          <div className="button-row">
            <button type="submit" className="button--primary" disabled={busy}>
              {t('settings.save')}
            </button>
            <span className="status" role="status">
              {saved ? t('common:saved') : ''}
            </span>
          </div>
        </div>
      </form>

      <CareContactsCard group={group} />
      <ArchiveGroupCard group={group} />
      <WipeContentCard group={group} />
      <DeleteGroupCard group={group} />
    </div>
  );
}
