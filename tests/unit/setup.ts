// Real IndexedDB semantics in Node: fake-indexeddb implements the spec over memory.
import 'fake-indexeddb/auto';
