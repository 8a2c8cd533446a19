// Real IndexedDB semantics in Node: fake-indexeddb implements the spec over memory.
import 'fake-indexeddb/auto';

// Every repository test runs with encryption at rest on, as the app does once unlocked.
import { unlockWith } from '../../src/security/keyring';
unlockWith(new Uint8Array(32).map((_, i) => i + 1));
