/** A write failed because the disk or the browser's storage quota is full. */
export function isQuotaError(error: unknown): boolean {
  const names = [errorName(error), errorName((error as { inner?: unknown } | null)?.inner)];
  return names.some((name) => name === 'QuotaExceededError');
}

function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error ? String((error as { name: unknown }).name) : undefined;
}

/** A refusal the user can act on: the message key is translated by the screen that shows it. */
export class ValidationError extends Error {
  constructor(
    readonly field: string,
    readonly messageKey: string,
    readonly values: Record<string, string | number> = {},
  ) {
    super(`${field}: ${messageKey}`);
    this.name = 'ValidationError';
  }
}
