/**
 * The curriculum a centre actually uses: the bundled data sets it names, plus its own
 * frameworks, activities, materials and routines, with inventory copies applied and retired
 * activities marked. Resolved once per centre object and cached (the centre is immutable).
 *
 * @module
 */
import type {
  Activity,
  ActivityId,
  AgeBand,
  Centre,
  Element,
  Framework,
  Indicator,
  IndicatorId,
  LearningGoal,
  Material,
  MaterialId,
  Routine,
  SubElement,
} from "../model/index.js";
import { bundledData } from "./bundled.js";
import { mergeSupplements } from "./supplement.js";

/**
 * What an assessable id refers to.
 *
 * @category Curricula
 */
export type IndicatorRef =
  | { readonly kind: "indicator"; readonly framework: Framework; readonly band: AgeBand; readonly indicator: Indicator }
  | { readonly kind: "element"; readonly framework: Framework; readonly element: Element }
  | { readonly kind: "sub-element"; readonly framework: Framework; readonly element: Element; readonly subElement: SubElement }
  | { readonly kind: "learning-goal"; readonly framework: Framework; readonly goal: LearningGoal };

/**
 * A centre's curriculum, resolved.
 *
 * @category Curricula
 */
export interface ResolvedCurriculum {
  readonly frameworks: readonly Framework[];
  /** Every assessable id: indicators, CP elements and sub-elements, learning goals. */
  readonly indicators: ReadonlyMap<string, IndicatorRef>;
  /** Every activity including retired ones, sorted by id. */
  readonly activities: ReadonlyMap<string, Activity>;
  /** Ids of retired activities (not planned any more; records about them remain valid). */
  readonly retired: ReadonlySet<string>;
  /** Materials with the centre's copies applied. */
  readonly materials: ReadonlyMap<string, Material>;
  readonly routines: readonly Routine[];
}

/** Cache for curricula made of bundled data only, by the list of bundled ids. */
const bundledOnly = new Map<string, ResolvedCurriculum>();

/** Cache: curriculum object → inventory array → resolved curriculum. */
const cache = new WeakMap<object, WeakMap<object, ResolvedCurriculum>>();

/**
 * Resolves the curriculum of a centre (bundled sets + own additions + inventory).
 *
 * @param centre - the centre
 * @returns the resolved curriculum (cached per centre object)
 * @example
 * ```ts
 * const cur = resolveCurriculum(centre);
 * cur.activities.get("mont.sensorial.pink-tower")?.name.id; // => "Menara Merah Muda"
 * ```
 * @category Curricula
 */
export function resolveCurriculum(centre: Pick<Centre, "curriculum" | "inventory">): ResolvedCurriculum {
  const c = centre.curriculum;
  if (
    c.frameworks.length === 0 &&
    c.activities.length === 0 &&
    c.materials.length === 0 &&
    c.routines.length === 0 &&
    c.retiredActivities.length === 0 &&
    centre.inventory.length === 0
  ) {
    // Bundled data only (the common case, and every freshly parsed copy of a document): share one
    // resolution per list of bundled ids instead of one per centre object.
    const key = c.bundled.join(",");
    let shared = bundledOnly.get(key);
    if (shared === undefined) {
      shared = build(centre);
      bundledOnly.set(key, shared);
    }
    return shared;
  }
  let byInventory = cache.get(centre.curriculum);
  if (byInventory === undefined) {
    byInventory = new WeakMap();
    cache.set(centre.curriculum, byInventory);
  }
  let resolved = byInventory.get(centre.inventory);
  if (resolved === undefined) {
    resolved = build(centre);
    byInventory.set(centre.inventory, resolved);
  }
  return resolved;
}

function build(centre: Pick<Centre, "curriculum" | "inventory">): ResolvedCurriculum {
  const frameworks: Framework[] = [];
  const activities = new Map<string, Activity>();
  const materials = new Map<string, Material>();
  const routines = new Map<string, Routine>();
  for (const id of centre.curriculum.bundled) {
    const data = bundledData(id);
    if (data === undefined) continue;
    frameworks.push(...data.frameworks);
    for (const a of data.activities) activities.set(a.id, a);
    for (const m of data.materials) materials.set(m.id, m);
    for (const r of data.routines) routines.set(r.id, r);
  }
  // A framework that fills in another's bands (the STPPA bands a centre typed) is merged into it
  // and is not listed on its own.
  const supplements = centre.curriculum.frameworks.filter((f) => f.supplements !== undefined);
  frameworks.push(...centre.curriculum.frameworks.filter((f) => f.supplements === undefined));
  if (supplements.length > 0) {
    for (let i = 0; i < frameworks.length; i++) {
      const f = frameworks[i]!;
      frameworks[i] = mergeSupplements(f, supplements.filter((s) => s.supplements === f.id));
    }
  }
  for (const a of centre.curriculum.activities) activities.set(a.id, a);
  for (const m of centre.curriculum.materials) materials.set(m.id, m);
  // A centre's own routine with a bundled routine's id replaces it.
  for (const r of centre.curriculum.routines) routines.set(r.id, r);
  for (const item of centre.inventory) {
    const m = materials.get(item.material);
    if (m !== undefined) materials.set(m.id, { ...m, copies: item.copies });
  }
  const indicators = new Map<string, IndicatorRef>();
  for (const framework of frameworks) {
    for (const band of framework.bands) {
      for (const indicator of band.indicators) indicators.set(indicator.id, { kind: "indicator", framework, band, indicator });
    }
    for (const element of framework.elements) {
      indicators.set(element.id, { kind: "element", framework, element });
      for (const subElement of element.subElements) {
        indicators.set(subElement.id, { kind: "sub-element", framework, element, subElement });
      }
    }
    for (const goal of framework.learningGoals) indicators.set(goal.id, { kind: "learning-goal", framework, goal });
  }
  const sortedActivities = new Map([...activities.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    frameworks,
    indicators,
    activities: sortedActivities,
    retired: new Set(centre.curriculum.retiredActivities),
    materials,
    routines: [...routines.values()],
  };
}

/**
 * The band of a framework that contains an age in completed months, if any.
 *
 * @param framework - a framework with age bands
 * @param months - completed months
 * @returns the band, or undefined when the age is outside every band
 * @example
 * ```ts
 * bandForAge(stppa, 55)?.id; // => "48-60"
 * ```
 * @category Curricula
 */
export function bandForAge(framework: Framework, months: number): AgeBand | undefined {
  for (const band of framework.bands) if (months >= band.fromMonths && months < band.toMonths) return band;
  return undefined;
}

/** Re-exported id types for callers that only import this module. */
export type { ActivityId, IndicatorId, MaterialId };
