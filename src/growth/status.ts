/**
 * Nutrition status (status gizi) in the categories of Permenkes No. 2 Tahun 2020 tentang Standar
 * Antropometri Anak, read from WHO z-scores.
 *
 * Source: Peraturan Menteri Kesehatan Republik Indonesia Nomor 2 Tahun 2020 tentang Standar
 * Antropometri Anak (8 January 2020), Lampiran, table "Kategori dan Ambang Batas Status Gizi
 * Anak". The Indonesian labels, the English terms the regulation gives in brackets and the
 * thresholds are the regulation's; where it gives no English term the English is ours and says
 * so (`englishFrom: "ours"`); the `code`s are ours. Checked against quotations of the table in
 * Indonesian training material for WHO Anthro (BB/U and PB/U–TB/U with their thresholds, the
 * obesity thresholds of BB/PB–BB/TB and IMT/U); the other rows follow the same table as it is
 * commonly quoted and should be re-read against the regulation's own PDF. Complete for the four indices the regulation
 * categorises (BB/U, PB/U or TB/U, BB/PB or BB/TB, IMT/U). The regulation gives no categories for
 * head circumference (LK/U) nor for weight-for-age or height-for-age from 5 years: those have a
 * z-score but no category here.
 *
 * @module
 */
import type { GrowthIndicator, GrowthZScores } from "./zscores.js";

/**
 * The anthropometric index of Permenkes 2/2020 a category belongs to: BB/U (berat badan menurut
 * umur), PB/U or TB/U (panjang / tinggi badan menurut umur), BB/PB or BB/TB (berat badan
 * menurut panjang / tinggi badan), IMT/U (indeks massa tubuh menurut umur); and LK/U (lingkar
 * kepala menurut umur), which has WHO z-scores but no category in the regulation.
 *
 * @category Growth
 */
export type AnthropometricIndex = "BB/U" | "PB/U" | "TB/U" | "BB/PB" | "BB/TB" | "IMT/U" | "LK/U";

/**
 * A label in Bahasa Indonesia and English.
 *
 * @category Growth
 */
export interface GrowthLabel {
  readonly id: string;
  readonly en: string;
}

/**
 * The stable code of a nutrition-status category (ours; the words are the regulation's).
 *
 * @category Growth
 */
export type NutritionCategoryCode =
  | "severely-underweight"
  | "underweight"
  | "normal-weight"
  | "risk-of-overweight"
  | "severely-stunted"
  | "stunted"
  | "normal-height"
  | "tall"
  | "severely-wasted"
  | "wasted"
  | "normal"
  | "possible-risk-of-overweight"
  | "overweight"
  | "obese"
  | "severely-thin"
  | "thin";

/**
 * One category of a Permenkes 2/2020 table: its code, the regulation's label (Indonesian, and
 * the English term the regulation gives in brackets), its threshold as the regulation writes it
 * and the z range it covers (`min` inclusive, `max` inclusive; absent = unbounded).
 *
 * @category Growth
 */
export interface NutritionCategoryDefinition {
  readonly code: NutritionCategoryCode;
  readonly label: GrowthLabel;
  /**
   * Where the English label comes from: `permenkes` when the regulation gives it in brackets
   * after the Indonesian term, `ours` when it gives none and the English is our translation.
   */
  readonly englishFrom: "permenkes" | "ours";
  /** The threshold column of the regulation ("Ambang Batas (Z-Score)"). */
  readonly threshold: string;
  /** Lowest z in the category (inclusive). */
  readonly minZ?: number;
  /** Highest z in the category (inclusive). */
  readonly maxZ?: number;
}

/**
 * The tables of Permenkes 2/2020 by which z-scores are categorised.
 *
 * @category Growth
 */
export type NutritionTable = "wfa-0-60" | "lhfa-0-60" | "wflh-0-60" | "bmifa-0-60" | "bmifa-5-18";

/** A label whose English the regulation gives. */
const L = (id: string, en: string) => ({ label: { id, en } as GrowthLabel, englishFrom: "permenkes" as const });
/** A label whose English is ours (the regulation gives the Indonesian term only). */
const OURS = (id: string, en: string) => ({ label: { id, en } as GrowthLabel, englishFrom: "ours" as const });

/*
 * Reading the thresholds on two-decimal z-scores: "< −3 SD" is z < −3; "−3 SD sd < −2 SD" is
 * −3 ≤ z < −2; "−2 SD sd +1 SD" is −2 ≤ z ≤ +1; "> +1 SD sd +2 SD" is +1 < z ≤ +2; "> +3 SD" is
 * z > 3. For IMT/U 5–18 the regulation writes "+1 SD sd +2 SD" for gizi lebih while gizi baik
 * ends at "+1 SD": we read +1.00 as gizi baik, like the other tables (our reading).
 */
const BELOW_3 = { maxZ: -3.01 };
const MINUS_3_TO_2 = { minZ: -3, maxZ: -2.01 };

/**
 * Every category of Permenkes 2/2020, per table, in order from the lowest z.
 *
 * @example
 * ```ts
 * NUTRITION_CATEGORIES["lhfa-0-60"].map((c) => c.label.id); // => ["Sangat pendek", "Pendek", "Normal", "Tinggi"]
 * ```
 * @category Growth
 */
export const NUTRITION_CATEGORIES: Readonly<Record<NutritionTable, readonly NutritionCategoryDefinition[]>> = {
  "wfa-0-60": [
    { code: "severely-underweight", ...L("Berat badan sangat kurang", "severely underweight"), threshold: "< -3 SD", ...BELOW_3 },
    { code: "underweight", ...L("Berat badan kurang", "underweight"), threshold: "-3 SD sd < -2 SD", ...MINUS_3_TO_2 },
    { code: "normal-weight", ...OURS("Berat badan normal", "normal weight"), threshold: "-2 SD sd +1 SD", minZ: -2, maxZ: 1 },
    { code: "risk-of-overweight", ...OURS("Risiko berat badan lebih", "risk of overweight"), threshold: "> +1 SD", minZ: 1.01 },
  ],
  "lhfa-0-60": [
    { code: "severely-stunted", ...L("Sangat pendek", "severely stunted"), threshold: "< -3 SD", ...BELOW_3 },
    { code: "stunted", ...L("Pendek", "stunted"), threshold: "-3 SD sd < -2 SD", ...MINUS_3_TO_2 },
    { code: "normal-height", ...OURS("Normal", "normal"), threshold: "-2 SD sd +3 SD", minZ: -2, maxZ: 3 },
    { code: "tall", ...OURS("Tinggi", "tall"), threshold: "> +3 SD", minZ: 3.01 },
  ],
  "wflh-0-60": [
    { code: "severely-wasted", ...L("Gizi buruk", "severely wasted"), threshold: "< -3 SD", ...BELOW_3 },
    { code: "wasted", ...L("Gizi kurang", "wasted"), threshold: "-3 SD sd < -2 SD", ...MINUS_3_TO_2 },
    { code: "normal", ...L("Gizi baik", "normal"), threshold: "-2 SD sd +1 SD", minZ: -2, maxZ: 1 },
    { code: "possible-risk-of-overweight", ...L("Berisiko gizi lebih", "possible risk of overweight"), threshold: "> +1 SD sd +2 SD", minZ: 1.01, maxZ: 2 },
    { code: "overweight", ...L("Gizi lebih", "overweight"), threshold: "> +2 SD sd +3 SD", minZ: 2.01, maxZ: 3 },
    { code: "obese", ...L("Obesitas", "obese"), threshold: "> +3 SD", minZ: 3.01 },
  ],
  "bmifa-0-60": [
    { code: "severely-wasted", ...L("Gizi buruk", "severely wasted"), threshold: "< -3 SD", ...BELOW_3 },
    { code: "wasted", ...L("Gizi kurang", "wasted"), threshold: "-3 SD sd < -2 SD", ...MINUS_3_TO_2 },
    { code: "normal", ...L("Gizi baik", "normal"), threshold: "-2 SD sd +1 SD", minZ: -2, maxZ: 1 },
    { code: "possible-risk-of-overweight", ...L("Berisiko gizi lebih", "possible risk of overweight"), threshold: "> +1 SD sd +2 SD", minZ: 1.01, maxZ: 2 },
    { code: "overweight", ...L("Gizi lebih", "overweight"), threshold: "> +2 SD sd +3 SD", minZ: 2.01, maxZ: 3 },
    { code: "obese", ...L("Obesitas", "obese"), threshold: "> +3 SD", minZ: 3.01 },
  ],
  "bmifa-5-18": [
    { code: "severely-thin", ...L("Gizi buruk", "severely thinness"), threshold: "< -3 SD", ...BELOW_3 },
    { code: "thin", ...L("Gizi kurang", "thinness"), threshold: "-3 SD sd < -2 SD", ...MINUS_3_TO_2 },
    { code: "normal", ...L("Gizi baik", "normal"), threshold: "-2 SD sd +1 SD", minZ: -2, maxZ: 1 },
    { code: "overweight", ...L("Gizi lebih", "overweight"), threshold: "+1 SD sd +2 SD", minZ: 1.01, maxZ: 2 },
    { code: "obese", ...L("Obesitas", "obese"), threshold: "> +2 SD", minZ: 2.01 },
  ],
};

/**
 * The Permenkes 2/2020 category of one z-score.
 *
 * @category Growth
 */
export interface NutritionCategory {
  readonly indicator: GrowthIndicator;
  /** The index as Permenkes names it for this age and measurement (PB/U below 24 months, TB/U from 24). */
  readonly index: AnthropometricIndex;
  readonly table: NutritionTable;
  readonly code: NutritionCategoryCode;
  readonly label: GrowthLabel;
  /** Whether the English label is the regulation's or ours (see {@link NutritionCategoryDefinition}). */
  readonly englishFrom: "permenkes" | "ours";
  readonly threshold: string;
  /** The z-score categorised. */
  readonly z: number;
  /** WHO's implausible-value flag of the z-score: check the measurement before trusting the category. */
  readonly flagged: boolean;
}

/**
 * Why an indicator has no category: `no-z-score` (see the z-scores' `unavailable`) or
 * `no-category` (Permenkes 2/2020 categorises neither head circumference nor, from 5 years,
 * weight-for-age and height-for-age).
 *
 * @category Growth
 */
export type NutritionUncategorizedReason = "no-z-score" | "no-category";

/**
 * The nutrition status of one measurement: a category per index that has one.
 *
 * @category Growth
 */
export interface NutritionStatus {
  readonly wfa?: NutritionCategory;
  readonly lhfa?: NutritionCategory;
  readonly wflh?: NutritionCategory;
  readonly bmifa?: NutritionCategory;
  /** Indicators without a category, with the reason, in indicator order. */
  readonly uncategorized: readonly { readonly indicator: GrowthIndicator; readonly reason: NutritionUncategorizedReason }[];
}

/**
 * The category of a z-score in one Permenkes 2/2020 table (z as {@link growthZScores} gives it,
 * two decimals).
 *
 * @param table - the table
 * @param z - the z-score
 * @returns the category whose range holds z
 * @example
 * ```ts
 * nutritionCategory("lhfa-0-60", -2).code; // => "normal-height"
 * nutritionCategory("lhfa-0-60", -2.01).label.id; // => "Pendek"
 * ```
 * @category Growth
 */
export function nutritionCategory(table: NutritionTable, z: number): NutritionCategoryDefinition {
  const categories = NUTRITION_CATEGORIES[table];
  // The bounds are two-decimal values; a z with more decimals is read as WHO prints it.
  const r = Math.round(z * 100) / 100;
  for (let i = categories.length - 1; i > 0; i--) {
    const c = categories[i]!;
    if (c.minZ !== undefined && r >= c.minZ) return c;
  }
  return categories[0]!;
}

function tableOf(indicator: GrowthIndicator, under5: boolean): NutritionTable | undefined {
  if (!under5) return indicator === "bmifa" ? "bmifa-5-18" : undefined;
  switch (indicator) {
    case "wfa":
      return "wfa-0-60";
    case "lhfa":
      return "lhfa-0-60";
    case "wflh":
      return "wflh-0-60";
    case "bmifa":
      return "bmifa-0-60";
    case "hcfa":
      return undefined;
    default:
      return indicator satisfies never;
  }
}

function indexOf(indicator: GrowthIndicator, lengthBased: boolean): AnthropometricIndex {
  switch (indicator) {
    case "wfa":
      return "BB/U";
    case "lhfa":
      return lengthBased ? "PB/U" : "TB/U";
    case "wflh":
      return lengthBased ? "BB/PB" : "BB/TB";
    case "bmifa":
      return "IMT/U";
    case "hcfa":
      return "LK/U";
    default:
      return indicator satisfies never;
  }
}

/**
 * The nutrition status (status gizi) of a measurement in the categories of Permenkes No. 2 Tahun
 * 2020: BB/U, PB/U or TB/U, BB/PB or BB/TB and IMT/U for 0–60 months, IMT/U for 5–18 years.
 * Thresholds are applied to the two-decimal z-scores (−2.00 is still normal, −2.01 is not).
 * A category describes a measurement, not a diagnosis: a flagged z-score asks for the child to be
 * measured again, and any category outside normal is for the Posyandu or Puskesmas to assess.
 *
 * @param scores - the z-scores of one measurement ({@link growthZScores})
 * @returns a category per indicator that has one, and why the others have none
 * @example
 * ```ts
 * const s = nutritionStatus(growthZScores({ sex: "male", birthDate: "2023-03-01", date: "2026-03-02", weightKg: 11, heightCm: 88 }));
 * s.lhfa?.index; // => "TB/U"
 * s.lhfa?.label; // => { id: "Pendek", en: "stunted" }
 * ```
 * @category Growth
 */
export function nutritionStatus(scores: GrowthZScores): NutritionStatus {
  const under5 = scores.standard === "who2006";
  const out: { -readonly [K in keyof NutritionStatus]: NutritionStatus[K] } = { uncategorized: [] };
  const uncategorized: { indicator: GrowthIndicator; reason: NutritionUncategorizedReason }[] = [];
  for (const indicator of ["wfa", "lhfa", "wflh", "bmifa", "hcfa"] as const) {
    const zs = scores[indicator];
    if (zs === undefined) {
      uncategorized.push({ indicator, reason: "no-z-score" });
      continue;
    }
    const table = tableOf(indicator, under5);
    if (table === undefined || indicator === "hcfa") {
      uncategorized.push({ indicator, reason: "no-category" });
      continue;
    }
    const c = nutritionCategory(table, zs.z);
    out[indicator] = {
      indicator,
      index: indexOf(indicator, scores.lengthBased),
      table,
      code: c.code,
      label: c.label,
      englishFrom: c.englishFrom,
      threshold: c.threshold,
      z: zs.z,
      flagged: zs.flagged,
    };
  }
  out.uncategorized = uncategorized;
  return out;
}
