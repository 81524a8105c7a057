/**
 * Choosing: each child's candidate lessons with their base scores and reasons (the pick itself
 * is in `pick.ts`).
 *
 * A lesson is a **new** candidate when it is not retired, the child has no record of it on or
 * before `asOf`, the child is inside its age window on the week's Monday, and its prerequisites are
 * met under the prerequisite rule (`mastered` by default; `practicing` also accepts a prerequisite
 * being practised; an open-ended prerequisite needs only to have been presented; a retired or
 * unknown prerequisite does not block). A lesson is a **practice-again** candidate when it is
 * masterable, not retired, its latest record is `presented` or `practicing`, and that record is at
 * least `practiceAgainAfterDays` days before the Monday, or at least half that when the lesson
 * works on one of the child's needs (the third source of the issue: lessons that support what the
 * child is at BB or MB on).
 *
 * @module
 */
import type { ResolvedCurriculum } from "../curricula/resolve.js";
import { inAgeWindow, prerequisitesMet } from "../curricula/sequence.js";
import type { Activity, Child, LocalizedText, Stage } from "../model/index.js";
import { type ChildProgress, type StageEntry, latestOnOrBefore } from "../progress/fold.js";
import { type CalendarDate, addMonths, dayNumber } from "../time/index.js";
import { type Need, needMatcher } from "./needs.js";
import { SCORE_WEIGHTS } from "./defaults.js";
import type { ResolvedOptions } from "./options.js";
import { copyText } from "./words.js";
import type { PlanReason, PresentationKind } from "./schema.js";

/** A lesson a child could be given this week, scored without the area term. */
export interface Candidate {
  readonly activity: Activity;
  readonly kind: PresentationKind;
  /** Score before the grouping and area-balance terms. */
  readonly base: number;
  /** The child's needs the lesson works on, strongest first. */
  readonly needs: readonly Need[];
  /** Seeded tie-breaker (0 when the seed is 0). */
  readonly tie: number;
  /** New lessons: the prerequisite that opened it last (for the "next after" reason). */
  readonly after: { readonly prereq: Activity; readonly stage: StageOn } | undefined;
  /** Lessons in practice: the current stage. */
  readonly current: StageOn | undefined;
  /** Days since ready (new) or since last seen (in practice), to the Monday. */
  readonly days: number;
  readonly opens: number;
  readonly inTheme: boolean;
}

/** Shared, per-plan context of the chooser. */
export interface ChooseContext {
  readonly curriculum: ResolvedCurriculum;
  /** Non-retired activities, sorted by id. */
  readonly activities: readonly Activity[];
  readonly dependents: ReadonlyMap<string, number>;
  readonly options: ResolvedOptions;
}

/** The current stage of a lesson and the date its current run of that stage began. */
export interface StageOn {
  readonly stage: Stage;
  /** First date of the latest run of this stage (e.g. when it was first recorded mastered). */
  readonly since: CalendarDate;
  /** Date of the latest record. */
  readonly last: CalendarDate;
}

/** The stage of a lesson on `asOf` from its sorted history. */
export function stageOn(history: readonly StageEntry[] | undefined, asOf: CalendarDate): StageOn | undefined {
  if (history === undefined) return undefined;
  const latest = latestOnOrBefore(history, asOf);
  if (latest === undefined) return undefined;
  let i = history.indexOf(latest);
  let since = latest.date;
  while (i > 0 && history[i - 1]!.stage === latest.stage) since = history[--i]!.date;
  return { stage: latest.stage, since, last: latest.date };
}

/** FNV-1a of a text mixed with the seed: a stable 32-bit tie-breaker. */
export function seededTie(seed: number, text: string): number {
  if (seed === 0) return 0;
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

function needReasons(needs: readonly Need[], out: PlanReason[]): void {
  for (const n of needs.slice(0, 2)) {
    if (n.kind === "extra") {
      out.push(n.text !== undefined ? { kind: "extra-need", indicator: n.indicator, text: copyText(n.text) } : { kind: "extra-need", indicator: n.indicator });
    } else if (n.level !== undefined) {
      const text = copyText(n.text ?? { id: n.indicator });
      out.push(
        n.kind === "milestone"
          ? ({ kind: "milestone", milestone: n.indicator, text, level: n.level } as PlanReason)
          : ({ kind: "supports", indicator: n.indicator, text, level: n.level } as PlanReason),
      );
    }
  }
}

function needScore(needs: readonly Need[]): number {
  let points = 0;
  for (let i = 0; i < needs.length && i < SCORE_WEIGHTS.needsCounted; i++) points += needs[i]!.points;
  return points * SCORE_WEIGHTS.needPoint;
}

function weeksScore(days: number): number {
  return Math.min(SCORE_WEIGHTS.waitingCapWeeks, Math.max(0, Math.floor(days / 7))) * SCORE_WEIGHTS.waitingPerWeek;
}

/**
 * The reasons of a candidate, as data: why it is ready (or due again), up to two needs it works
 * on, whether it is a gateway (opens two or more lessons), and the theme.
 *
 * @param c - the candidate
 * @param theme - the week's theme name, if any
 */
export function candidateReasons(c: Candidate, theme: LocalizedText | undefined): PlanReason[] {
  const reasons: PlanReason[] = [];
  if (c.current !== undefined) {
    reasons.push({ kind: "practice-again", stage: c.current.stage, since: c.current.last, days: c.days });
  } else if (c.after !== undefined) {
    const { prereq, stage } = c.after;
    reasons.push({ kind: "next-after", activity: prereq.id, name: copyText(prereq.name), stage: stage.stage, on: stage.since });
  } else {
    reasons.push({ kind: "age-window", fromMonths: c.activity.ageMonths.from });
  }
  needReasons(c.needs, reasons);
  if (c.opens >= 2) reasons.push({ kind: "gateway", opens: c.opens });
  if (c.inTheme && theme !== undefined) reasons.push({ kind: "theme", theme: copyText(theme) });
  return reasons;
}

/**
 * Every candidate lesson of a child, in activity id order, with its base score (needs, gateway,
 * waiting, theme; the grouping and area terms are added when picking).
 *
 * @param child - the child
 * @param ageMonths - completed months on the Monday
 * @param progress - the child's folded progress
 * @param needs - the child's needs
 * @param ctx - the plan context
 */
export function childCandidates(
  child: Child,
  ageMonths: number,
  progress: ChildProgress,
  needs: readonly Need[],
  ctx: ChooseContext,
): Candidate[] {
  const { options, curriculum } = ctx;
  const { asOf, monday } = options;
  const mondayNumber = dayNumber(monday);
  const stages = new Map<string, StageOn>();
  progress.lessons.forEach((history, id) => {
    const s = stageOn(history, asOf);
    if (s !== undefined) stages.set(id, s);
  });
  const stageOf = (id: string): Stage | undefined => (curriculum.retired.has(id) ? "mastered" : stages.get(id)?.stage);
  const matcher = needMatcher(needs);
  const themed = options.theme?.activities;
  const windowOpens = new Map<number, CalendarDate>();
  const out: Candidate[] = [];
  for (const activity of ctx.activities) {
    const current = stages.get(activity.id);
    let kind: PresentationKind;
    let days: number;
    let after: Candidate["after"];
    if (current === undefined) {
      if (!inAgeWindow(activity, ageMonths)) continue;
      if (!prerequisitesMet(activity, stageOf, curriculum.activities, options.prerequisiteRule)) continue;
      kind = "new";
      let readySince = windowOpens.get(activity.ageMonths.from);
      if (readySince === undefined) {
        readySince = addMonths(child.birthDate, activity.ageMonths.from);
        windowOpens.set(activity.ageMonths.from, readySince);
      }
      if (child.enrolledOn > readySince) readySince = child.enrolledOn;
      for (const p of activity.prerequisites) {
        const prereq = curriculum.activities.get(p);
        const s = stages.get(p);
        if (prereq === undefined || s === undefined || curriculum.retired.has(p)) continue;
        if (s.since > readySince) readySince = s.since;
        if (after === undefined || s.since > after.stage.since || (s.since === after.stage.since && p < after.prereq.id)) {
          after = { prereq, stage: s };
        }
      }
      days = mondayNumber - dayNumber(readySince);
    } else {
      if (!activity.masterable || current.stage === "mastered") continue;
      days = mondayNumber - dayNumber(current.last);
      // A lesson in practice that works on one of the child's needs is due again sooner.
      if (days < options.practiceAgainAfterDays && (days < Math.ceil(options.practiceAgainAfterDays / 2) || matcher.matches(activity).length === 0)) continue;
      kind = "practice-again";
    }
    const matched = matcher.matches(activity);
    const opens = ctx.dependents.get(activity.id) ?? 0;
    const inTheme = themed !== undefined && themed.includes(activity.id);
    const base =
      needScore(matched) +
      Math.min(opens, SCORE_WEIGHTS.gatewayCap) * SCORE_WEIGHTS.gatewayPerDependent +
      weeksScore(days) +
      (inTheme ? SCORE_WEIGHTS.theme : 0);
    out.push({
      activity,
      kind,
      base,
      needs: matched,
      tie: options.seed === 0 ? 0 : seededTie(options.seed, `${child.id}|${activity.id}`),
      after,
      current: kind === "practice-again" ? current : undefined,
      days,
      opens,
      inTheme,
    });
  }
  return out;
}
