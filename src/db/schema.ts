import type { Transaction } from 'dexie';

/**
 * Every schema version Grove has shipped, oldest first. A change is always a new entry with a name and,
 * when data must move, an upgrade function; tests/unit/db/migrations.test.ts opens a database made by
 * every earlier version and checks the upgrade.
 */
export interface SchemaVersion {
  version: number;
  name: string;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    name: 'Initial',
    stores: {
      groups: 'id, code, archivedAt, createdAt',
      participants: 'id, groupId, [groupId+alias]',
      sessions: 'id, groupId, [groupId+number]',
      library: 'id, createdAt',
      trees: 'id, groupId, &[groupId+participantId]',
      treeItems: 'id, treeId, groupId, participantId',
      forestItems: 'id, groupId',
      records: 'sessionId, groupId',
      archive: 'id, groupId, groupCode, createdAt, period',
      settings: 'key',
    },
  },
];
