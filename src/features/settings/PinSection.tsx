import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { updateSettings } from '../../db/repositories/settings';
import { LIMITS, validatePin, type FieldErrors } from '../../domain/validation';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { useAction } from '../../ui/useAction';
import { fieldMessage } from '../groups/fieldErrors';

/**
 * The optional PIN that ends participant mode, so a participant holding the tablet or mouse cannot wander
 * into the rest of the app. Without one, participant mode is left with a long press.
 */
export function PinSection({ pin }: { pin: string | null }) {
  const { t } = useTranslation('settings');
  const [typed, setTyped] = useState('');
  const [errors, setErrors] = useState<FieldErrors<'pin'>>({});
  const [message, setMessage] = useState<string | null>(null);
  const { run, error, busy } = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const checked = validatePin(typed);
    if (!checked.ok || checked.value === null) {
      setErrors(checked.ok ? { pin: { key: 'settings:errors.pin', values: { min: LIMITS.pinMin, max: LIMITS.pinMax } } } : checked.errors);
      return;
    }
    setErrors({});
    const value = checked.value;
    const done = await run(async () => {
      await updateSettings({ participantPin: value });
      return true;
    });
    if (done) {
      setTyped('');
      setMessage(t('pin.saved'));
    }
  }

  async function remove() {
    setMessage(null);
    const done = await run(async () => {
      await updateSettings({ participantPin: null });
      return true;
    });
    if (done) setMessage(t('pin.removed'));
  }

  return (
    <section className="card settings-card" aria-labelledby="settings-pin">
      <h2 id="settings-pin">{t('pin.title')}</h2>
      <p className="muted">{t('pin.intro')}</p>
      <p>
        <strong>{pin ? t('pin.isSet') : t('pin.notSet')}</strong>
      </p>
      <form noValidate onSubmit={submit}>
        <Field label={pin ? t('pin.newLabel') : t('pin.label')} hint={t('pin.hint', { min: LIMITS.pinMin, max: LIMITS.pinMax })} error={fieldMessage(t, errors.pin)}>
          {(props) => (
            <input
              {...props}
              name="pin"
              className="input--pin"
              type="password"
              inputMode="numeric"
              autoComplete="off"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
            />
          )}
        </Field>
        <ErrorMessage message={error} />
        <div className="button-row">
          <button type="submit" className="button--primary" disabled={busy}>
            {t('pin.save')}
          </button>
          {pin && (
            <button type="button" disabled={busy} onClick={remove}>
              {t('pin.remove')}
            </button>
          )}
          <span className="status" role="status">
            {message ?? ''}
          </span>
        </div>
      </form>
    </section>
  );
}
