export {
  type AppendResult,
  type CentreHead,
  type CentreStore,
  centreFromSlice,
  centreHead,
  type HeadWrite,
  type StoreDelta,
  type JournalSlice,
  type StoreCursor,
  type StoredHead,
  type StoreErasure,
} from "./contract.js";
export { createMemoryStore } from "./memory-store.js";
