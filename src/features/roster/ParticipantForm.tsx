import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addParticipant, updateParticipant } from '../../db/repositories/participants';
import { CONSENT_PURPOSES } from '../../domain/consent';
import { nextFreeStyle } from '../../domain/participantStyle';
import type { ConsentPurpose, Participant, SymbolName } from '../../domain/types';
import { LIMITS, splitLines, validateParticipantInput, type FieldErrors, type ParticipantField, type ParticipantInput } from '../../domain/validation';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { useAction } from '../../ui/useAction';
import { fieldMessage, focusFirstInvalid, withFieldErrors } from '../groups/fieldErrors';
import { ColorPicker, SymbolPicker } from './StylePickers';

const FIELDS: readonly ParticipantField[] = ['alias', 'color', 'symbol', 'redactNames'];

interface Draft {
  alias: string;
  color: string;
  symbol: SymbolName;
  /** Private names, one per line, exactly as typed. */
  redactNames: string;
  granted: ConsentPurpose[];
}

type ParticipantFormProps =
  | { mode: 'add'; groupId: string; others: readonly Participant[]; autoFocus: boolean; onAdded: () => void; onClose: () => void }
  | { mode: 'edit'; participant: Participant; onClose: () => void };

function newDraft(others: readonly Participant[]): Draft {
  return { alias: '', ...nextFreeStyle(others), redactNames: '', granted: [] };
}

/**
 * Add or edit a participant: alias, colour, symbol, the private names the anonymiser must remove, and
 * (when adding) the consent given today. Refusals are shown beside the field and keep what was typed.
 */
export function ParticipantForm(props: ParticipantFormProps) {
  const { t } = useTranslation('roster');
  const idBase = useId();
  const [draft, setDraft] = useState<Draft>(() =>
    props.mode === 'edit'
      ? {
          alias: props.participant.alias,
          color: props.participant.color,
          symbol: props.participant.symbol,
          redactNames: props.participant.redactNames.join('\n'),
          granted: [],
        }
      : newDraft(props.others),
  );
  const [errors, setErrors] = useState<FieldErrors<ParticipantField>>({});
  const [added, setAdded] = useState<string | null>(null);
  const { run, error, busy } = useAction();
  const formRef = useRef<HTMLFormElement>(null);
  const aliasRef = useRef<HTMLInputElement>(null);

  function change(patch: Partial<Draft>) {
    setDraft((current) => ({ ...current, ...patch }));
    setAdded(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input: ParticipantInput = {
      alias: draft.alias,
      color: draft.color,
      symbol: draft.symbol,
      redactNames: splitLines(draft.redactNames),
    };
    const checked = validateParticipantInput(input);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstInvalid(formRef.current);
      return;
    }
    setErrors({});
    const saved = await run(() =>
      withFieldErrors(
        () =>
          props.mode === 'add'
            ? addParticipant(props.groupId, input, draft.granted)
            : updateParticipant(props.participant.id, input),
        FIELDS,
        setErrors,
      ),
    );
    if (!saved) {
      focusFirstInvalid(formRef.current);
      return;
    }
    if (props.mode === 'edit') {
      props.onClose();
      return;
    }
    // Ready for the next person: a fresh form with an unused colour and symbol, focus back on the alias.
    props.onAdded();
    setDraft(newDraft([...props.others, saved]));
    setAdded(saved.alias);
    aliasRef.current?.focus();
  }

  const titleId = `${idBase}-title`;
  return (
    <form ref={formRef} className="card participant-form" noValidate onSubmit={submit} aria-labelledby={titleId}>
      <h3 id={titleId}>{props.mode === 'add' ? t('form.addTitle') : t('form.editTitle', { alias: props.participant.alias })}</h3>
      <Field label={t('form.alias')} hint={t('form.aliasHint', { max: LIMITS.aliasMax })} error={fieldMessage(t, errors.alias)}>
        {(fieldProps) => (
          <input
            {...fieldProps}
            ref={aliasRef}
            // Opened on purpose (Add participant, Edit): start typing at once.
            autoFocus={props.mode === 'edit' || props.autoFocus}
            name="alias"
            autoComplete="off"
            value={draft.alias}
            onChange={(e) => change({ alias: e.target.value })}
          />
        )}
      </Field>
      <div className="participant-form__pickers">
        <ColorPicker name={`${idBase}-color`} value={draft.color} onChange={(color) => change({ color })} error={fieldMessage(t, errors.color)} />
        <SymbolPicker name={`${idBase}-symbol`} value={draft.symbol} onChange={(symbol) => change({ symbol })} error={fieldMessage(t, errors.symbol)} />
      </div>
      <div className="private-block">
        <span className="private-badge">{t('privateBadge')}</span>
        <Field
          label={t('form.redactNames')}
          hint={t('form.redactNamesHint', { limit: LIMITS.redactNamesMax, max: LIMITS.redactNameMax })}
          error={fieldMessage(t, errors.redactNames)}
        >
          {(fieldProps) => (
            <textarea
              {...fieldProps}
              name="redactNames"
              rows={3}
              autoComplete="off"
              spellCheck={false}
              value={draft.redactNames}
              onChange={(e) => change({ redactNames: e.target.value })}
            />
          )}
        </Field>
      </div>
      {props.mode === 'add' && (
        <fieldset className="consent-choices">
          <legend>{t('form.consentLegend')}</legend>
          <p className="muted">{t('form.consentIntro')}</p>
          {CONSENT_PURPOSES.map((purpose) => (
            <div key={purpose} className="check">
              <input
                id={`${idBase}-consent-${purpose}`}
                type="checkbox"
                name={`consent-${purpose}`}
                aria-describedby={`${idBase}-consent-${purpose}-hint`}
                checked={draft.granted.includes(purpose)}
                onChange={(e) =>
                  change({
                    granted: e.target.checked ? [...draft.granted, purpose] : draft.granted.filter((p) => p !== purpose),
                  })
                }
              />
              <span>
                <label className="check__label" htmlFor={`${idBase}-consent-${purpose}`}>
                  {t(`purposes.${purpose}`)}
                </label>
                <span className="check__hint" id={`${idBase}-consent-${purpose}-hint`}>
                  {t(`purposeHints.${purpose}`)}
                </span>
              </span>
            </div>
          ))}
        </fieldset>
      )}
      <ErrorMessage message={error} />
      <div className="button-row">
        <button type="submit" className="button--primary" disabled={busy}>
          {props.mode === 'add' ? t('form.add') : t('common:actions.save')}
        </button>
        <button type="button" onClick={props.onClose}>
          {props.mode === 'add' ? t('form.done') : t('common:actions.cancel')}
        </button>
        <span className="status" role="status">
          {added ? t('form.added', { alias: added }) : ''}
        </span>
      </div>
    </form>
  );
}
