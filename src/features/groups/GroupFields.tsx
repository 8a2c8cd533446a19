import { useTranslation } from 'react-i18next';
import type { DatePrecision, Lang, SettingType } from '../../domain/types';
import { DATE_PRECISIONS, LANGS, LIMITS, SETTING_TYPES, type FieldErrors, type GroupField } from '../../domain/validation';
import { Field } from '../../ui/Field';
import { fieldMessage } from './fieldErrors';
import type { GroupDraft } from './groupDraft';

interface GroupFieldsProps {
  draft: GroupDraft;
  errors: FieldErrors<GroupField>;
  onChange: (patch: Partial<GroupDraft>) => void;
  /** Put the cursor in the code field (the create form, opened on purpose). */
  autoFocus?: boolean;
}

/** The core settings of a group, shared by the "Create group" form and the group's Settings tab. */
export function GroupFields({ draft, errors, onChange, autoFocus = false }: GroupFieldsProps) {
  const { t } = useTranslation('groups');
  return (
    <div className="group-fields">
      <Field label={t('fields.code')} hint={t('fields.codeHint', { min: LIMITS.codeMin, max: LIMITS.codeMax })} error={fieldMessage(t, errors.code)}>
        {(props) => (
          <input
            {...props}
            name="code"
            autoFocus={autoFocus}
            value={draft.code}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => onChange({ code: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('fields.name')} hint={t('fields.nameHint')} error={fieldMessage(t, errors.name)}>
        {(props) => <input {...props} name="name" value={draft.name} autoComplete="off" onChange={(e) => onChange({ name: e.target.value })} />}
      </Field>
      <Field label={t('fields.settingType')} error={fieldMessage(t, errors.settingType)}>
        {(props) => (
          <select {...props} name="settingType" value={draft.settingType} onChange={(e) => onChange({ settingType: e.target.value as SettingType })}>
            {SETTING_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`settingTypes.${type}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('fields.lang')} hint={t('fields.langHint')} error={fieldMessage(t, errors.lang)}>
        {(props) => (
          <select {...props} name="lang" value={draft.lang} onChange={(e) => onChange({ lang: e.target.value as Lang })}>
            {LANGS.map((lang) => (
              <option key={lang} value={lang}>
                {t(`langs.${lang}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('fields.datePrecision')} hint={t('fields.datePrecisionHint')} error={fieldMessage(t, errors.datePrecision)}>
        {(props) => (
          <select
            {...props}
            name="datePrecision"
            value={draft.datePrecision}
            onChange={(e) => onChange({ datePrecision: e.target.value as DatePrecision })}
          >
            {DATE_PRECISIONS.map((precision) => (
              <option key={precision} value={precision}>
                {t(`datePrecisions.${precision}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={t('fields.suppressionK')}
        hint={t('fields.suppressionKHint', { min: LIMITS.kMin, max: LIMITS.kMax })}
        error={fieldMessage(t, errors.suppressionK)}
      >
        {(props) => (
          <input
            {...props}
            name="suppressionK"
            className="input--number"
            type="number"
            inputMode="numeric"
            min={LIMITS.kMin}
            max={LIMITS.kMax}
            step={1}
            value={draft.suppressionK}
            onChange={(e) => onChange({ suppressionK: e.target.value })}
          />
        )}
      </Field>
    </div>
  );
}
