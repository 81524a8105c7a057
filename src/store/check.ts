/**
 * The checks every store makes, whatever its medium: a batch to append (shape, unique ids, known
 * children, targets about the same child), a head to write (a valid centre with an empty journal
 * that keeps every child who has entries), a cursor and a limit. Stores look up what is stored and
 * pass it in; nothing here does I/O.
 *
 * @module
 */
import { type Issue, ValidationError } from "../errors/index.js";
import { issuesFromZod } from "../io/issues.js";
import { safeParseCentre } from "../io/centre-document.js";
import { type Observation, ObservationSchema } from "../model/index.js";
import type { CentreHead, StoreCursor } from "./contract.js";

/** A batch whose shape is right, and the ids a store must look up to finish checking it. */
export interface ParsedBatch {
  readonly entries: readonly Observation[];
  /** Every id of the batch and every retraction or correction target, each once. */
  readonly lookups: readonly string[];
}

/**
 * Parses a batch (every shape problem at once, paths `[i].field`).
 *
 * @throws {@link ValidationError}
 */
export function parseBatch(input: readonly unknown[]): ParsedBatch {
  if (!Array.isArray(input)) throw new ValidationError([{ path: "", code: "invalid_type", message: "expected an array of observations" }]);
  const issues: Issue[] = [];
  const entries: Observation[] = [];
  const lookups = new Set<string>();
  for (let i = 0; i < input.length; i++) {
    const result = ObservationSchema.safeParse(input[i], { reportInput: true });
    if (!result.success) {
      issues.push(...issuesFromZod(result.error, [i]));
      continue;
    }
    const entry = result.data as Observation;
    entries.push(entry);
    lookups.add(entry.id);
    if (entry.kind === "retraction" || entry.kind === "correction") lookups.add(entry.target);
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return { entries, lookups: [...lookups] };
}

/**
 * The rest of the append checks, once the store has looked up which of `lookups` it holds (id to
 * child) and which children its roster has.
 *
 * @throws {@link ValidationError} naming every bad entry
 */
export function checkBatch(batch: ParsedBatch, stored: ReadonlyMap<string, string>, roster: (child: string) => boolean): void {
  const issues: Issue[] = [];
  const seen = new Map<string, string>();
  batch.entries.forEach((entry, i) => {
    if (stored.has(entry.id)) issues.push({ path: `[${i}].id`, code: "duplicate_id", message: `id ${JSON.stringify(entry.id)} is already in the journal` });
    else if (seen.has(entry.id)) issues.push({ path: `[${i}].id`, code: "duplicate_id", message: `id ${JSON.stringify(entry.id)} appears twice in this batch` });
    if (!roster(entry.child)) issues.push({ path: `[${i}].child`, code: "unknown_reference", message: `unknown child ${JSON.stringify(entry.child)}` });
    if (entry.kind === "retraction" || entry.kind === "correction") {
      const targetChild = stored.get(entry.target) ?? seen.get(entry.target);
      if (targetChild === undefined) issues.push({ path: `[${i}].target`, code: "unknown_reference", message: `unknown observation ${JSON.stringify(entry.target)}` });
      else if (targetChild !== entry.child) {
        issues.push({ path: `[${i}].child`, code: "invalid_value", message: `child ${JSON.stringify(entry.child)} differs from the target's child ${JSON.stringify(targetChild)}` });
      }
    }
    if (!seen.has(entry.id)) seen.set(entry.id, entry.child);
  });
  if (issues.length > 0) throw new ValidationError(issues);
}

/**
 * Validates a head as a centre with an empty journal (shape and references), returning the
 * parsed head.
 *
 * @throws {@link ValidationError} with paths as in a centre document (`children[2].group`)
 */
export function parseHead(head: unknown): CentreHead {
  if (head === null || typeof head !== "object" || Array.isArray(head)) {
    throw new ValidationError([{ path: "", code: "invalid_type", message: "expected a centre head (a centre without its journal)" }]);
  }
  if (Object.hasOwn(head, "journal")) throw new ValidationError([{ path: "journal", code: "unrecognized_key", message: "a head has no journal; append entries instead" }]);
  const result = safeParseCentre({ ...head, journal: { schemaVersion: 1, entries: [] } });
  if (!result.success) throw result.error;
  const { journal: _journal, ...parsed } = result.data;
  return parsed;
}

/**
 * Refuses a head that drops children who still have journal entries.
 *
 * @param dropped - children of the stored roster missing from the new one
 * @param hasEntries - whether the store holds entries about a child
 * @throws {@link ValidationError}
 */
export function checkDropped(dropped: readonly string[], hasEntries: (child: string) => boolean): void {
  const issues: Issue[] = dropped
    .filter(hasEntries)
    .map((child) => ({ path: "children", code: "conflict", message: `child ${JSON.stringify(child)} has journal entries and cannot be dropped from the roster; erase the child instead` }));
  if (issues.length > 0) throw new ValidationError(issues);
}

/** Children of `before` missing from `after`. */
export function droppedChildren(before: CentreHead | undefined, after: CentreHead): string[] {
  if (before === undefined) return [];
  const kept = new Set(after.children.map((c) => c.id as string));
  return before.children.map((c) => c.id as string).filter((id) => !kept.has(id));
}

/** A cursor as the sequence number it stands for (0 for the start). */
export function cursorSeq(cursor: StoreCursor | string | undefined): number {
  if (cursor === undefined) return 0;
  const seq = typeof cursor === "string" && /^[0-9]{1,15}$/.test(cursor) ? Number(cursor) : Number.NaN;
  if (!Number.isSafeInteger(seq)) throw new ValidationError([{ path: "cursor", code: "invalid_value", message: `not a cursor of this store: ${JSON.stringify(cursor)}` }]);
  return seq;
}

/** The cursor of a sequence number. */
export function seqCursor(seq: number): StoreCursor {
  return String(seq) as StoreCursor;
}

/** A page size (default 10 000), checked. */
export function pageLimit(options: { readonly limit?: number } | undefined): number {
  const limit = options?.limit ?? 10_000;
  if (!Number.isSafeInteger(limit) || limit < 1) throw new ValidationError([{ path: "limit", code: "invalid_value", message: `limit must be a positive integer, got ${JSON.stringify(limit)}` }]);
  return limit;
}

/** The children asked for, as a list of distinct ids. */
export function childList(children: string | readonly string[]): string[] {
  const list = typeof children === "string" ? [children] : Array.isArray(children) ? [...children] : undefined;
  if (list === undefined || list.some((c) => typeof c !== "string")) {
    throw new ValidationError([{ path: "children", code: "invalid_type", message: "expected a child id or an array of child ids" }]);
  }
  return [...new Set(list)];
}
