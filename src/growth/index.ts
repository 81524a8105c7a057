/**
 * Growth against the WHO standards Indonesia adopted (Permenkes No. 2 Tahun 2020 tentang Standar
 * Antropometri Anak): z-scores by WHO's method and the regulation's nutrition-status categories.
 * The WHO tables live in this module only, so an app that never imports it does not ship them.
 *
 * @module
 */
export {
  GROWTH_INDICATORS,
  type GrowthIndicator,
  GrowthIndicatorSchema,
  type GrowthInput,
  GrowthInputSchema,
  type GrowthZScores,
  type ZScore,
  type ZScoreUnavailableReason,
  growthZScores,
  measurementZScores,
} from "./zscores.js";
export {
  type AnthropometricIndex,
  type GrowthLabel,
  NUTRITION_CATEGORIES,
  type NutritionCategory,
  type NutritionCategoryCode,
  type NutritionCategoryDefinition,
  type NutritionStatus,
  type NutritionTable,
  type NutritionUncategorizedReason,
  nutritionCategory,
  nutritionStatus,
} from "./status.js";
export { type ReferenceCurve, referenceCurves } from "./curves.js";
