/**
 * Delta sync between devices: what a journal gained since a cursor, and observation ids two
 * devices can make without asking each other.
 *
 * @module
 */
import { ValidationError } from "../errors/index.js";
import type { Centre, Observation, ObservationId } from "../model/index.js";
import { findEntry, liveState, type LiveState } from "./live.js";

/**
 * Where a device stopped reading a journal: an opaque string from {@link entriesSince}.
 *
 * @category Journal
 */
export type JournalCursor = string & { readonly __brand: "JournalCursor" };

/**
 * The result of {@link entriesSince}.
 *
 * @category Journal
 */
export interface JournalDelta {
  /** The entries recorded after the cursor, in journal order (every entry when `complete`). */
  readonly entries: readonly Observation[];
  /** The cursor to pass next time. */
  readonly cursor: JournalCursor;
  /**
   * True when `entries` is the whole journal: no cursor was given, or the journal is no longer the
   * one the cursor was taken from (it was merged, re-read from a file, or the entry under the
   * cursor was erased). Merging is idempotent, so sending everything again is always safe.
   */
  readonly complete: boolean;
}

const PREFIX = "j1:";

/** The position of an entry in a live journal, or -1. */
function positionOf(state: LiveState, id: string): number {
  const entry = findEntry(state, id);
  if (entry === undefined) return -1;
  const p = state.deltaIds.get(id);
  if (p !== undefined) return p;
  return state.base.ids?.indexOf(id) ?? -1;
}

function cursorAt(state: LiveState): JournalCursor {
  if (state.length === 0) return `${PREFIX}0:` as JournalCursor;
  // The last entry, so the cursor can be checked against the journal it is used with.
  const p = state.length - 1;
  const e = p < state.base.entries.length ? state.base.entries[p]! : state.delta.at(p - state.base.entries.length);
  return `${PREFIX}${p + 1}:${e.id}` as JournalCursor;
}

/**
 * The journal entries recorded after a cursor, and the cursor to use next: for an app that sends
 * each device's new records to a server or another tablet. On the journal of the centre values
 * `record` returns, it costs what was recorded since the cursor (plus O(log n)), not the journal.
 *
 * @param centre - the centre
 * @param cursor - from an earlier call; omit for everything
 * @returns the new entries, the next cursor and whether this is the whole journal
 * @throws {@link ValidationError} when `cursor` is not a cursor
 * @example
 * ```ts
 * const first = entriesSince(centre); // everything, and a cursor
 * const next = record(centre, observation);
 * entriesSince(next, first.cursor).entries.length; // => 1
 * ```
 * @category Journal
 */
export function entriesSince(centre: Pick<Centre, "journal">, cursor?: JournalCursor | string): JournalDelta {
  const state = liveState(centre.journal);
  const next = cursorAt(state);
  if (cursor === undefined) return { entries: centre.journal.entries, cursor: next, complete: true };
  const match = typeof cursor === "string" ? /^j1:(\d+):(.*)$/s.exec(cursor) : null;
  if (match === null) {
    throw new ValidationError([{ path: "cursor", code: "invalid_value", message: `not a journal cursor: ${JSON.stringify(String(cursor).slice(0, 40))}` }]);
  }
  const position = Number(match[1]);
  const id = match[2]!;
  const valid = position === 0 ? id === "" : position <= state.length && positionOf(state, id) === position - 1;
  if (!valid) return { entries: centre.journal.entries, cursor: next, complete: true };
  const entries: Observation[] = [];
  const baseLength = state.base.entries.length;
  for (let p = position; p < state.length; p++) {
    entries.push(p < baseLength ? state.base.entries[p]! : state.delta.at(p - baseLength));
  }
  return { entries, cursor: next, complete: false };
}

const DEVICE = /^[A-Za-z0-9][A-Za-z0-9_-]{1,31}$/;

/**
 * Observation ids for one device: `<device>.<n>` with n counting up from `start`. Two devices
 * with different device names never make the same id, without talking to each other; pick the
 * name once per installation (for example eight characters of `crypto.randomUUID()`) and keep it
 * with the app's data. After a restart, pass the centre as `after` to continue past the highest
 * number this device has used in it.
 *
 * @param device - the device's name: 2–32 letters, digits, `_` or `-`, starting with a letter or digit
 * @param options - `start` (default 1) or `after`, a centre whose ids of this device are skipped
 * @returns a function giving the next id each time it is called
 * @throws {@link ValidationError} when the device name is invalid
 * @example
 * ```ts
 * const nextId = observationIds("tab-3f9a");
 * nextId(); // => "tab-3f9a.1"
 * nextId(); // => "tab-3f9a.2"
 * ```
 * @category Journal
 */
export function observationIds(device: string, options: { readonly start?: number; readonly after?: Pick<Centre, "journal"> } = {}): () => ObservationId {
  if (typeof device !== "string" || !DEVICE.test(device)) {
    throw new ValidationError([{ path: "device", code: "invalid_value", message: `invalid device name ${JSON.stringify(String(device).slice(0, 40))}: 2–32 letters, digits, _ or -` }]);
  }
  const start = options.start ?? 1;
  if (!Number.isSafeInteger(start) || start < 0) {
    throw new ValidationError([{ path: "options.start", code: "invalid_value", message: `expected a whole number ≥ 0, got ${String(start)}` }]);
  }
  let n = start;
  if (options.after !== undefined) {
    const prefix = `${device}.`;
    for (const e of options.after.journal.entries) {
      if (!e.id.startsWith(prefix)) continue;
      const k = Number(e.id.slice(prefix.length).split(".")[0]);
      if (Number.isSafeInteger(k) && k >= n) n = k + 1;
    }
  }
  return () => `${device}.${n++}` as ObservationId;
}
