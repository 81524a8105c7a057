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
import { effectiveObservations } from "../journal/effective.js";
import type {
  Anecdote,
  Centre,
  Evidence,
  GrowthMeasurement,
  Level,
  Screening,
  Stage,
  Visibility,
} from "../model/index.js";
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

const STAGE_RANK: Record<Stage, number> = { presented: 0, practicing: 1, mastered: 2 };

function byDateThenId(a: { readonly date: string; readonly id: string }, b: typeof a): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

interface MutableChild {
  child: string;
  levels: Map<string, LevelEntry[]>;
  lessons: Map<string, StageEntry[]>;
  anecdotes: Anecdote[];
  evidence: Evidence[];
  evidenceByIndicator: Map<string, (Anecdote | Evidence)[]>;
  growth: GrowthMeasurement[];
  screenings: Screening[];
  observationCount: number;
}

function emptyChild(child: string): MutableChild {
  return {
    child,
    levels: new Map(),
    lessons: new Map(),
    anecdotes: [],
    evidence: [],
    evidenceByIndicator: new Map(),
    growth: [],
    screenings: [],
    observationCount: 0,
  };
}

const cache = new WeakMap<object, ProgressIndex>();

/**
 * Folds a centre's effective journal into per-child indexes, once. The result is cached per
 * journal object (children without observations are not in the map; use {@link childProgress}), so reports and plans for every child of a centre share one fold. Cost is linear
 * in the journal (plus sorting each history).
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
  const children = new Map<string, MutableChild>();
  for (const o of effectiveObservations(centre.journal)) {
    let p = children.get(o.child);
    if (p === undefined) {
      p = emptyChild(o.child);
      children.set(o.child, p);
    }
    p.observationCount++;
    switch (o.kind) {
      case "assessment": {
        // The observation itself is the history entry (no copy): it has level, date, id, visibility.
        const list = p.levels.get(o.indicator);
        if (list) list.push(o);
        else p.levels.set(o.indicator, [o]);
        break;
      }
      case "lesson": {
        const list = p.lessons.get(o.activity);
        if (list) list.push(o);
        else p.lessons.set(o.activity, [o]);
        break;
      }
      case "anecdote":
      case "evidence": {
        if (o.kind === "anecdote") p.anecdotes.push(o);
        else p.evidence.push(o);
        for (const id of o.indicators) {
          const list = p.evidenceByIndicator.get(id);
          if (list) list.push(o);
          else p.evidenceByIndicator.set(id, [o]);
        }
        break;
      }
      case "growth":
        p.growth.push(o);
        break;
      case "screening":
        p.screenings.push(o);
        break;
      default:
        o satisfies never;
    }
  }
  for (const p of children.values()) {
    for (const list of p.levels.values()) if (list.length > 1) list.sort(byDateThenId);
    for (const list of p.lessons.values()) {
      if (list.length > 1) list.sort((a, b) => byDateThenId(a, b) || STAGE_RANK[a.stage] - STAGE_RANK[b.stage]);
    }
    if (p.anecdotes.length > 1) p.anecdotes.sort(byDateThenId);
    if (p.evidence.length > 1) p.evidence.sort(byDateThenId);
    for (const list of p.evidenceByIndicator.values()) if (list.length > 1) list.sort(byDateThenId);
    if (p.growth.length > 1) p.growth.sort(byDateThenId);
    if (p.screenings.length > 1) p.screenings.sort(byDateThenId);
  }
  const index: ProgressIndex = { children };
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
