import { useLiveQuery } from 'dexie-react-hooks';
import { validateBlock } from '../../domain/agenda';
import { agendaToLibraryBlock } from '../../domain/library';
import { newId } from '../../domain/ids';
import type { AgendaBlock, LibraryBlock } from '../../domain/types';
import { db } from '../db';
import { ValidationError } from '../errors';

/**
 * The facilitator's own saved blocks. The built-in activities are domain data (src/domain/library.ts)
 * and are never stored.
 */

/** The fields a saved block shares with an agenda block, so both are validated by the same rules. */
export type LibraryBlockInput = Omit<LibraryBlock, 'id' | 'createdAt'>;

function assertValid(input: LibraryBlockInput): void {
  const [first] = validateBlock({ ...input, id: 'library' });
  if (first) throw new ValidationError(first.field, `sessions:validation.${first.code}`, first.values);
}

/** Own blocks, newest first. */
export async function listLibraryBlocks(): Promise<LibraryBlock[]> {
  return db.library.orderBy('createdAt').reverse().toArray();
}

/** Live list of own blocks, newest first; undefined while loading. */
export function useLibraryBlocks(): LibraryBlock[] | undefined {
  return useLiveQuery(listLibraryBlocks, []);
}

/** Save a new own block. Throws ValidationError for an empty title, 0 minutes, over-long notes… */
export async function createLibraryBlock(input: LibraryBlockInput, now = Date.now()): Promise<LibraryBlock> {
  const clean = { ...input, title: input.title.trim() };
  assertValid(clean);
  const block: LibraryBlock = { ...clean, id: newId(), createdAt: now };
  await db.library.add(block);
  return block;
}

/** "Save to my library" from the planner: a copy of the agenda block without its run data. */
export async function saveBlockToLibrary(block: AgendaBlock, now = Date.now()): Promise<LibraryBlock> {
  const saved = agendaToLibraryBlock(block, now);
  const { id: _id, createdAt: _createdAt, ...input } = saved;
  assertValid(input);
  await db.library.add(saved);
  return saved;
}

/** Replace an own block's content. */
export async function updateLibraryBlock(id: string, input: LibraryBlockInput): Promise<void> {
  const clean = { ...input, title: input.title.trim() };
  assertValid(clean);
  await db.transaction('rw', db.library, async () => {
    const current = await db.library.get(id);
    if (!current) throw new ValidationError('library', 'sessions:errors.missingLibraryBlock');
    const next: LibraryBlock = { ...clean, id, createdAt: current.createdAt };
    if (!clean.zone) delete next.zone;
    await db.library.put(next);
  });
}

export async function deleteLibraryBlock(id: string): Promise<void> {
  await db.library.delete(id);
}
