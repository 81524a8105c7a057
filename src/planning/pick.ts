/**
 * Picking: each child's lessons for the week, chosen greedily from the candidates within the
 * weekly limits, drifting toward the child's area balance, with the grouping weight that brings
 * children ready for the same small-group or whole-class lesson together.
 *
 * @module
 */
import type { Activity, Area } from "../model/index.js";
import type { Candidate } from "./choose.js";
import { SCORE_WEIGHTS } from "./defaults.js";

/**
 * The grouping weight of each lesson: a small-group or whole-class lesson that is a candidate for
 * several children of the group scores `groupPerChild` per other child, up to `groupCap` (and the
 * lesson's own limit), so children ready for the same presentation tend to get it together.
 *
 * @param candidates - every child's candidates
 * @returns per activity id, the weight (absent when 0)
 */
export function groupWeights(candidates: readonly (readonly Candidate[])[]): Map<string, number> {
  const ready = new Map<string, { activity: Activity; n: number }>();
  for (const list of candidates) {
    for (const c of list) {
      if (c.activity.maxChildren <= 1) continue;
      const r = ready.get(c.activity.id);
      if (r) r.n++;
      else ready.set(c.activity.id, { activity: c.activity, n: 1 });
    }
  }
  const out = new Map<string, number>();
  for (const [id, { activity, n }] of ready) {
    const others = Math.min(n - 1, SCORE_WEIGHTS.groupCap, activity.maxChildren - 1);
    if (others > 0) out.set(id, others * SCORE_WEIGHTS.groupPerChild);
  }
  return out;
}

function byTie(a: Candidate, b: Candidate): number {
  return a.tie - b.tie || (a.activity.id < b.activity.id ? -1 : a.activity.id > b.activity.id ? 1 : 0);
}

/** A child's running tally for the week. */
export interface ChildTally {
  readonly areaCounts: Record<Area, number>;
  newCount: number;
  againCount: number;
  /** Activities already tried this week (placed, unplaced or blocked). */
  readonly tried: Set<string>;
}

/** A candidate picked for a child, with its final score (area term included). */
export interface Pick {
  readonly candidate: Candidate;
  readonly score: number;
}

/**
 * Picks the child's next lessons greedily: the best candidate by base score plus its grouping
 * weight plus `areaDeficit × (share × (picks + 1) − picks in area)` (ties: seeded key, then id),
 * until both weekly limits are reached.
 * A candidate whose material has zero copies is returned in `blocked` and does not count.
 *
 * @param candidates - from {@link childCandidates}
 * @param balance - the child's area shares (sum 1)
 * @param tally - the child's tally (updated for the picks)
 * @param groupWeight - from {@link groupWeights}
 * @param limits - weekly limits
 * @param hasZeroCopies - whether an activity needs a material the centre has 0 copies of
 */
export function pickLessons(
  candidates: readonly Candidate[],
  balance: Record<Area, number>,
  tally: ChildTally,
  groupWeight: ReadonlyMap<string, number>,
  limits: { readonly maxNew: number; readonly maxPracticeAgain: number },
  hasZeroCopies: (activity: Activity) => boolean,
): { picks: Pick[]; blocked: Pick[] } {
  const picks: Pick[] = [];
  const blocked: Pick[] = [];
  const counts = { ...tally.areaCounts };
  let total = 0;
  for (const a of Object.values(counts)) total += a;
  for (;;) {
    const newOpen = tally.newCount < limits.maxNew;
    const againOpen = tally.againCount < limits.maxPracticeAgain;
    if (!newOpen && !againOpen) break;
    let best: Candidate | undefined;
    let bestScore = 0;
    for (const c of candidates) {
      if (c.kind === "new" ? !newOpen : !againOpen) continue;
      // Rounded so that float noise (0.1 + 0.2) never decides between two equal scores.
      const group = groupWeight.get(c.activity.id) ?? 0;
      const score = round6(c.base + group + SCORE_WEIGHTS.areaDeficit * (balance[c.activity.area] * (total + 1) - counts[c.activity.area]));
      if (best !== undefined && (score < bestScore || (score === bestScore && byTie(c, best) > 0))) continue;
      if (tally.tried.has(c.activity.id)) continue;
      best = c;
      bestScore = score;
    }
    if (best === undefined) break;
    tally.tried.add(best.activity.id);
    const pick = { candidate: best, score: round2(bestScore) };
    if (hasZeroCopies(best.activity)) {
      blocked.push(pick);
      continue;
    }
    picks.push(pick);
    counts[best.activity.area] += 1;
    total += 1;
    if (best.kind === "new") tally.newCount++;
    else tally.againCount++;
  }
  return { picks, blocked };
}

function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** Rounds to two decimals (scores are shown to people and compared in tests). */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
