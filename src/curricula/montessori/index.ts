/**
 * The bundled Montessori catalog for 0–6 years: activities and materials.
 *
 * @module
 */
import type { Activity, Material } from "../../model/index.js";
import { INFANT_TODDLER_ACTIVITIES } from "./activities-infant-toddler.js";
import { LANGUAGE_MATH_CULTURE_ACTIVITIES } from "./activities-language-math-culture.js";
import { PRACTICAL_SENSORIAL_ACTIVITIES } from "./activities-practical-sensorial.js";
import { PRIMARY_ADDITION_ACTIVITIES } from "./activities-primary-additions.js";
import { INFANT_TODDLER_MATERIALS } from "./materials-infant-toddler.js";
import { LANGUAGE_MATH_CULTURE_MATERIALS } from "./materials-language-math-culture.js";
import { PRACTICAL_SENSORIAL_MATERIALS } from "./materials-practical-sensorial.js";

/**
 * The Montessori catalog shipped with tumbuh.
 *
 * @category Curricula
 */
export interface Catalog {
  readonly activities: readonly Activity[];
  readonly materials: readonly Material[];
}

let built: Catalog | undefined;

/**
 * The bundled Montessori catalog (practical life, sensorial, language, mathematics, culture,
 * including infant/toddler work and activities adapted to Indonesia), sorted by id.
 *
 * @returns the catalog (the same object on every call)
 * @example
 * ```ts
 * montessoriCatalog().activities.find((a) => a.id === "mont.sensorial.pink-tower")?.name.id;
 * // => "Menara Merah Muda"
 * ```
 * @category Curricula
 */
export function montessoriCatalog(): Catalog {
  built ??= {
    activities: [
      ...PRACTICAL_SENSORIAL_ACTIVITIES,
      ...LANGUAGE_MATH_CULTURE_ACTIVITIES,
      ...INFANT_TODDLER_ACTIVITIES,
      ...PRIMARY_ADDITION_ACTIVITIES,
    ].sort(byId) as unknown as Activity[],
    materials: [...PRACTICAL_SENSORIAL_MATERIALS, ...LANGUAGE_MATH_CULTURE_MATERIALS, ...INFANT_TODDLER_MATERIALS].sort(byId) as unknown as Material[],
  };
  return built;
}

function byId(a: { readonly id: string }, b: { readonly id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
