/**
 * Recording, retracting and correcting observations. Every function returns a new centre and
 * leaves the given one untouched; a batch is validated as a whole and either recorded whole or
 * rejected with every problem listed, so nothing already recorded is lost.
 *
 * @module
 */
import { Immer } from "immer";
import { resolveCurriculum } from "../curricula/resolve.js";
import { type Issue, ValidationError } from "../errors/index.js";
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

// A private instance: never touch immer's global settings (other code in the app may use immer).
// Auto-freezing is off because it would walk a journal of a million entries on every call; the
// types are deeply readonly instead.
const immer = new Immer({ autoFreeze: false });

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
  const many = Array.isArray(input);
  const inputs: readonly unknown[] = many ? input : [input];
  const issues: Issue[] = [];
  const parsed: Observation[] = [];
  inputs.forEach((raw, i) => {
    const result = ObservationSchema.safeParse(raw, { reportInput: true });
    if (result.success) parsed.push(result.data as Observation);
    else issues.push(...issuesFromZod(result.error, many ? [i] : []));
  });
  if (issues.length > 0) throw new ValidationError(issues);

  const births = new Map<string, CalendarDate>(centre.children.map((c) => [c.id, c.birthDate]));
  const educators = new Set<string>(centre.educators.map((e) => e.id));
  const observations = new Map<string, Observation>();
  for (const e of centre.journal.entries) observations.set(e.id, e);
  const existing = new Set(observations.keys());
  const context = { births, educators, observations, curriculum: resolveCurriculum(centre), care: careContext(centre.children) };
  parsed.forEach((entry, i) => {
    const path = many ? `[${i}]` : "";
    if (observations.has(entry.id)) {
      issues.push({
        path: path === "" ? "id" : `${path}.id`,
        code: "duplicate_id",
        message: existing.has(entry.id)
          ? `id ${JSON.stringify(entry.id)} is already in the journal`
          : `id ${JSON.stringify(entry.id)} appears twice in this batch`,
      });
    }
    // Later entries of the batch may retract or correct earlier ones.
    for (const issue of observationIssues(entry, () => path, context)) {
      issues.push(issue.path.startsWith(".") ? { ...issue, path: issue.path.slice(1) } : issue);
    }
    observations.set(entry.id, entry);
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return immer.produce(centre, (draft) => {
    (draft.journal.entries as Observation[]).push(...parsed);
  });
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
 * view no longer counts it.
 *
 * @param centre - the centre
 * @param input - the retraction's own id, the target id, date, author and an optional reason (note)
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
  input: { readonly id: string; readonly target: string; readonly date: string; readonly author: string; readonly note?: string },
): Centre {
  const target = centre.journal.entries.find((e) => e.id === input.target);
  return record(centre, {
    kind: "retraction",
    visibility: target?.visibility ?? "staff",
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
  const target = centre.journal.entries.find((e) => e.id === input.target);
  return record(centre, {
    kind: "correction",
    visibility: target?.visibility ?? "staff",
    child: target?.child ?? "",
    ...input,
  });
}
