import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

/** How long the facilitator holds the button when no PIN is set. */
export const HOLD_MS = 3000;

interface ExitGuardProps {
  pin: string | null;
  onExit: () => void;
}

/**
 * Leaving participant mode is the facilitator's step: with a PIN set in Settings, the PIN; without one, a
 * deliberate three-second hold followed by a confirmation. A participant tapping around cannot leave.
 */
export function ExitGuard({ pin, onExit }: ExitGuardProps) {
  return pin ? <PinExit pin={pin} onExit={onExit} /> : <HoldExit onExit={onExit} />;
}

function PinExit({ pin, onExit }: { pin: string; onExit: () => void }) {
  const { t } = useTranslation('tree');
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const close = () => {
    setOpen(false);
    setValue('');
    setError(null);
  };
  return (
    <>
      <button type="button" className="participant__exit" onClick={() => setOpen(true)}>
        {t('participant.exit')}
      </button>
      <dialog
        ref={ref}
        className="dialog"
        aria-labelledby={`${id}-title`}
        onCancel={(event) => {
          event.preventDefault();
          close();
        }}
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (value.trim() === pin) {
              close();
              onExit();
            } else {
              setError(t('participant.wrongPin'));
              setValue('');
            }
          }}
        >
          <h2 id={`${id}-title`}>{t('participant.pinTitle')}</h2>
          <div className={error ? 'field field--invalid' : 'field'}>
            <label htmlFor={`${id}-pin`}>{t('participant.pinLabel')}</label>
            <input
              id={`${id}-pin`}
              type="password"
              inputMode="numeric"
              autoComplete="off"
              value={value}
              autoFocus
              aria-invalid={Boolean(error)}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(event) => setValue(event.target.value)}
            />
            {error && (
              <p className="field__error" id={`${id}-error`} role="alert">
                {error}
              </p>
            )}
          </div>
          <div className="dialog__actions">
            <button type="button" onClick={close}>
              {t('common:actions.cancel')}
            </button>
            <button type="submit" className="button--primary">
              {t('participant.unlock')}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}

function HoldExit({ onExit }: { onExit: () => void }) {
  const { t } = useTranslation('tree');
  const [progress, setProgress] = useState(0);
  const [holding, setHolding] = useState(false);
  const [confirming, setConfirming] = useState(false);

  // While held, count up each frame; reaching HOLD_MS asks for confirmation.
  useEffect(() => {
    if (!holding) return;
    const start = performance.now();
    let frame = 0;
    const tick = () => {
      const elapsed = performance.now() - start;
      if (elapsed >= HOLD_MS) {
        setHolding(false);
        setProgress(0);
        setConfirming(true);
        return;
      }
      setProgress(elapsed / HOLD_MS);
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [holding]);

  const stop = () => {
    setHolding(false);
    setProgress(0);
  };
  const start = () => setHolding(true);

  return (
    <>
      <button
        type="button"
        className="participant__exit participant__exit--hold"
        style={{ ['--hold' as string]: `${Math.round(progress * 100)}%` }}
        aria-describedby="hold-exit-hint"
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture?.(event.pointerId);
          start();
        }}
        onPointerUp={stop}
        onPointerCancel={stop}
        onKeyDown={(event) => {
          if ((event.key === ' ' || event.key === 'Enter') && !event.repeat) {
            event.preventDefault();
            start();
          } else if (event.key === ' ' || event.key === 'Enter') event.preventDefault();
        }}
        onKeyUp={(event) => {
          if (event.key === ' ' || event.key === 'Enter') stop();
        }}
        onBlur={stop}
        onClick={(event) => event.preventDefault()}
      >
        {holding ? t('participant.holding') : t('participant.holdExit')}
      </button>
      <span id="hold-exit-hint" className="visually-hidden">
        {t('participant.holdHint')}
      </span>
      <ConfirmDialog
        open={confirming}
        title={t('participant.confirmTitle')}
        confirmLabel={t('participant.confirmLeave')}
        onConfirm={() => {
          setConfirming(false);
          onExit();
        }}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('participant.confirmBody')}</p>
      </ConfirmDialog>
    </>
  );
}
