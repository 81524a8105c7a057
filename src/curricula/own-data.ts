/**
 * A centre's own curriculum data: its framework (e.g. its learning goals), local activities,
 * materials and routines, loaded from JSON and validated by the same schemas as the bundled data,
 * and added to a centre without editing the package.
 *
 * @module
 */
import type * as z from "zod";
import { formatPath, type Issue, ValidationError } from "../errors/index.js";
import { parseJsonText } from "../io/centre-document.js";
import { issuesFromZod } from "../io/issues.js";
import { checkCentre } from "../journal/check.js";
import {
  type Activity,
  ActivityIdSchema,
  type ActivityInput,
  ActivitySchema,
  BUNDLED_IDS,
  type Centre,
  type DeepReadonly,
  type Framework,
  type FrameworkInput,
  FrameworkSchema,
  type InventoryItem,
  InventoryItemSchema,
  type Material,
  type MaterialInput,
  MaterialSchema,
  type Routine,
  RoutineSchema,
  ShortTextSchema,
} from "../model/index.js";
import { bundledData } from "./bundled.js";
import { bandAspects, mergeSupplements, supplementIssues } from "./supplement.js";

/** A routine as written in JSON (before validation). @category Curricula */
export type RoutineInput = z.input<typeof RoutineSchema>;
/** An inventory line as written in JSON (before validation). @category Curricula */
export type InventoryItemInput = z.input<typeof InventoryItemSchema>;

/**
 * What a centre adds to or changes in its curriculum with {@link extendCurriculum}.
 *
 * @category Curricula
 */
export interface CurriculumAdditions {
  /**
   * The bundled data sets to use from now on, replacing the current list: for example without
   * `sample-goals` once the centre loads its own learning goals.
   */
  readonly bundled?: readonly string[];
  /** Own frameworks; one with the id of an own framework already present replaces it. */
  readonly frameworks?: readonly DeepReadonly<FrameworkInput>[];
  /** Own activities; an id equal to a bundled activity replaces the bundled one for this centre. */
  readonly activities?: readonly DeepReadonly<ActivityInput>[];
  /** Own materials; an id equal to a bundled material replaces it (name, default copies). */
  readonly materials?: readonly DeepReadonly<MaterialInput>[];
  /** Own routines; an id equal to an own routine replaces it. */
  readonly routines?: readonly DeepReadonly<RoutineInput>[];
  /** How many copies the centre has of a material (replaces an earlier line for it). */
  readonly inventory?: readonly DeepReadonly<InventoryItemInput>[];
  /** Ids of bundled or own activities the centre no longer offers. */
  readonly retire?: readonly string[];
}

/** Reads JSON text, or passes an already parsed value through. */
function jsonValue(json: unknown): unknown {
  return typeof json === "string" ? parseJsonText(json) : json;
}

/** Validates one value, appending every issue under `prefix`; returns the value when valid. */
function validate<S extends z.ZodType>(schema: S, value: unknown, prefix: readonly PropertyKey[], issues: Issue[]): z.output<S> | undefined {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  issues.push(...issuesFromZod(result.error, prefix));
  return undefined;
}

/** Validates an array of items, each under `<index>` after `prefix`. */
function validateList<S extends z.ZodType>(schema: S, value: unknown, prefix: readonly PropertyKey[], issues: Issue[]): z.output<S>[] {
  if (!Array.isArray(value)) {
    issues.push({
      path: formatPath(prefix),
      code: "invalid_type",
      message: `expected array, got ${value === null ? "null" : typeof value}`,
    });
    return [];
  }
  const out: z.output<S>[] = [];
  value.forEach((item, i) => {
    const parsed = validate(schema, item, [...prefix, i], issues);
    if (parsed !== undefined) out.push(parsed);
  });
  return out;
}

/** Reports ids used twice in a list. */
function duplicateIds(items: readonly unknown[], prefix: string, issues: Issue[], key = "id"): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const id = (item as Record<string, unknown> | null)?.[key];
    if (typeof id !== "string") return;
    if (seen.has(id)) issues.push({ path: `${prefix}[${i}].${key}`, code: "duplicate_id", message: `duplicate id ${JSON.stringify(id)}` });
    seen.add(id);
  });
}

/** Duplicate ids and unknown aspects/scopes inside one (shape-valid) framework. */
function frameworkIssues(framework: Framework, prefix: string): Issue[] {
  const issues: Issue[] = [];
  const at = (path: string) => (prefix === "" ? path : `${prefix}.${path}`);
  const seen = new Set<string>();
  const claim = (id: string, path: string) => {
    if (seen.has(id)) issues.push({ path: at(path), code: "duplicate_id", message: `duplicate id ${JSON.stringify(id)}` });
    seen.add(id);
  };
  const bandIds = new Set<string>();
  framework.bands.forEach((band, b) => {
    if (bandIds.has(band.id)) issues.push({ path: at(`bands[${b}].id`), code: "duplicate_id", message: `duplicate band ${JSON.stringify(band.id)}` });
    bandIds.add(band.id);
    // A band may name its own sub-scopes; a supplement's are checked against the framework it fills in.
    const aspects = bandAspects(framework, band);
    const scopes = new Map(aspects.map((a) => [a.id, new Set(a.scopes.map((s) => s.id))]));
    band.indicators.forEach((indicator, i) => {
      claim(indicator.id, `bands[${b}].indicators[${i}].id`);
      if (aspects.length === 0 || framework.supplements !== undefined) return;
      const aspectScopes = scopes.get(indicator.aspect);
      if (aspectScopes === undefined) {
        issues.push({ path: at(`bands[${b}].indicators[${i}].aspect`), code: "unknown_reference", message: `unknown aspect ${JSON.stringify(indicator.aspect)}` });
      } else if (!aspectScopes.has(indicator.scope)) {
        issues.push({
          path: at(`bands[${b}].indicators[${i}].scope`),
          code: "unknown_reference",
          message: `unknown scope ${JSON.stringify(indicator.scope)} of aspect ${JSON.stringify(indicator.aspect)}`,
        });
      }
    });
  });
  framework.elements.forEach((element, e) => {
    claim(element.id, `elements[${e}].id`);
    element.subElements.forEach((sub, s) => claim(sub.id, `elements[${e}].subElements[${s}].id`));
  });
  framework.learningGoals.forEach((goal, g) => claim(goal.id, `learningGoals[${g}].id`));
  return issues;
}

/**
 * Validates a centre's own framework (for example its learning goals under the CP
 * sub-elements, or a milestone list) with the schema the bundled frameworks use, and checks that
 * its ids are unique and its indicators name declared aspects and scopes.
 *
 * @param json - the framework as JSON text or an already parsed value
 * @returns the framework
 * @throws {@link ValidationError} listing every problem with its path (`bands[0].indicators[3].text.id: must not be empty`)
 * @example
 * ```ts
 * const mine = parseFramework(readFileSync("tp-2026.json", "utf8"));
 * mine.learningGoals.length; // => 24
 * ```
 * @category Curricula
 */
export function parseFramework(json: unknown): Framework {
  const issues: Issue[] = [];
  const framework = validate(FrameworkSchema, jsonValue(json), [], issues) as Framework | undefined;
  if (framework !== undefined) issues.push(...frameworkIssues(framework, ""));
  if (issues.length > 0 || framework === undefined) throw new ValidationError(issues);
  return framework;
}

/**
 * Validates a list of the centre's own activities (local lessons, or changed copies of bundled
 * ones) with the schema of the bundled catalog. Ids must be unique in the list; references to
 * prerequisites, materials and indicators are checked when the activities are added with
 * {@link extendCurriculum}.
 *
 * @param json - a JSON array of activities, as text or an already parsed value
 * @returns the activities
 * @throws {@link ValidationError} listing every problem with its path (`[2].ageMonths.to: …`)
 * @example
 * ```ts
 * const local = parseActivities('[{ "id": "mont.culture.membatik-jumputan", … }]');
 * local[0]?.origin; // => "centre"
 * ```
 * @category Curricula
 */
export function parseActivities(json: unknown): Activity[] {
  const issues: Issue[] = [];
  const value = jsonValue(json);
  const activities = validateList(ActivitySchema, value, [], issues) as Activity[];
  if (Array.isArray(value)) duplicateIds(value, "", issues);
  if (issues.length > 0) throw new ValidationError(issues);
  return activities;
}

/**
 * Validates a list of the centre's own materials (`{ id, name, copies }`).
 *
 * @param json - a JSON array of materials, as text or an already parsed value
 * @returns the materials
 * @throws {@link ValidationError} listing every problem with its path (`[0].copies: -1 is less than the minimum 0`)
 * @example
 * ```ts
 * parseMaterials('[{ "id": "mat.kain-jumputan", "name": { "id": "Kain jumputan" }, "copies": 4 }]')[0]?.copies; // => 4
 * ```
 * @category Curricula
 */
export function parseMaterials(json: unknown): Material[] {
  const issues: Issue[] = [];
  const value = jsonValue(json);
  const materials = validateList(MaterialSchema, value, [], issues) as Material[];
  if (Array.isArray(value)) duplicateIds(value, "", issues);
  if (issues.length > 0) throw new ValidationError(issues);
  return materials;
}

/**
 * Validates a list of the centre's own daily routines (`{ id: "routine.<slug>", name,
 * description, supports }`).
 *
 * @param json - a JSON array of routines, as text or an already parsed value
 * @returns the routines
 * @throws {@link ValidationError} listing every problem with its path
 * @example
 * ```ts
 * parseRoutines(text)[0]?.id; // => "routine.jumat-bersih"
 * ```
 * @category Curricula
 */
export function parseRoutines(json: unknown): Routine[] {
  const issues: Issue[] = [];
  const value = jsonValue(json);
  const routines = validateList(RoutineSchema, value, [], issues) as Routine[];
  if (Array.isArray(value)) duplicateIds(value, "", issues);
  if (issues.length > 0) throw new ValidationError(issues);
  return routines;
}

/** Replaces items with the same id in place, appends the others; returns a new array. */
function upsert<T extends { readonly id: string }>(existing: readonly T[], added: readonly T[]): T[] {
  const out = [...existing];
  for (const item of added) {
    const i = out.findIndex((x) => x.id === item.id);
    if (i >= 0) out[i] = item;
    else out.push(item);
  }
  return out;
}

function issueKey(issue: Issue): string {
  return `${issue.path}\u0000${issue.code}\u0000${issue.message}`;
}

/**
 * Adds a centre's own frameworks, activities, materials and routines to its curriculum, changes
 * material copies, retires activities and chooses the bundled data sets it uses — without editing
 * the package. Everything is validated:
 * the shape of each addition (with the model schemas), duplicate ids, and then the resulting
 * centre with {@link checkCentre} (unknown prerequisites, materials, indicators, CP sub-elements of
 * learning goals and retired ids; prerequisite cycles; journal entries that would lose the
 * indicator or activity they refer to, including the indicators of own routines). Nothing changes on error: the centre passed in is never
 * modified, and a new centre is returned only when there is no new problem.
 *
 * Own frameworks and routines must not reuse the id of a bundled one (drop the bundled data set
 * from `curriculum.bundled` to replace it); own activities and materials may, and then replace the
 * bundled item for this centre.
 *
 * @param centre - the centre
 * @param additions - what to add, change or retire
 * @returns a new centre with the extended curriculum
 * @throws {@link ValidationError} listing every problem with its path: paths inside the additions
 *   start with their list (`activities[0].ageMonths.to`), paths found by `checkCentre` refer to the
 *   resulting centre (`curriculum.activities[2].prerequisites[0]`)
 * @example
 * ```ts
 * const next = extendCurriculum(centre, {
 *   activities: parseActivities(activitiesJson),
 *   materials: parseMaterials(materialsJson),
 *   inventory: [{ material: "mat.pink-tower", copies: 2 }],
 *   retire: ["mont.culture.flags-of-the-world"],
 * });
 * resolveCurriculum(next).retired.has("mont.culture.flags-of-the-world"); // => true
 * ```
 * @category Curricula
 */
export function extendCurriculum(centre: Centre, additions: CurriculumAdditions): Centre {
  const issues: Issue[] = [];
  const frameworks: Framework[] = [];
  const frameworkIndex: number[] = [];
  (additions.frameworks ?? []).forEach((f, i) => {
    const parsed = validate(FrameworkSchema, f, ["frameworks", i], issues) as Framework | undefined;
    if (parsed === undefined) return;
    issues.push(...frameworkIssues(parsed, `frameworks[${i}]`));
    frameworks.push(parsed);
    frameworkIndex.push(i);
  });
  const activities = validateList(ActivitySchema, additions.activities ?? [], ["activities"], issues) as Activity[];
  const materials = validateList(MaterialSchema, additions.materials ?? [], ["materials"], issues) as Material[];
  const routines = validateList(RoutineSchema, additions.routines ?? [], ["routines"], issues) as Routine[];
  const inventory = validateList(InventoryItemSchema, additions.inventory ?? [], ["inventory"], issues) as InventoryItem[];
  const retire = validateList(ActivityIdSchema, additions.retire ?? [], ["retire"], issues);
  const bundled = additions.bundled === undefined ? centre.curriculum.bundled : validateList(ShortTextSchema, additions.bundled, ["bundled"], issues);
  (additions.bundled ?? []).forEach((id, i) => {
    if (!(BUNDLED_IDS as readonly string[]).includes(id)) {
      issues.push({ path: `bundled[${i}]`, code: "unknown_reference", message: `unknown bundled data set ${JSON.stringify(id)}; known: ${BUNDLED_IDS.join(", ")}` });
    }
  });
  duplicateIds(additions.frameworks ?? [], "frameworks", issues);
  duplicateIds(additions.activities ?? [], "activities", issues);
  duplicateIds(additions.materials ?? [], "materials", issues);
  duplicateIds(additions.routines ?? [], "routines", issues);
  duplicateIds(additions.inventory ?? [], "inventory", issues, "material");

  // Bundled frameworks and routines are added to the resolved curriculum as they are, so an own
  // one with the same id would appear twice; a bundled set must be dropped to replace them.
  const bundledFrameworks = new Map<string, string>();
  const bundledRoutines = new Map<string, string>();
  for (const set of bundled) {
    const data = bundledData(set);
    for (const f of data?.frameworks ?? []) bundledFrameworks.set(f.id, set);
    for (const r of data?.routines ?? []) bundledRoutines.set(r.id, set);
  }
  (additions.frameworks ?? []).forEach((f, i) => {
    const set = bundledFrameworks.get(f.id);
    if (set !== undefined) {
      issues.push({
        path: `frameworks[${i}].id`,
        code: "duplicate_id",
        message: `framework ${JSON.stringify(f.id)} is bundled in "${set}"; remove "${set}" from curriculum.bundled to replace it`,
      });
    }
  });
  const ownAfter = upsert(centre.curriculum.frameworks, frameworks);
  frameworks.forEach((f, k) => {
    if (f.supplements === undefined) return;
    const base =
      f.supplements === f.id
        ? undefined
        : (bundled.flatMap((set) => bundledData(set)?.frameworks ?? []).find((x) => x.id === f.supplements) ??
          ownAfter.find((x) => x.id === f.supplements && x.supplements === undefined));
    // Other supplements of the same framework count as already there: two never type the same sub-scope.
    const others = ownAfter.filter((x) => x.supplements === f.supplements && x.id !== f.id);
    const target = base === undefined ? undefined : mergeSupplements(base, others);
    issues.push(...supplementIssues(target, f, `frameworks[${frameworkIndex[k]}]`));
  });
  (additions.routines ?? []).forEach((r, i) => {
    const set = bundledRoutines.get(r.id);
    if (set !== undefined) {
      issues.push({ path: `routines[${i}].id`, code: "duplicate_id", message: `routine ${JSON.stringify(r.id)} is bundled in "${set}"; choose another id` });
    }
  });
  if (issues.length > 0) throw new ValidationError(issues);

  const inventoryOut = [...centre.inventory];
  for (const item of inventory) {
    const i = inventoryOut.findIndex((x) => x.material === item.material);
    if (i >= 0) inventoryOut[i] = item;
    else inventoryOut.push(item);
  }
  const retired = [...centre.curriculum.retiredActivities];
  for (const id of retire) if (!retired.includes(id)) retired.push(id);

  const next: Centre = {
    ...centre,
    inventory: inventoryOut,
    curriculum: {
      ...centre.curriculum,
      bundled: additions.bundled === undefined ? centre.curriculum.bundled : [...new Set(bundled)],
      frameworks: upsert(centre.curriculum.frameworks, frameworks),
      activities: upsert(centre.curriculum.activities, activities),
      materials: upsert(centre.curriculum.materials, materials),
      routines: upsert(centre.curriculum.routines, routines),
      retiredActivities: retired,
    },
  };

  const after = checkCentre(next);
  if (after.length > 0) {
    // Only problems the change introduces count; ones the centre already had are not ours to report.
    const before = new Set(checkCentre(centre).map(issueKey));
    const introduced = after.filter((issue) => !before.has(issueKey(issue)));
    if (introduced.length > 0) throw new ValidationError(introduced);
  }
  return next;
}
