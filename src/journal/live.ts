/**
 * The live journal: the indexes a centre's journal needs for recording and refreshing (ids, one
 * log per child, the fold of each child), kept in persistent structures that travel from one
 * centre value to the next. Recording a batch extends them by the batch; the given centre keeps
 * its own version and answers exactly as before.
 *
 * A journal made by `record` is a plain-looking object `{ schemaVersion, entries }` whose
 * `entries` is materialised on first read (once per version, cached): apps that only record and
 * report never pay for the whole array; code that reads `entries` (serialisation, exports, the
 * batch tools) gets an ordinary array.
 *
 * Internal: not exported from the package.
 *
 * @module
 */
import type { BaseObservation, Correction, Journal, Observation } from "../model/index.js";
import { dateKey } from "../time/date-key.js";
import { IdTable } from "./id-table.js";
import { AppendLog, HashMap } from "./persistent.js";

/** One child's part of the journal. Shared, unchanged, by every version that did not touch the child. */
export interface ChildSlice {
  /** The child's raw entries (retractions and corrections included), in journal order. */
  readonly raw: AppendLog<Observation>;
  /** The position of each raw entry in the whole journal (base positions, then the appended ones). */
  readonly positions: AppendLog<number>;
  /** Effective observations in history order, with the first one's journal position (built on first read). */
  effective?: { readonly log: readonly BaseObservation[]; readonly first: number };
  /** Anything a reader derives from this slice and caches (the fold's per-child indexes). */
  readonly memo: Map<string, unknown>;
}

/** What every version made from one plain journal shares. */
interface Base {
  readonly entries: readonly Observation[];
  /** Built on the first lookup by id. */
  ids?: IdTable;
}

/** One version of a live journal. */
export interface LiveState {
  readonly base: Base;
  /** Entries appended since the base, in order. */
  readonly delta: AppendLog<Observation>;
  /** Id → position (in the whole journal) of each appended entry. */
  readonly deltaIds: HashMap<number>;
  /** Child → slice, for every child with entries. */
  readonly children: HashMap<ChildSlice>;
  /** The journal's other fields (its tombstones), carried to every version made from it. */
  readonly rest: Omit<Journal, "entries">;
  /** Total positions used (base length + appended). */
  readonly length: number;
  /** The materialised `entries` (built on first read). */
  entries?: readonly Observation[];
}

const states = new WeakMap<object, LiveState>();

/** The live state of a journal made by this module, or undefined for a plain journal. */
export function liveStateOf(journal: Journal): LiveState | undefined {
  return states.get(journal);
}

function emptySlice(): ChildSlice {
  return { raw: AppendLog.empty(), positions: AppendLog.empty(), memo: new Map() };
}

/** Builds the live state of a plain journal: one pass groups its entries by child. */
function stateOfPlain(journal: Journal): LiveState {
  const { entries, ...rest } = journal;
  const groups = new Map<string, { raw: Observation[]; positions: number[] }>();
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    let g = groups.get(e.child);
    if (g === undefined) {
      g = { raw: [], positions: [] };
      groups.set(e.child, g);
    }
    g.raw.push(e);
    g.positions.push(i);
  }
  const slices: [string, ChildSlice][] = [];
  for (const [child, g] of groups) {
    slices.push([child, { raw: AppendLog.empty<Observation>().append(g.raw), positions: AppendLog.empty<number>().append(g.positions), memo: new Map() }]);
  }
  return {
    base: { entries },
    delta: AppendLog.empty(),
    deltaIds: HashMap.empty(),
    children: HashMap.empty<ChildSlice>().setMany(slices),
    rest,
    length: entries.length,
  };
}

/** The live state of any journal (built once for a plain one, and cached). */
export function liveState(journal: Journal): LiveState {
  let state = states.get(journal);
  if (state === undefined) {
    state = stateOfPlain(journal);
    states.set(journal, state);
  }
  return state;
}

/** The entry at a journal position. */
function entryAt(state: LiveState, position: number): Observation {
  const baseLength = state.base.entries.length;
  return position < baseLength ? state.base.entries[position]! : state.delta.at(position - baseLength);
}

/**
 * The first entry with an id, in O(log n).
 *
 * @param state - the journal's live state
 * @param id - an observation id
 * @returns the entry, or undefined
 */
export function findEntry(state: LiveState, id: string): Observation | undefined {
  let position = state.deltaIds.get(id);
  if (position === undefined) {
    const base = state.base;
    if (base.entries.length === 0) return undefined;
    base.ids ??= new IdTable(base.entries);
    const i = base.ids.indexOf(id);
    if (i < 0) return undefined;
    position = i;
  }
  return entryAt(state, position);
}

/** The entries of a live journal, as one array (materialised once per version). */
function materialize(state: LiveState): readonly Observation[] {
  if (state.entries !== undefined) return state.entries;
  const out = state.base.entries.slice();
  state.delta.forEach((e) => out.push(e));
  state.entries = out;
  return out;
}

/** Wraps a state as a journal object whose `entries` is read lazily. */
function journalOf(state: LiveState): Journal {
  const { schemaVersion, ...others } = state.rest;
  const journal = { schemaVersion } as { schemaVersion: 1; entries: readonly Observation[] };
  Object.defineProperty(journal, "entries", { enumerable: true, configurable: false, get: () => materialize(state) });
  // The other fields (tombstones) after `entries`, as in every journal document.
  Object.assign(journal, others);
  states.set(journal, state);
  return journal as Journal;
}

/**
 * A new journal with `batch` appended (already validated: unique new ids, known children). Costs
 * O(batch · log n) plus, for each child the batch touches, nothing more than pushing onto that
 * child's log.
 *
 * @param journal - the current journal (unchanged)
 * @param batch - the entries to append, in order
 * @returns the new journal
 */
export function appendToJournal(journal: Journal, batch: readonly Observation[]): Journal {
  const state = liveState(journal);
  if (batch.length === 0) return journal;
  const start = state.length;
  const perChild = new Map<string, { raw: Observation[]; positions: number[] }>();
  const ids: [string, number][] = new Array(batch.length);
  for (let i = 0; i < batch.length; i++) {
    const e = batch[i]!;
    ids[i] = [e.id, start + i];
    let g = perChild.get(e.child);
    if (g === undefined) {
      g = { raw: [], positions: [] };
      perChild.set(e.child, g);
    }
    g.raw.push(e);
    g.positions.push(start + i);
  }
  const slices: [string, ChildSlice][] = [];
  for (const [child, g] of perChild) {
    const old = state.children.get(child) ?? emptySlice();
    slices.push([child, { raw: old.raw.append(g.raw), positions: old.positions.append(g.positions), memo: new Map() }]);
  }
  return journalOf({
    base: state.base,
    delta: state.delta.append(batch),
    deltaIds: state.deltaIds.setMany(ids),
    children: state.children.setMany(slices),
    rest: state.rest,
    length: start + batch.length,
  });
}

/** Ordered like every history: date, then id, then (two lesson records with one id) stage. */
const STAGE_RANK = { presented: 0, practicing: 1, mastered: 2 } as const;

/**
 * Date, then id, then stage: the order of every history in tumbuh.
 *
 * @param a - an observation
 * @param b - another
 * @returns negative, zero or positive
 */
export function historyOrder(a: BaseObservation, b: BaseObservation): number {
  if (a.date !== b.date) return dateKey(a.date) < dateKey(b.date) ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return a.kind === "lesson" && b.kind === "lesson" ? STAGE_RANK[a.stage] - STAGE_RANK[b.stage] : 0;
}

/**
 * A child's effective observations in history order (retractions and corrections applied, with the
 * rules of `effectiveObservations`), built from the child's slice on first read and kept.
 *
 * @param slice - the child's slice
 * @returns the log and the journal position of its first effective entry
 */
export function effectiveOf(slice: ChildSlice): { readonly log: readonly BaseObservation[]; readonly first: number } {
  if (slice.effective !== undefined) return slice.effective;
  let retracted: Set<string> | undefined;
  let corrections: Correction[] | undefined;
  slice.raw.forEach((e) => {
    if (e.kind === "retraction") (retracted ??= new Set()).add(e.target);
    else if (e.kind === "correction") (corrections ??= []).push(e);
  });
  let winners: Map<string, Correction> | undefined;
  for (const c of corrections ?? []) {
    if (retracted?.has(c.id) === true) continue;
    const prev = (winners ??= new Map()).get(c.target);
    if (prev === undefined || prev.date < c.date || (prev.date === c.date && prev.id < c.id)) winners.set(c.target, c);
  }
  const log: BaseObservation[] = [];
  let first = -1;
  let sorted = true;
  slice.raw.forEach((e, i) => {
    if (e.kind === "retraction" || e.kind === "correction") return;
    if (retracted?.has(e.id) === true) return;
    const c = winners?.get(e.id);
    const o = c === undefined ? e : ({ ...c.replacement, id: e.id, child: e.child } as BaseObservation);
    if (first < 0) first = slice.positions.at(i);
    if (sorted && log.length > 0 && historyOrder(log[log.length - 1]!, o) > 0) sorted = false;
    log.push(o);
  });
  if (!sorted) log.sort(historyOrder);
  slice.effective = { log, first };
  return slice.effective;
}
