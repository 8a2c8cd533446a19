import { useCallback, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isQuotaError, ValidationError } from '../db/errors';

/**
 * Run a write and turn any failure into a message the user can read. Repositories write in one
 * transaction, so a failure here means nothing was stored.
 */
export function useAction() {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
      setBusy(true);
      setError(null);
      try {
        return await action();
      } catch (caught) {
        setError(describeError(caught, t));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [t],
  );
  return { run, error, setError, busy };
}

/** A translated, user-facing description of a failed write. */
export function describeError(caught: unknown, t: TFunction): string {
  if (isQuotaError(caught)) return t('common:errors.quota');
  if (caught instanceof ValidationError) return t(caught.messageKey, caught.values);
  return t('common:errors.unexpected', { message: caught instanceof Error ? caught.message : String(caught) });
}
