/**
 * Recording, retracting and correcting observations. Every function returns a new centre and
 * leaves the given one untouched; a batch is validated as a whole and either recorded whole or
 * rejected with every problem listed, so nothing already recorded is lost.
 *
 * @module
 */
import { resolveCurriculum } from "../curricula/resolve.js";
import { type Issue, ValidationError } from "../errors/index.js";
import { isExactObservation } from "../io/fast-observation.js";
import { issuesFromZod } from "../io/issues.js";
import {
  type ActivityId,
  type Centre,
  type ChildId,
  type EducatorId,
  type IndicatorId,
  type Level,
  type Observation,
  type ObservationInput,
  ObservationSchema,
  type Stage,
  type Visibility,
} from "../model/index.js";
import type { CalendarDate } from "../time/index.js";
import { careContext } from "./care-check.js";
import { observationIssues } from "./check.js";
import { appendToJournal, findEntry, liveState } from "./live.js";

/**
 * Records one or many observations in one step.
 *
 * Each input is validated (shape, known child, indicator, activity and educator, not before the
 * child's birth, unique id, existing target for retractions and corrections). If anything is
 * wrong, nothing is recorded and a {@link ValidationError} lists every problem, with paths like
 * `[2].level` pointing into the given array.
 *
 * @param centre - the centre
 * @param input - one observation or an array of them
 * @returns a new centre whose journal has the observations appended
 * @throws {@link ValidationError} listing every problem
 * @example
 * ```ts
 * const next = record(centre, {
 *   kind: "assessment", id: "obs-1", child: "c-001", date: "2026-11-23", author: "e-01",
 *   visibility: "family", indicator: "stppa2014.48-60.kog.c.3", level: "MB",
 * });
 * next.journal.entries.length - centre.journal.entries.length; // => 1
 * ```
 * @category Journal
 */
export function record(centre: Centre, input: ObservationInput | readonly ObservationInput[]): Centre {
  const parsed = checkBatch(centre, input);
  return { ...centre, journal: appendToJournal(centre.journal, parsed) };
}

/**
 * Validates a batch of observations against a centre without recording it: the checks of
 * {@link record} (shape, known child, indicator, activity and educator, not before the child's
 * birth, ids unique in the journal and in the batch, existing targets), for apps that write to
 * their own store and want the library's verdict first.
 *
 * @param centre - the centre the batch would be recorded in
 * @param input - one observation or an array of them
 * @returns the parsed observations, in order (defaults applied), ready to append
 * @throws {@link ValidationError} listing every problem, with paths like `[2].level`
 * @example
 * ```ts
 * const ok = checkObservations(centre, [{ kind: "lesson", id: "obs-9", child: "c-001",
 *   date: "2026-11-23", author: "e-01", visibility: "family",
 *   activity: "mont.sensorial.pink-tower", stage: "presented" }]);
 * ok.length; // => 1
 * ```
 * @category Journal
 */
export function checkObservations(centre: Centre, input: ObservationInput | readonly ObservationInput[]): readonly Observation[] {
  return checkBatch(centre, input);
}

/** Birth dates by child id, per roster array (the roster rarely changes while a journal grows). */
const birthsOf = new WeakMap<object, ReadonlyMap<string, CalendarDate>>();
/** Educator ids, per educators array. */
const educatorsOf = new WeakMap<object, ReadonlySet<string>>();

function births(centre: Centre): ReadonlyMap<string, CalendarDate> {
  let map = birthsOf.get(centre.children);
  if (map === undefined) {
    const m = new Map<string, CalendarDate>();
    for (const c of centre.children) m.set(c.id, c.birthDate);
    map = m;
    birthsOf.set(centre.children, map);
  }
  return map;
}

/** The care checks' context (families, collectors, allergies), per roster array. */
const careOf = new WeakMap<object, ReturnType<typeof careContext>>();

function care(centre: Centre): ReturnType<typeof careContext> {
  let context = careOf.get(centre.children);
  if (context === undefined) {
    context = careContext(centre.children);
    careOf.set(centre.children, context);
  }
  return context;
}

function educators(centre: Centre): ReadonlySet<string> {
  let set = educatorsOf.get(centre.educators);
  if (set === undefined) {
    set = new Set(centre.educators.map((e) => e.id));
    educatorsOf.set(centre.educators, set);
  }
  return set;
}

/** A deep copy of plain JSON data (objects, arrays, strings, numbers, booleans). */
function copyPlain(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(copyPlain);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = copyPlain((value as Record<string, unknown>)[key]);
  return out;
}

/** Parses and checks a batch; throws a ValidationError with every problem. O(batch · log n). */
function checkBatch(centre: Centre, input: ObservationInput | readonly ObservationInput[]): Observation[] {
  const many = Array.isArray(input);
  const inputs: readonly unknown[] = many ? input : [input];
  const issues: Issue[] = [];
  const parsed: Observation[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const raw = inputs[i];
    // The hand-written exact check vouches for most inputs at a fraction of zod's cost; a copy
    // keeps the journal independent of the caller's objects, as zod's output would.
    if (isExactObservation(raw)) {
      parsed.push(copyPlain(raw) as Observation);
      continue;
    }
    const result = ObservationSchema.safeParse(raw, { reportInput: true });
    if (result.success) parsed.push(result.data as Observation);
    else for (const issue of issuesFromZod(result.error, many ? [i] : [])) issues.push(issue);
  }
  if (issues.length > 0) throw new ValidationError(issues);

  const state = liveState(centre.journal);
  const inBatch = new Map<string, Observation>();
  const observations = { get: (id: string) => inBatch.get(id) ?? findEntry(state, id) };
  const context = { births: births(centre), educators: educators(centre), observations, curriculum: resolveCurriculum(centre), care: care(centre) };
  for (let i = 0; i < parsed.length; i++) {
    const entry = parsed[i]!;
    const path = many ? `[${i}]` : "";
    const earlier = inBatch.has(entry.id);
    const inJournal = findEntry(state, entry.id) !== undefined;
    if (earlier || inJournal) {
      issues.push({
        path: path === "" ? "id" : `${path}.id`,
        code: "duplicate_id",
        message: inJournal ? `id ${JSON.stringify(entry.id)} is already in the journal` : `id ${JSON.stringify(entry.id)} appears twice in this batch`,
      });
    }
    // Later entries of the batch may retract or correct earlier ones.
    for (const issue of observationIssues(entry, () => path, context)) {
      issues.push(issue.path.startsWith(".") ? { ...issue, path: issue.path.slice(1) } : issue);
    }
    if (!earlier) inBatch.set(entry.id, entry);
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return parsed;
}

/** Common fields of an observation recorded for several children at one moment. */
export interface MomentInput {
  /** Base id; each child's observation gets `<id>.<childId>`. */
  readonly id: string;
  readonly date: CalendarDate | string;
  readonly author: EducatorId | string;
  readonly visibility: Visibility;
  readonly note?: string;
}

/**
 * Records one presentation given to several children at once (a small-group lesson): one lesson
 * record per child, ids `<id>.<childId>`.
 *
 * @param centre - the centre
 * @param input - the moment, the activity, the stage and the children
 * @returns a new centre
 * @throws {@link ValidationError} listing every problem (nothing is recorded then)
 * @example
 * ```ts
 * recordLesson(centre, {
 *   id: "pres-2026-11-23-a", date: "2026-11-23", author: "e-01", visibility: "family",
 *   activity: "mont.sensorial.pink-tower", stage: "presented", children: ["c-001", "c-002"],
 * }); // two lesson records
 * ```
 * @category Journal
 */
export function recordLesson(
  centre: Centre,
  input: MomentInput & {
    readonly activity: ActivityId | string;
    readonly stage: Stage;
    readonly children: readonly (ChildId | string)[];
    readonly threePeriodStage?: 1 | 2 | 3;
    readonly variants?: readonly string[];
  },
): Centre {
  const { children, id, ...rest } = input;
  return record(
    centre,
    children.map((child) => ({ ...rest, variants: rest.variants ? [...rest.variants] : undefined, kind: "lesson" as const, id: `${id}.${child}`, child })),
  );
}

/**
 * Records a checklist or assessment of one indicator for a whole group at once: one assessment
 * per child, ids `<id>.<childId>`.
 *
 * @param centre - the centre
 * @param input - the moment, the indicator and each child's level
 * @returns a new centre
 * @throws {@link ValidationError} listing every problem (nothing is recorded then)
 * @example
 * ```ts
 * recordChecklist(centre, {
 *   id: "ck-2026-11-23", date: "2026-11-23", author: "e-01", visibility: "family",
 *   indicator: "stppa2014.48-60.nam.a.3",
 *   results: [{ child: "c-001", level: "BSH" }, { child: "c-002", level: "MB" }],
 * });
 * ```
 * @category Journal
 */
export function recordChecklist(
  centre: Centre,
  input: MomentInput & {
    readonly indicator: IndicatorId | string;
    readonly results: readonly { readonly child: ChildId | string; readonly level: Level; readonly note?: string }[];
  },
): Centre {
  const { results, id, indicator, ...rest } = input;
  return record(
    centre,
    results.map((r) => ({ ...rest, ...r, kind: "assessment" as const, id: `${id}.${r.child}`, indicator })),
  );
}

/**
 * Withdraws an observation recorded by mistake. The original stays in the raw log; the effective
 * view no longer counts it, for staff and families alike. The retraction itself is staff-only
 * unless `visibility` says otherwise: its note (the reason for a mistake, sometimes naming
 * another child) is not for family apps or family exports.
 *
 * @param centre - the centre
 * @param input - the retraction's own id, the target id, date, author, an optional reason (note)
 *   and visibility (default `staff`)
 * @returns a new centre
 * @throws {@link ValidationError} when the target does not exist or the input is invalid
 * @example
 * ```ts
 * retract(centre, { id: "r-1", target: "obs-1", date: "2026-11-24", author: "e-01" });
 * ```
 * @category Journal
 */
export function retract(
  centre: Centre,
  input: {
    readonly id: string;
    readonly target: string;
    readonly date: string;
    readonly author: string;
    readonly note?: string;
    readonly visibility?: Visibility;
  },
): Centre {
  const target = findEntry(liveState(centre.journal), input.target);
  return record(centre, {
    kind: "retraction",
    visibility: "staff",
    child: target?.child ?? "",
    ...input,
  });
}

/**
 * Corrects an earlier observation: the replacement content counts from now on, the original
 * stays in the raw log.
 *
 * @param centre - the centre
 * @param input - the correction's own id, the target id, date, author and the replacement
 * @returns a new centre
 * @throws {@link ValidationError} when the target does not exist, the kinds differ, or the
 *   replacement is invalid
 * @example
 * ```ts
 * correct(centre, {
 *   id: "fix-1", target: "obs-1", date: "2026-11-24", author: "e-01",
 *   replacement: { kind: "assessment", date: "2026-11-23", author: "e-01", visibility: "family",
 *     indicator: "stppa2014.48-60.kog.c.3", level: "BSH" },
 * });
 * ```
 * @category Journal
 */
export function correct(
  centre: Centre,
  input: {
    readonly id: string;
    readonly target: string;
    readonly date: string;
    readonly author: string;
    readonly note?: string;
    readonly replacement: Extract<ObservationInput, { kind: "correction" }>["replacement"];
  },
): Centre {
  const target = findEntry(liveState(centre.journal), input.target);
  return record(centre, {
    kind: "correction",
    visibility: target?.visibility ?? "staff",
    child: target?.child ?? "",
    ...input,
  });
}
