import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createProgramme, type ProgrammeMode } from '../../db/repositories/sessions';
import { isIsoDate, TEMPLATE_IDS, templateShape, type TemplateId } from '../../domain/templates';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { useAction } from '../../ui/useAction';

interface Props {
  groupId: string;
  /** How many sessions the group already has: if any, the user chooses to append or replace. */
  existing: number;
  onDone: () => void;
  onCancel?: (() => void) | undefined;
}

/** Choose a programme template and a first date; existing sessions are only replaced after a confirmation. */
export function CreateProgrammeForm({ groupId, existing, onDone, onCancel }: Props) {
  const { t } = useTranslation('sessions');
  const [templateId, setTemplateId] = useState<TemplateId>('4x120');
  const [startDate, setStartDate] = useState('');
  const [mode, setMode] = useState<Exclude<ProgrammeMode, 'ifEmpty'>>('append');
  const [dateError, setDateError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const { run, error, busy } = useAction();

  async function create() {
    const created = await run(() => createProgramme(groupId, templateId, startDate || null, existing > 0 ? mode : 'ifEmpty'));
    if (created) onDone();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (startDate && !isIsoDate(startDate)) {
      setDateError(t('validation.dateInvalid'));
      return;
    }
    setDateError(null);
    if (existing > 0 && mode === 'replace') setConfirming(true);
    else void create();
  }

  return (
    <form className="card programme-form" aria-labelledby="programme-form-title" noValidate onSubmit={submit}>
      <h3 id="programme-form-title">{t('programme.title')}</h3>
      <fieldset className="template-choices">
        <legend>{t('programme.template')}</legend>
        {TEMPLATE_IDS.map((id) => {
          const shape = templateShape(id);
          return (
            <label key={id} className="template-choice">
              <input type="radio" name="template" value={id} checked={templateId === id} onChange={() => setTemplateId(id)} />
              <span>
                <strong>{t(`templates.${id}.name`)}</strong>
                <span className="muted template-choice__shape">
                  {id === 'blank' ? t('templates.blankShape') : t('templates.shape', { count: shape.sessions, minutes: shape.minutes })}
                </span>
                <span className="template-choice__text">{t(`templates.${id}.text`)}</span>
              </span>
            </label>
          );
        })}
      </fieldset>
      <Field label={t('programme.startDate')} hint={t('programme.startDateHint')} error={dateError}>
        {(props) => <input {...props} type="date" value={startDate} onChange={(event) => setStartDate(event.target.value)} />}
      </Field>
      {existing > 0 && (
        <fieldset className="programme-mode">
          <legend>{t('programme.existing', { count: existing })}</legend>
          <label>
            <input type="radio" name="mode" value="append" checked={mode === 'append'} onChange={() => setMode('append')} /> {t('programme.append')}
          </label>
          <label>
            <input type="radio" name="mode" value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} /> {t('programme.replace')}
          </label>
        </fieldset>
      )}
      <ErrorMessage message={error} />
      <div className="button-row">
        <button type="submit" className="button--primary" disabled={busy}>
          {t('programme.create')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('common:actions.cancel')}
          </button>
        )}
      </div>
      {confirming && (
      <ConfirmDialog
        open
        title={t('programme.replaceTitle')}
        confirmLabel={t('programme.replaceConfirm')}
        danger
        onConfirm={() => {
          setConfirming(false);
          void create();
        }}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('programme.replaceText', { count: existing })}</p>
      </ConfirmDialog>
      )}
    </form>
  );
}
