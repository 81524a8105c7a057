export { stppa2014 } from "./stppa-2014/index.js";
export { STPPA_LEVEL_DEFINITIONS, type StppaLevelDefinition } from "./stppa-2014/scale.js";
export { MEASUREMENT_INDICATORS, type MeasurementIndicator, type GrowthMeasure } from "./stppa-2014/routines.js";
export { merdekaCp, sampleLearningGoals } from "./merdeka-cp/index.js";
export { CHECKLIST_SOURCES, CHECKLIST_VALUES, type ChecklistValue, type ChecklistValueInfo } from "./merdeka-cp/checklist.js";
export type { CpText } from "./merdeka-cp/elements.js";
export { STPPA_TO_CP, type StppaAspect, type StppaScope, type StppaToCpRow } from "./crosswalk.js";
export { cdc2022 } from "./cdc-2022/index.js";
export { CDC_RELATIONS, type CdcRelation } from "./cdc-2022/crosswalk.js";
export { montessoriCatalog, type Catalog } from "./montessori/index.js";
export { bandForAge, type IndicatorRef, type ResolvedCurriculum, resolveCurriculum } from "./resolve.js";
export { dependentsCount, gatewayCounts, inAgeWindow, type PrerequisiteRule, prerequisitesMet } from "./sequence.js";
export { type CoverageRow, type CoverageSources, type CurriculumCoverage, curriculumCoverage } from "./coverage.js";
export {
  type CurriculumAdditions,
  extendCurriculum,
  type InventoryItemInput,
  parseActivities,
  parseFramework,
  parseMaterials,
  parseRoutines,
  type RoutineInput,
} from "./own-data.js";
export { bandAspects } from "./supplement.js";
export {
  loadStppaBands,
  parseStppaBandsCsv,
  type StppaBandsCsvOptions,
  type StppaBandsTemplateOptions,
  stppaBandsCsvTemplate,
  TYPED_STPPA_FRAMEWORK_ID,
  TYPED_STPPA_SOURCE_KEY,
} from "./stppa-bands-csv.js";
