import type { Validated } from '../../domain/validation';
import { ValidationError } from '../errors';

/**
 * The value of a passed validation, or a ValidationError for the first refused field. Repositories call
 * this before any write, so a refusal never reaches the database.
 */
export function valueOrThrow<T, F extends string>(result: Validated<T, F>): T {
  if (result.ok) return result.value;
  const [field, error] = Object.entries(result.errors)[0] as [F, { key: string; values: Record<string, string | number> }];
  throw new ValidationError(field, error.key, error.values);
}
