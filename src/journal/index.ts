export { amendments, effectiveObservations } from "./effective.js";
export * from "./merge.js";
export * from "./record.js";
export * from "./erase.js";
export { checkCentre, type CheckOptions, prerequisiteCycles } from "./check.js";
export * from "./merge-centres.js";
export { entriesSince, type JournalCursor, type JournalDelta, observationIds } from "./sync.js";
export { applyTombstones, contentDigest, mergeTombstones, type TombstoneResult } from "./tombstone.js";
export { SCRUBBED_TEXT } from "./scrub.js";
