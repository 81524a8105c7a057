/**
 * The LMS arithmetic of the WHO Child Growth Standards (Methods and development, 2006, chapter 7
 * "Computation of centiles and z-scores"), as WHO's own software implements it (R packages
 * `anthro` and `anthroplus`): the z-score of a measurement, the restricted computation beyond
 * ±3 SD, reading L, M and S at a row and between two rows.
 *
 * Internal to the growth module.
 *
 * @module
 */
import type { LmsColumns } from "./tables/types.js";

/** L, M and S at one point. */
export interface Lms {
  readonly l: number;
  readonly m: number;
  readonly s: number;
}

/** The plain LMS z-score: z = ((y / M)^L − 1) / (S · L). */
export function lmsZ(y: number, p: Lms): number {
  return (Math.pow(y / p.m, p.l) - 1) / (p.s * p.l);
}

/** The measurement at `sd` standard deviations: SDk = M · (1 + L·S·k)^(1/L). */
export function lmsAt(p: Lms, sd: number): number {
  return p.m * Math.pow(1 + p.l * p.s * sd, 1 / p.l);
}

/**
 * The z-score WHO uses for weight-based indicators (weight-for-age, weight-for-length/height,
 * BMI-for-age): the LMS curve inside ±3 SD, and beyond it the distance from the ±3 SD curve in
 * units of the gap between the ±2 SD and ±3 SD curves, so that the long right tail of weight
 * does not squeeze extreme values together (Methods and development 2006, section 7.3).
 */
export function restrictedZ(y: number, p: Lms): number {
  const z = lmsZ(y, p);
  if (z > 3) {
    const sd3 = lmsAt(p, 3);
    return 3 + (y - sd3) / (sd3 - lmsAt(p, 2));
  }
  if (z < -3) {
    const sd3neg = lmsAt(p, -3);
    return -3 + (y - sd3neg) / (lmsAt(p, -2) - sd3neg);
  }
  return z;
}

/** Rows a table has for one sex. */
export function rowCount(c: LmsColumns): number {
  return c.m.length;
}

/** L, M and S at row `i` (which must exist). */
export function lmsRow(c: LmsColumns, i: number): Lms {
  const l = typeof c.l === "number" ? c.l : c.l[i]!;
  return { l, m: c.m[i]!, s: c.s[i]! };
}

/**
 * L, M and S at row `i` plus the fraction `f` (0 ≤ f < 1) of the way to row `i + 1`, each
 * interpolated linearly, as WHO's software does between 0.1 cm rows (weight-for-length/height) and
 * between monthly rows (WHO Reference 2007). With f = 0 it is row `i` itself.
 */
export function lmsBetween(c: LmsColumns, i: number, f: number): Lms {
  const a = lmsRow(c, i);
  if (f <= 0) return a;
  const b = lmsRow(c, i + 1);
  return { l: a.l + f * (b.l - a.l), m: a.m + f * (b.m - a.m), s: a.s + f * (b.s - a.s) };
}

/**
 * Rounds a z-score to two decimals as WHO's software prints it (`round(z, 2)`), halves away from
 * zero; never returns −0.
 */
export function round2(z: number): number {
  const r = Math.round(Math.abs(z) * 100) / 100;
  const out = z < 0 ? -r : r;
  return out === 0 ? 0 : out;
}
