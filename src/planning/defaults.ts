/**
 * The documented defaults of weekly plans: option defaults, scoring weights, need points and the
 * area balance by age.
 *
 * @module
 */
import type { Area } from "../model/index.js";
import type { AreaBalance } from "./options.js";

/**
 * The defaults of {@link WeeklyPlanOptions}.
 *
 * @example
 * ```ts
 * PLAN_DEFAULTS.slotsPerDay; // => 3
 * ```
 * @category Planning
 */
export const PLAN_DEFAULTS = {
  slotsPerDay: 3,
  maxNewPresentationsPerChild: 4,
  /**
   * First presentations per week for a child under 36 months when the option is not given: our
   * default (not a source's). Nido and Infant Community lessons are short (5–10 minutes) and
   * given one child at a time, so a toddler meets more of them in a week than a 3–6 child.
   */
  maxNewPresentationsPerChildUnder3: 6,
  maxPracticeAgainPerChild: 1,
  practiceAgainAfterDays: 14,
  prerequisiteRule: "mastered",
  educatorMinutesPerSlot: 60,
  seed: 0,
} as const;

/**
 * How a candidate lesson is scored for a child (higher first). Documented in `docs/planning.md`.
 *
 * - `needPoint`: per need point of the child's needs the lesson supports (three strongest count).
 * - `gatewayPerDependent`: per lesson that lists it as a prerequisite, up to `gatewayCap`.
 * - `waitingPerWeek`: per full week the lesson has been ready (new) or not seen (in practice), up
 *   to `waitingCapWeeks`.
 * - `theme`: the lesson belongs to the week's theme.
 * - `groupPerChild`: for a small-group or whole-class lesson, per other child of the group for
 *   whom it is also a candidate, up to `groupCap`, so children ready for the same presentation
 *   tend to get it together.
 * - `areaDeficit`: times the area's deficit in the child's week (target share × picks − picks in
 *   the area), so the week drifts toward the area balance.
 *
 * @example
 * ```ts
 * SCORE_WEIGHTS.needPoint; // => 4
 * ```
 * @category Planning
 */
export const SCORE_WEIGHTS = {
  needPoint: 4,
  needsCounted: 3,
  gatewayPerDependent: 2,
  gatewayCap: 4,
  waitingPerWeek: 1,
  waitingCapWeeks: 8,
  theme: 6,
  groupPerChild: 1,
  groupCap: 3,
  areaDeficit: 10,
} as const;

/**
 * Need points per level: BB and *belum muncul* 3, MB 2; CDC milestones not reached for the age
 * weigh more (issue 6): *not yet* 4, *not sure* 3; ids in `extraNeeds` 3.
 *
 * @example
 * ```ts
 * NEED_POINTS.MB; // => 2
 * ```
 * @category Planning
 */
export const NEED_POINTS = {
  BB: 3,
  MB: 2,
  "belum-muncul": 3,
  "not-yet": 4,
  "not-sure": 3,
  extra: 3,
} as const;

/** The five areas, in the order plans list them. */
export const AREAS: readonly Area[] = ["practical-life", "sensorial", "language", "mathematics", "culture"];

/**
 * The default area balance for a child's age, in percent. Younger children get more practical
 * life, older children more language, mathematics and culture.
 *
 * The bands follow the "parallel tracks" by age in the project notes (montessori-and-peers.md
 * §1.3, after DIVE_2 §8.2 / DIVE_3 §6.2, a community compilation, e.g. 2.5–3 y: PL 80 / S 20;
 * 4–4.5 y: L 30, M 30, S 20, PL 20; 5–6 y: L 30, M 30, C 30, PL 10), softened so that every area
 * keeps some share: a PAUD week also has to evidence every STPPA aspect.
 *
 * | age | practical life | sensorial | language | mathematics | culture |
 * |---|---|---|---|---|---|
 * | < 36 months | 50 | 25 | 15 | 5 | 5 |
 * | 36–47 | 35 | 25 | 20 | 10 | 10 |
 * | 48–59 | 20 | 20 | 25 | 20 | 15 |
 * | ≥ 60 | 10 | 15 | 30 | 25 | 20 |
 *
 * @param ageMonths - completed months
 * @returns percent per area
 * @example
 * ```ts
 * defaultAreaBalance(40);
 * // => { "practical-life": 35, sensorial: 25, language: 20, mathematics: 10, culture: 10 }
 * ```
 * @category Planning
 */
export function defaultAreaBalance(ageMonths: number): Record<Area, number> {
  if (ageMonths < 36) return { "practical-life": 50, sensorial: 25, language: 15, mathematics: 5, culture: 5 };
  if (ageMonths < 48) return { "practical-life": 35, sensorial: 25, language: 20, mathematics: 10, culture: 10 };
  if (ageMonths < 60) return { "practical-life": 20, sensorial: 20, language: 25, mathematics: 20, culture: 15 };
  return { "practical-life": 10, sensorial: 15, language: 30, mathematics: 25, culture: 20 };
}

/** Normalizes a balance to shares summing to 1 (equal shares when all are 0). */
export function normalizeBalance(balance: AreaBalance): Record<Area, number> {
  let sum = 0;
  for (const a of AREAS) sum += Math.max(0, balance[a] ?? 0);
  const out = {} as Record<Area, number>;
  for (const a of AREAS) out[a] = sum > 0 ? Math.max(0, balance[a] ?? 0) / sum : 1 / AREAS.length;
  return out;
}

