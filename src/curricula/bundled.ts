/**
 * The data sets shipped with tumbuh, by id.
 *
 * @module
 */
import type { Activity, Framework, Material, Routine } from "../model/index.js";
import { cdc2022 } from "./cdc-2022/index.js";
import { merdekaCp, sampleLearningGoals } from "./merdeka-cp/index.js";
import { montessoriCatalog } from "./montessori/index.js";
import { stppa2014 } from "./stppa-2014/index.js";
import { ROUTINES } from "./stppa-2014/routines.js";

/** What one bundled data set contributes. */
export interface BundledData {
  readonly frameworks: readonly Framework[];
  readonly activities: readonly Activity[];
  readonly materials: readonly Material[];
  readonly routines: readonly Routine[];
}

const EMPTY: BundledData = { frameworks: [], activities: [], materials: [], routines: [] };

/**
 * The contents of a bundled data set, or undefined for an unknown id.
 *
 * @param id - `stppa2014`, `merdeka-cp`, `sample-goals`, `cdc2022` or `montessori`
 */
export function bundledData(id: string): BundledData | undefined {
  switch (id) {
    case "stppa2014":
      return { ...EMPTY, frameworks: [stppa2014()], routines: ROUTINES as unknown as Routine[] };
    case "merdeka-cp":
      return { ...EMPTY, frameworks: [merdekaCp()] };
    case "sample-goals":
      return { ...EMPTY, frameworks: [sampleLearningGoals()] };
    case "cdc2022":
      return { ...EMPTY, frameworks: [cdc2022()] };
    case "montessori": {
      const catalog = montessoriCatalog();
      return { ...EMPTY, activities: catalog.activities, materials: catalog.materials };
    }
    default:
      return undefined;
  }
}
