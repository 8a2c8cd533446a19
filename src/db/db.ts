import Dexie, { type EntityTable } from 'dexie';
import type {
  ArchiveEntry,
  ForestItem,
  Group,
  LibraryBlock,
  Participant,
  Session,
  SessionRecord,
  Setting,
  Tree,
  TreeItem,
} from '../domain/types';
import { SCHEMA_VERSIONS } from './schema';

/** Grove's one IndexedDB database. Features never touch it directly: they go through repositories. */
export class GroveDb extends Dexie {
  groups!: EntityTable<Group, 'id'>;
  participants!: EntityTable<Participant, 'id'>;
  sessions!: EntityTable<Session, 'id'>;
  library!: EntityTable<LibraryBlock, 'id'>;
  trees!: EntityTable<Tree, 'id'>;
  treeItems!: EntityTable<TreeItem, 'id'>;
  forestItems!: EntityTable<ForestItem, 'id'>;
  records!: EntityTable<SessionRecord, 'sessionId'>;
  archive!: EntityTable<ArchiveEntry, 'id'>;
  settings!: EntityTable<Setting, 'key'>;

  constructor(name = 'grove') {
    super(name);
    for (const step of SCHEMA_VERSIONS) {
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
  }
}

export const DB_NAME = 'grove';

export let db = new GroveDb(DB_NAME);

/** Tests swap in a fresh database by name; the app never calls this. */
export function useDatabase(name: string): GroveDb {
  db.close();
  db = new GroveDb(name);
  return db;
}
