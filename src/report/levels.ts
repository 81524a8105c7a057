/**
 * Level arithmetic for reports: ranks, distributions and the summary rule.
 *
 * @module
 */
import type { Level } from "../model/index.js";
import type { Distribution } from "./schema.js";

const BB_BSB: readonly Level[] = ["BB", "MB", "BSH", "BSB"];

/** A zero distribution. */
export function emptyDistribution(): Distribution {
  return { BB: 0, MB: 0, BSH: 0, BSB: 0, "belum-muncul": 0, "sudah-muncul": 0, achieved: 0, "not-yet": 0, "not-sure": 0 };
}

/** Whether a level means "shown" (BSH, BSB, sudah muncul, achieved). */
export function isShown(level: Level): boolean {
  return level === "BSH" || level === "BSB" || level === "sudah-muncul" || level === "achieved";
}

/** Whether a level means "not yet" (BB, belum muncul, not yet). */
export function isNotYet(level: Level): boolean {
  return level === "BB" || level === "belum-muncul" || level === "not-yet";
}

/**
 * The summary level of a section, by a documented rule:
 * - on the BB–BSB scale, the highest level that at least half of the assessed items have
 *   reached (so two items at BSH and two at MB give BSH; one BSH and three MB give MB);
 * - on a checklist, `sudah-muncul` when at least half of the observed items have appeared;
 * - for milestones, `achieved` when at least half are achieved, otherwise `not-yet`.
 * BB–BSB levels take precedence when a section mixes scales (CP sections that include STPPA
 * assessments through the crosswalk). Returns null when nothing was observed.
 *
 * @param levels - the latest level (on or before the end of the period) of each expected item
 *   that has one, including items last assessed before the period began
 * @returns the summary level or null
 * @example
 * ```ts
 * summaryLevel(["BSH", "BSH", "MB", "MB"]); // => "BSH"
 * summaryLevel(["BSH", "MB", "MB", "MB"]); // => "MB"
 * ```
 * @category Report
 */
export function summaryLevel(levels: readonly Level[]): Level | null {
  // One count per level, then the rule on the counts.
  let bb = 0;
  let mb = 0;
  let bsh = 0;
  let bsb = 0;
  let shown = 0;
  let hidden = 0;
  let achieved = 0;
  let milestones = 0;
  for (const l of levels) {
    if (l === "BB") bb++;
    else if (l === "MB") mb++;
    else if (l === "BSH") bsh++;
    else if (l === "BSB") bsb++;
    else if (l === "sudah-muncul") shown++;
    else if (l === "belum-muncul") hidden++;
    else {
      milestones++;
      if (l === "achieved") achieved++;
    }
  }
  const ranked = bb + mb + bsh + bsb;
  if (ranked > 0) {
    const half = Math.ceil(ranked / 2);
    if (bsb >= half) return "BSB";
    if (bsb + bsh >= half) return "BSH";
    if (bsb + bsh + mb >= half) return "MB";
    return "BB";
  }
  if (shown + hidden > 0) return shown >= Math.ceil((shown + hidden) / 2) ? "sudah-muncul" : "belum-muncul";
  if (milestones > 0) return achieved >= Math.ceil(milestones / 2) ? "achieved" : "not-yet";
  return null;
}

/** Rank of a level for comparing summaries (higher is further along). */
export function levelRank(level: Level): number {
  const r = BB_BSB.indexOf(level);
  if (r >= 0) return r;
  return isShown(level) ? 3 : level === "not-sure" ? 1 : 0;
}
