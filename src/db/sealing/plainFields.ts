/**
 * What stays readable on disk. Everything else a row holds — what people wrote, who they are, what they
 * drew, attendance, consent — is sealed. Only ids, foreign keys, the group code, index fields and
 * timestamps stay plain, because IndexedDB's indexes need them. A field added later is sealed by default.
 */
export const PLAIN_FIELDS: Readonly<Record<string, readonly string[]>> = {
  groups: ['id', 'code', 'archivedAt', 'createdAt', 'updatedAt'],
  participants: ['id', 'groupId', 'createdAt'],
  sessions: ['id', 'groupId', 'number', 'createdAt', 'updatedAt'],
  library: ['id', 'createdAt'],
  trees: ['id', 'groupId', 'participantId', 'createdAt', 'updatedAt'],
  treeItems: ['id', 'treeId', 'groupId', 'participantId', 'createdAt', 'updatedAt'],
  forestItems: ['id', 'groupId', 'createdAt', 'updatedAt'],
  records: ['sessionId', 'groupId', 'updatedAt'],
  archive: ['id', 'groupId', 'groupCode', 'createdAt', 'period'],
  settings: ['key'],
};

/**
 * App preferences the lock screen needs before the key is there (its language and theme). They say
 * nothing about anyone; every other setting (PINs, contacts) is sealed.
 */
export const PUBLIC_SETTINGS: readonly string[] = ['lang', 'theme', 'largePrint', 'welcomeDismissed', 'lockAfterMinutes'];

/** The field that holds a row's sealed copy. */
export const SEALED_FIELD = '$sealed';

/**
 * The field that holds a row's large byte fields (an archived PDF), each sealed on its own so that listing
 * rows does not decrypt them: they are opened when first read.
 */
export const SEALED_BYTES_FIELD = '$sealedBytes';

/** True when rows of this table (this settings key) are stored sealed. */
export function isSealedRow(table: string, row: Record<string, unknown>): boolean {
  if (!(table in PLAIN_FIELDS)) return false;
  if (table === 'settings') return !PUBLIC_SETTINGS.includes(String(row.key));
  return true;
}
