/**
 * The right to erasure (UU PDP Art. 8, 43): the one exception to the append-only journal.
 *
 * @module
 */
import { type Issue, ValidationError } from "../errors/index.js";
import { type Centre, type Child, ChildIdSchema, type Observation, type Tombstone } from "../model/index.js";
import { type CalendarDate, calendarDateProblem } from "../time/index.js";
import { canonicalJson } from "./merge.js";
import { type Mention, mentionsIn, mentionTerms, scrubEntry } from "./scrub.js";
import { contentDigest, mergeTombstones, withTombstones } from "./tombstone.js";

export type { Mention } from "./scrub.js";

/**
 * Options for {@link eraseChild}.
 *
 * @category Journal
 */
export interface EraseOptions {
  /** The day of erasure, kept in the tombstone (omit to record none). */
  readonly erasedOn?: CalendarDate | string;
  /**
   * Replace every mention of the child (id, name, nickname, given name) in other children's free
   * text, lesson variants, evidence references and captions with `[…]`. Default false: the
   * mentions are only reported, for an educator to review.
   */
  readonly scrub?: boolean;
}

/**
 * What {@link eraseChild} removed, and what it found but did not remove.
 *
 * @category Journal
 */
export interface Erasure {
  /** The new centre without the child, its journal carrying the tombstone. */
  readonly centre: Centre;
  /** The child's record, or undefined when no such child existed. */
  readonly child: Child | undefined;
  /** Every journal entry about the child (including retractions and corrections). */
  readonly observations: readonly Observation[];
  /** The tombstone recorded in the journal: the child's pseudonymous id and the day only. */
  readonly tombstone: Tombstone;
  /**
   * Mentions of the child in other children's entries that are still there (all of them without
   * `scrub`; none with it). Evidence files named by a reference are outside tumbuh: the centre
   * deletes or edits them itself.
   */
  readonly remaining: readonly Mention[];
  /** Mentions replaced with `[…]` (only with `scrub`). */
  readonly scrubbed: readonly Mention[];
}

/**
 * Removes a child and every record about them, records a tombstone so that no later merge with
 * an older copy brings them back, and reports the mentions of the child left in other children's
 * free text (or scrubs them with `scrub: true`). What it returns lets the app confirm the erasure
 * to the family and delete copies elsewhere (caches, exports, summaries, evidence files).
 *
 * @param centre - the centre
 * @param childId - the child to erase
 * @param options - the day of erasure and whether to scrub mentions
 * @returns the new centre, what was removed and what remains
 * @throws {@link ValidationError} when the child id or the day is not valid
 * @example
 * ```ts
 * const { centre: next, observations, remaining } = eraseChild(centre, "c-007", { erasedOn: "2026-12-04" });
 * next.children.some((c) => c.id === "c-007"); // => false
 * next.journal.erased; // => [{ child: "c-007", erasedOn: "2026-12-04" }]
 * ```
 * @category Journal
 */
export function eraseChild(centre: Centre, childId: Child["id"] | string, options: EraseOptions = {}): Erasure {
  const issues: Issue[] = [];
  if (!ChildIdSchema.safeParse(childId).success) {
    issues.push({ path: "childId", code: "invalid_format", message: `not a child id: ${JSON.stringify(childId)}` });
  }
  const dateProblem = options.erasedOn === undefined ? undefined : calendarDateProblem(options.erasedOn);
  if (dateProblem !== undefined) issues.push({ path: "erasedOn", code: "invalid_date", message: dateProblem });
  if (issues.length > 0) throw new ValidationError(issues);

  const child = centre.children.find((c) => c.id === childId);
  const terms = mentionTerms(childId, child);
  const removed: Observation[] = [];
  const kept: Observation[] = [];
  const mentions: Mention[] = [];
  const scrubbedIds: { id: Observation["id"]; digest: string }[] = [];
  for (const e of centre.journal.entries) {
    if (e.child === childId) {
      removed.push(e);
      continue;
    }
    const found = mentionsIn(e, terms);
    if (found.length === 0 || options.scrub !== true) {
      mentions.push(...found);
      kept.push(e);
      continue;
    }
    mentions.push(...found);
    const clean = scrubEntry(e, terms);
    scrubbedIds.push({ id: e.id, digest: contentDigest(canonicalJson(clean)) });
    kept.push(clean);
  }
  const tombstone: Tombstone = {
    child: childId as Tombstone["child"],
    ...(options.erasedOn !== undefined ? { erasedOn: options.erasedOn as CalendarDate } : {}),
    ...(scrubbedIds.length > 0 ? { scrubbed: scrubbedIds.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) } : {}),
  };
  const erased = mergeTombstones(centre.journal.erased, [tombstone]);
  return {
    centre: {
      ...centre,
      children: centre.children.filter((c) => c.id !== childId),
      journal: withTombstones({ ...centre.journal, entries: kept }, erased),
    },
    child,
    observations: removed,
    tombstone,
    remaining: options.scrub === true ? [] : mentions,
    scrubbed: options.scrub === true ? mentions : [],
  };
}
