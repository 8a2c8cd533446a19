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
import { sealingMiddleware } from './sealing/middleware';

/** The encrypted database. */
export const DB_NAME = 'grove-sealed';
/** The database of releases before encryption at rest; migrated once, then deleted. */
export const LEGACY_DB_NAME = 'grove';

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

  /** `sealed: false` opens a database as it was before encryption at rest (only to migrate it). */
  constructor(name = DB_NAME, { sealed = true }: { sealed?: boolean } = {}) {
    super(name);
    if (sealed) this.use(sealingMiddleware);
    for (const step of SCHEMA_VERSIONS) {
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
  }
}


export let db = new GroveDb(DB_NAME);

/** Tests swap in a fresh database by name; the app never calls this. */
export function useDatabase(name: string): GroveDb {
  db.close();
  db = new GroveDb(name);
  return db;
}
