// Aliased: useDatabase is not a React hook, whatever its name says to the hooks linter.
import { useDatabase as switchDatabase, type GroveDb } from '../../../src/db/db';
import { defaultGroupInput, type GroupInput, type ParticipantInput } from '../../../src/domain/validation';

let counter = 0;

/** A fresh, empty database for one test. */
export function freshDb(label: string): GroveDb {
  counter += 1;
  return switchDatabase(`test-${label}-${counter}-${crypto.randomUUID()}`);
}

export function groupInput(patch: Partial<GroupInput> = {}): GroupInput {
  return { ...defaultGroupInput('en'), code: 'GRV-24A', name: 'Tuesday group', ...patch };
}

export function personInput(patch: Partial<ParticipantInput> = {}): ParticipantInput {
  return { alias: 'Oak', color: '#009E73', symbol: 'leaf', redactNames: [], ...patch };
}

/** Every row of every table, for "the database is unchanged" assertions. */
export async function snapshot(db: GroveDb): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const table of db.tables) result[table.name] = await table.toArray();
  return result;
}

/** An error as a full disk raises it, optionally wrapped the way Dexie wraps it. */
export function quotaError(wrapped = false): Error {
  const inner = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  if (!wrapped) return inner as unknown as Error;
  return Object.assign(new Error('AbortError'), { name: 'AbortError', inner });
}
