export {
  type AppendResult,
  type CentreHead,
  type CentreStore,
  centreFromSlice,
  centreHead,
  type HeadWrite,
  type JournalDelta,
  type JournalSlice,
  type StoreCursor,
  type StoredHead,
  type StoreErasure,
} from "./contract.js";
export { createMemoryStore } from "./memory-store.js";
