/**
 * The progress fold: one pass over a centre's effective journal builds per-child indexes that
 * reports, plans and summaries read. Nothing downstream re-scans the journal.
 *
 * Histories are sorted by date then observation id, so every answer is independent of the order
 * of the journal. The fold keeps every observation's visibility so a family-facing report can
 * leave staff-only records out without folding again.
 *
 * @module
 */
import { amendmentIndex, effectiveEntry } from "../journal/effective.js";
import { type ChildSlice, effectiveOf, historyOrder, type LiveState, liveStateOf } from "../journal/live.js";
import type {
  Anecdote,
  BaseObservation,
  Centre,
  Evidence,
  GrowthMeasurement,
  Level,
  Screening,
  Stage,
  Visibility,
} from "../model/index.js";
import { dateKey } from "../time/date-key.js";
import type { CalendarDate } from "../time/index.js";

/**
 * One assessment in an indicator's history.
 *
 * @category Progress
 */
export interface LevelEntry {
  readonly level: Level;
  readonly date: CalendarDate;
  /** The observation's id. */
  readonly id: string;
  readonly visibility: Visibility;
}

/**
 * One lesson record in an activity's history.
 *
 * @category Progress
 */
export interface StageEntry {
  readonly stage: Stage;
  readonly date: CalendarDate;
  /** The observation's id. */
  readonly id: string;
  readonly visibility: Visibility;
}

/**
 * Everything known about one child, indexed.
 *
 * @category Progress
 */
export interface ChildProgress {
  readonly child: string;
  /** Assessment history per indicator id, oldest first. */
  readonly levels: ReadonlyMap<string, readonly LevelEntry[]>;
  /** Lesson history per activity id, oldest first. */
  readonly lessons: ReadonlyMap<string, readonly StageEntry[]>;
  /** Anecdotes, oldest first. */
  readonly anecdotes: readonly Anecdote[];
  /** Artwork and photo series, oldest first. */
  readonly evidence: readonly Evidence[];
  /** Anecdotes and evidence per tagged indicator id. */
  readonly evidenceByIndicator: ReadonlyMap<string, readonly (Anecdote | Evidence)[]>;
  /** Growth measurements, oldest first. */
  readonly growth: readonly GrowthMeasurement[];
  /** Screenings (KPSP), oldest first. */
  readonly screenings: readonly Screening[];
  /** Number of effective observations about the child. */
  readonly observationCount: number;
}

/**
 * The fold of a whole centre.
 *
 * @category Progress
 */
export interface ProgressIndex {
  /** Per child id (only children with observations). */
  readonly children: ReadonlyMap<string, ChildProgress>;
}


const EMPTY_LEVELS: ReadonlyMap<string, readonly LevelEntry[]> = new Map();
const EMPTY_LESSONS: ReadonlyMap<string, readonly StageEntry[]> = new Map();
const EMPTY_TAGS: ReadonlyMap<string, readonly (Anecdote | Evidence)[]> = new Map();

function emptyChild(child: string): ChildProgress {
  return {
    child,
    levels: EMPTY_LEVELS,
    lessons: EMPTY_LESSONS,
    anecdotes: [],
    evidence: [],
    evidenceByIndicator: EMPTY_TAGS,
    growth: [],
    screenings: [],
    observationCount: 0,
  };
}

/** Indexes one child's effective observations, given in history order: every list comes out sorted. */
function buildChild(child: string, observations: readonly BaseObservation[]): ChildProgress {
  const levels = new Map<string, LevelEntry[]>();
  const lessons = new Map<string, StageEntry[]>();
  const anecdotes: Anecdote[] = [];
  const evidence: Evidence[] = [];
  const evidenceByIndicator = new Map<string, (Anecdote | Evidence)[]>();
  const growth: GrowthMeasurement[] = [];
  const screenings: Screening[] = [];
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i]!;
    switch (o.kind) {
      case "assessment": {
        // The observation itself is the history entry (no copy): it has level, date, id, visibility.
        const list = levels.get(o.indicator);
        if (list) list.push(o);
        else levels.set(o.indicator, [o]);
        break;
      }
      case "lesson": {
        const list = lessons.get(o.activity);
        if (list) list.push(o);
        else lessons.set(o.activity, [o]);
        break;
      }
      case "anecdote":
      case "evidence": {
        if (o.kind === "anecdote") anecdotes.push(o);
        else evidence.push(o);
        for (const id of o.indicators) {
          const list = evidenceByIndicator.get(id);
          if (list) list.push(o);
          else evidenceByIndicator.set(id, [o]);
        }
        break;
      }
      case "growth":
        growth.push(o);
        break;
      case "screening":
        screenings.push(o);
        break;
      case "attendance":
      case "care":
      case "family":
        // The day's care, attendance and family entries are read from the child's log (childLog)
        // by the care engines; they have no per-indicator index of their own.
        break;
      default:
        o satisfies never;
    }
  }
  return { child, levels, lessons, anecdotes, evidence, evidenceByIndicator, growth, screenings, observationCount: observations.length };
}

/** One child in a fold: the child's effective observations, and the indexes once built. */
interface Slot {
  readonly log: BaseObservation[];
  /** Whether `log` is in history order (checked as it is filled; sorted on first read if not). */
  sorted: boolean;
  /** The date (as {@link dateKey}) of the last observation added while `log` was in order. */
  lastKey: number;
  progress: ChildProgress | undefined;
}

/** The history-ordered log of a slot (sorted on first use when the journal was not in order). */
function sortedLog(slot: Slot): readonly BaseObservation[] {
  if (!slot.sorted) {
    slot.log.sort(historyOrder);
    slot.sorted = true;
  }
  return slot.log;
}

/**
 * The children of a fold. The journal is grouped by child in one pass; a child's indexes are
 * built the first time the child is asked for (reports and plans ask child by child, so the work
 * happens while that child's observations are in cache), and kept.
 */
class FoldedChildren implements ReadonlyMap<string, ChildProgress> {
  readonly #slots: Map<string, Slot>;

  constructor(slots: Map<string, Slot>) {
    this.#slots = slots;
  }

  /** The child's effective observations in history order (internal: see {@link childLog}). */
  log(child: string): readonly BaseObservation[] | undefined {
    const slot = this.#slots.get(child);
    return slot === undefined ? undefined : sortedLog(slot);
  }

  get size(): number {
    return this.#slots.size;
  }

  get(child: string): ChildProgress | undefined {
    const slot = this.#slots.get(child);
    if (slot === undefined) return undefined;
    return (slot.progress ??= buildChild(child, sortedLog(slot)));
  }

  has(child: string): boolean {
    return this.#slots.has(child);
  }

  *keys(): MapIterator<string> {
    yield* this.#slots.keys();
  }

  *values(): MapIterator<ChildProgress> {
    for (const child of this.#slots.keys()) yield this.get(child)!;
  }

  *entries(): MapIterator<[string, ChildProgress]> {
    for (const child of this.#slots.keys()) yield [child, this.get(child)!];
  }

  [Symbol.iterator](): MapIterator<[string, ChildProgress]> {
    return this.entries();
  }

  forEach(callback: (value: ChildProgress, key: string, map: ReadonlyMap<string, ChildProgress>) => void, thisArg?: unknown): void {
    for (const [child, progress] of this.entries()) callback.call(thisArg, progress, child, this);
  }
}

/**
 * The children of a live journal (one made by `record`): each child's indexes come from that
 * child's slice, built on first read and kept on the slice, which every later centre value that
 * did not touch the child shares. So after recording for one child, only that child is folded
 * again. Children are in the order of their first effective observation in the journal, as in
 * {@link FoldedChildren}.
 */
class LiveChildren implements ReadonlyMap<string, ChildProgress> {
  readonly #state: LiveState;
  #order: readonly string[] | undefined;

  constructor(state: LiveState) {
    this.#state = state;
  }

  #slice(child: string): ChildSlice | undefined {
    const slice = this.#state.children.get(child);
    return slice === undefined || effectiveOf(slice).log.length === 0 ? undefined : slice;
  }

  /** Children with effective observations, by the position of their first one. */
  #children(): readonly string[] {
    if (this.#order === undefined) {
      const firsts: [string, number][] = [];
      for (const [child, slice] of this.#state.children.entries()) {
        const { log, first } = effectiveOf(slice);
        if (log.length > 0) firsts.push([child, first]);
      }
      firsts.sort((a, b) => a[1] - b[1]);
      this.#order = firsts.map(([child]) => child);
    }
    return this.#order;
  }

  /** The child's effective observations in history order (internal: see {@link childLog}). */
  log(child: string): readonly BaseObservation[] | undefined {
    const slice = this.#slice(child);
    return slice === undefined ? undefined : effectiveOf(slice).log;
  }

  get size(): number {
    return this.#children().length;
  }

  get(child: string): ChildProgress | undefined {
    const slice = this.#slice(child);
    if (slice === undefined) return undefined;
    let progress = slice.memo.get("progress") as ChildProgress | undefined;
    if (progress === undefined) {
      progress = buildChild(child, effectiveOf(slice).log);
      slice.memo.set("progress", progress);
    }
    return progress;
  }

  has(child: string): boolean {
    return this.#slice(child) !== undefined;
  }

  *keys(): MapIterator<string> {
    yield* this.#children();
  }

  *values(): MapIterator<ChildProgress> {
    for (const child of this.#children()) yield this.get(child)!;
  }

  *entries(): MapIterator<[string, ChildProgress]> {
    for (const child of this.#children()) yield [child, this.get(child)!];
  }

  [Symbol.iterator](): MapIterator<[string, ChildProgress]> {
    return this.entries();
  }

  forEach(callback: (value: ChildProgress, key: string, map: ReadonlyMap<string, ChildProgress>) => void, thisArg?: unknown): void {
    for (const [child, progress] of this.entries()) callback.call(thisArg, progress, child, this);
  }
}

const NO_OBSERVATIONS: readonly BaseObservation[] = [];

/**
 * One child's effective observations in history order (date, then id), straight from the fold:
 * for readers that need one pass over everything about a child (reports) rather than the
 * per-indicator indexes of {@link ChildProgress}.
 *
 * @param index - from {@link foldProgress}
 * @param childId - the child
 * @returns the observations, oldest first (empty for a child without observations)
 * @example
 * ```ts
 * childLog(foldProgress(centre), "c-00001").length; // => 97
 * ```
 * @category Progress
 */
export function childLog(index: ProgressIndex, childId: string): readonly BaseObservation[] {
  const children = index.children;
  if (children instanceof FoldedChildren || children instanceof LiveChildren) return children.log(childId) ?? NO_OBSERVATIONS;
  const p = children.get(childId);
  if (p === undefined) return NO_OBSERVATIONS;
  const all: BaseObservation[] = [...p.anecdotes, ...p.evidence, ...p.growth, ...p.screenings];
  for (const list of p.levels.values()) all.push(...(list as readonly BaseObservation[]));
  for (const list of p.lessons.values()) all.push(...(list as readonly BaseObservation[]));
  return all.sort(historyOrder);
}

const cache = new WeakMap<object, ProgressIndex>();

/**
 * Folds a centre's effective journal into per-child indexes, once. The result is cached per
 * journal object (children without observations are not in the map; use {@link childProgress}),
 * so reports and plans for every child of a centre share one fold. Cost is linear in the journal:
 * one pass groups the observations by child; each child's histories are indexed the first time
 * that child is read.
 *
 * @param centre - the centre
 * @returns the index
 * @example
 * ```ts
 * const progress = foldProgress(centre);
 * progress.children.get("c-00001")?.lessons.get("mont.sensorial.pink-tower")?.at(-1)?.stage;
 * // => "practicing"
 * ```
 * @category Progress
 */
export function foldProgress(centre: Pick<Centre, "journal">): ProgressIndex {
  const hit = cache.get(centre.journal);
  if (hit !== undefined) return hit;
  const live = liveStateOf(centre.journal);
  if (live !== undefined) {
    // A journal made by `record`: the fold reads the per-child slices that travel with it.
    const index: ProgressIndex = { children: new LiveChildren(live) };
    cache.set(centre.journal, index);
    return index;
  }
  const entries = centre.journal.entries;
  const amended = amendmentIndex(entries);
  const byChild = new Map<string, Slot>();
  // Journals come in runs of one child (a child's day, a batch per child), so the last child's
  // list is reused without a lookup while the run lasts.
  let lastChild: string | undefined;
  let slot: Slot | undefined;
  for (let i = 0; i < entries.length; i++) {
    const o = effectiveEntry(entries[i]!, amended);
    if (o === undefined) continue;
    if (o.child !== lastChild || slot === undefined) {
      lastChild = o.child;
      slot = byChild.get(o.child);
      if (slot === undefined) {
        slot = { log: [], sorted: true, lastKey: 0, progress: undefined };
        byChild.set(o.child, slot);
      }
    }
    // Whether the log is still in history order is noted now, while the observation is at hand
    // (dates as integers: comparing two date strings costs a call each time).
    const log = slot.log;
    if (slot.sorted) {
      const key = dateKey(o.date);
      if (key < slot.lastKey || (key === slot.lastKey && log.length > 0 && historyOrder(log[log.length - 1]!, o) > 0)) slot.sorted = false;
      slot.lastKey = key;
    }
    log.push(o);
  }
  const index: ProgressIndex = { children: new FoldedChildren(byChild) };
  cache.set(centre.journal, index);
  return index;
}

/**
 * One child's progress from the index; a child with no observations gets empty progress.
 *
 * @param index - from {@link foldProgress}
 * @param childId - the child
 * @returns the child's progress
 * @example
 * ```ts
 * childProgress(foldProgress(centre), "c-00001").observationCount; // => 97
 * ```
 * @category Progress
 */
export function childProgress(index: ProgressIndex, childId: string): ChildProgress {
  return index.children.get(childId) ?? emptyChild(childId);
}

/**
 * The last entry dated on or before `asOf` (histories are sorted), optionally only entries visible
 * to the family.
 *
 * @param history - a sorted history
 * @param asOf - the cut-off date (inclusive)
 * @param familyOnly - skip staff-only entries
 * @returns the entry or undefined
 * @example
 * ```ts
 * latestOnOrBefore(progress.levels.get(id) ?? [], "2026-11-27")?.level; // => "BSH"
 * ```
 * @category Progress
 */
export function latestOnOrBefore<T extends { readonly date: string; readonly visibility: Visibility }>(
  history: readonly T[],
  asOf: string,
  familyOnly = false,
): T | undefined {
  for (let i = history.length - 1; i >= 0; i--) {
    const e = history[i]!;
    if (e.date <= asOf && (!familyOnly || e.visibility === "family")) return e;
  }
  return undefined;
}
