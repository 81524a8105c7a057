/**
 * Browser-only stores. Import from `tumbuh/browser`; the main entry `tumbuh` holds the storage
 * contract and the in-memory store, `tumbuh/node` the SQLite store.
 *
 * @module
 */
export { type IndexedDbFactory, type IndexedDbStoreOptions, openIndexedDbStore } from "./indexeddb-store.js";
