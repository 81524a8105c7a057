/**
 * The Montessori part of a report: stages per area, stalled lessons, next lessons.
 *
 * @module
 */
import type { ResolvedCurriculum } from "../curricula/resolve.js";
import type { Candidate } from "./skeleton.js";
import type { Activity, Area, Stage } from "../model/index.js";
import type { ChildProgress, StageEntry } from "../progress/index.js";
import { type CalendarDate, type Locale, daysBetween } from "../time/index.js";
import type { ReportLesson } from "./schema.js";

/** Default days in `practicing` after which a masterable lesson counts as stalled: six weeks. */
export const DEFAULT_STALLED_AFTER_DAYS = 42;

/** Area names per locale. */
export const AREA_NAMES: Readonly<Record<Area, { readonly id: string; readonly en: string }>> = {
  "practical-life": { id: "Kehidupan praktis", en: "Practical life" },
  sensorial: { id: "Sensorial", en: "Sensorial" },
  language: { id: "Bahasa", en: "Language" },
  mathematics: { id: "Matematika", en: "Mathematics" },
  culture: { id: "Budaya dan sains", en: "Culture and science" },
};

const AREAS: readonly Area[] = ["practical-life", "sensorial", "language", "mathematics", "culture"];

/** A child's stage of one activity as of a date, with when the current streak began. */
export interface StageState {
  stage: Stage;
  since: CalendarDate;
  first: CalendarDate;
}

/**
 * Adds one lesson record of an activity to the stage states (records must come in history
 * order): a record of `presented`, or any record after `mastered`, starts a new streak.
 */
export function addLessonRecord(states: Map<string, StageState>, activity: string, e: StageEntry): void {
  const s = states.get(activity);
  if (s === undefined) states.set(activity, { stage: e.stage, since: e.date, first: e.date });
  else {
    if (s.stage === "mastered" || e.stage === "presented") s.since = e.date;
    s.stage = e.stage;
  }
}

/** The child's stage of each activity as of a date, with when the current streak began. */
export function stagesAsOf(progress: ChildProgress, asOf: CalendarDate, familyOnly: boolean): Map<string, StageState> {
  const out = new Map<string, StageState>();
  for (const [activity, history] of progress.lessons) {
    for (const e of history) {
      if (e.date > asOf) break;
      if (!familyOnly || e.visibility === "family") addLessonRecord(out, activity, e);
    }
  }
  return out;
}

function lessonOf(a: Activity, locale: Locale, stage: Stage | null, since: CalendarDate | null, days: number | null): ReportLesson {
  return {
    activity: a.id,
    name: locale === "en" ? (a.name.en ?? a.name.id) : a.name.id,
    area: a.area,
    stage,
    since,
    days,
    explanation: locale === "en" ? (a.parentExplanation.en ?? a.parentExplanation.id) : a.parentExplanation.id,
  };
}

/**
 * Montessori summary for one child, from the child's stage of each activity (`visible`: what the
 * report's audience may see; `all`: the records readiness is judged on, which the progress report
 * passes as `visible` too, so a family report reveals no staff-only lesson).
 *
 * Next lessons: not yet presented, not retired, inside the age window at `asOf`, every
 * prerequisite mastered (a prerequisite that is not masterable only needs to have been
 * presented); ordered by how many lessons they open (gateway lessons first), then by the start
 * of their age window, then by id. `candidates` are the offered lessons in the age window, in
 * that order (see the report skeleton).
 */
export function montessoriSummary(
  visible: ReadonlyMap<string, StageState>,
  all: ReadonlyMap<string, StageState>,
  curriculum: ResolvedCurriculum,
  candidates: readonly Candidate[],
  options: { asOf: CalendarDate; locale: Locale; stalledAfterDays: number; nextLessons: number },
) {
  const areas = AREAS.map((area) => ({ area, name: AREA_NAMES[area][options.locale], presented: 0, practicing: 0, mastered: 0 }));
  const stalled: ReportLesson[] = [];
  for (const [id, s] of visible) {
    const a = curriculum.activities.get(id);
    if (a === undefined) continue;
    const row = areas[AREAS.indexOf(a.area)]!;
    row[s.stage]++;
    if (s.stage === "practicing" && a.masterable) {
      const days = daysBetween(s.since, options.asOf);
      if (days > options.stalledAfterDays) stalled.push(lessonOf(a, options.locale, s.stage, s.since, days));
    }
  }
  stalled.sort((x, y) => (y.days ?? 0) - (x.days ?? 0) || (x.activity < y.activity ? -1 : 1));
  // prerequisitesMet with the "mastered" rule, on prerequisites the skeleton resolved once; asked
  // lazily (the next lessons and each section's two lessons rarely need the whole list) and kept.
  const known = new Int8Array(candidates.length); // 0 not asked, 1 ready, 2 not ready
  const isReady = (index: number): boolean => {
    let state = known[index]!;
    if (state === 0) {
      const { activity, prerequisites } = candidates[index]!;
      state = all.has(activity.id) ? 2 : 1;
      for (let i = 0; state === 1 && i < prerequisites.length; i++) {
        const p = prerequisites[i]!;
        const stage = all.get(p.id)?.stage;
        if (stage !== "mastered" && (stage === undefined || p.masterable)) state = 2;
      }
      known[index] = state;
    }
    return state === 1;
  };
  const next: ReportLesson[] = [];
  for (let i = 0; i < candidates.length && next.length < options.nextLessons; i++) {
    if (isReady(i)) next.push(lessonOf(candidates[i]!.activity, options.locale, null, null, null));
  }
  return {
    areas,
    stalled,
    isReady,
    next,
    stalledAfterDays: options.stalledAfterDays,
  };
}
