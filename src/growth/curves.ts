/**
 * The WHO reference curves of a growth chart: the measurement at −3 … +3 SD for each month of an
 * age range, read from the same LMS tables as the z-scores (WHO Child Growth Standards 2006 up to
 * 60 months, WHO Reference 2007 from 61 months), with SDk = M · (1 + L·S·k)^(1/L).
 *
 * @module
 */
import type { Sex } from "../model/index.js";
import { type Lms, lmsAt, lmsRow, rowCount } from "./lms.js";
import { LHFA_2006 } from "./tables/who2006-lhfa.js";
import { WFA_2006 } from "./tables/who2006-wfa.js";
import { HFA_2007 } from "./tables/who2007-hfa.js";
import { WFA_2007 } from "./tables/who2007-wfa.js";
import type { LmsTable } from "./tables/types.js";

/**
 * One reference curve: the value at `sd` standard deviations at each age in months.
 *
 * @category Growth
 */
export interface ReferenceCurve {
  readonly sd: number;
  readonly points: readonly { readonly ageMonths: number; readonly value: number }[];
}

/** WHO's month: 365.25 / 12 days. */
const DAYS_PER_MONTH = 30.4375;

function row(table: LmsTable, sex: Sex, index: number): Lms | undefined {
  const c = sex === "male" ? table.male : table.female;
  const i = index - c.start;
  return i >= 0 && i < rowCount(c) ? lmsRow(c, i) : undefined;
}

/**
 * The −3 … +3 SD curves of weight-for-age (`wfa`, kg) or length/height-for-age (`lhfa`, cm) for
 * every whole month from `fromMonths` to `toMonths` where WHO has a table: the 2006 standards at
 * the day of the month (days = months × 30.4375, rounded) up to 60 months, the 2007 reference
 * from 61 months (weight-for-age to 120). Length/height-for-age is length (lying) below 731
 * days and height (standing) from 731, as WHO's tables are, so its curves step down by about
 * 0.7 cm at 24 months. Values are rounded to two decimals.
 *
 * @param indicator - `wfa` or `lhfa`
 * @param sex - the child's sex
 * @param fromMonths - first month (rounded down, at least 0)
 * @param toMonths - last month (rounded up)
 * @returns seven curves, from −3 to +3 SD
 * @example
 * ```ts
 * const curves = referenceCurves("wfa", "female", 48, 60);
 * curves.find((c) => c.sd === 0)?.points[0]; // => { ageMonths: 48, value: 16.07 }
 * ```
 * @category Growth
 */
export function referenceCurves(indicator: "wfa" | "lhfa", sex: Sex, fromMonths: number, toMonths: number): ReferenceCurve[] {
  const standard = indicator === "wfa" ? WFA_2006 : LHFA_2006;
  const reference = indicator === "wfa" ? WFA_2007 : HFA_2007;
  const ages: { months: number; lms: Lms }[] = [];
  const from = Math.max(0, Math.floor(fromMonths));
  const to = Math.ceil(toMonths);
  for (let m = from; m <= to; m++) {
    const lms = m <= 60 ? row(standard, sex, Math.round(m * DAYS_PER_MONTH)) : row(reference, sex, m);
    if (lms !== undefined) ages.push({ months: m, lms });
  }
  const out: ReferenceCurve[] = [];
  for (let sd = -3; sd <= 3; sd++) {
    out.push({ sd, points: ages.map((a) => ({ ageMonths: a.months, value: Math.round(lmsAt(a.lms, sd) * 100) / 100 })) });
  }
  return out;
}
