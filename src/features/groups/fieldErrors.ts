import type { TFunction } from 'i18next';
import type { FieldError, FieldErrors } from '../../domain/validation';
import { ValidationError } from '../../db/errors';

/** The translated message for a field, or null when the field is fine. */
export function fieldMessage(t: TFunction, error: FieldError | undefined): string | null {
  return error ? t(error.key, error.values) : null;
}

/**
 * Run a repository write; a ValidationError (e.g. "code already used") becomes an inline field error
 * next to its field instead of a banner; other errors propagate to useAction. Returns undefined when refused.
 */
export async function withFieldErrors<T, F extends string>(
  write: () => Promise<T>,
  fields: readonly F[],
  setErrors: (errors: FieldErrors<F>) => void,
): Promise<T | undefined> {
  try {
    return await write();
  } catch (caught) {
    if (caught instanceof ValidationError && (fields as readonly string[]).includes(caught.field)) {
      setErrors({ [caught.field]: { key: caught.messageKey, values: caught.values } } as FieldErrors<F>);
      return undefined;
    }
    throw caught;
  }
}

/** Focus the first invalid control of a form, so keyboard and screen-reader users land on the problem. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
