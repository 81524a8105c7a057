/**
 * A child's needs: what the child is behind on, and which activities work on it.
 *
 * - STPPA indicators (and any `bb-bsb` item) whose latest level on or before `asOf` is BB or MB;
 *   checklist items (learning goals, CP) whose latest value is *belum muncul*. A learning goal is
 *   also matched through its CP sub-element, since activities name sub-elements, not a centre's
 *   own goals.
 * - CDC 2022 milestones (issue 6) of a checklist age at or below the child's age, assessed
 *   `not-yet` or `not-sure` and never `achieved` by `asOf`. A milestone never assessed is not a
 *   need: "not observed" is not "behind". A milestone is matched by its own id and through
 *   `CDC_RELATIONS`: its listed activities, its STPPA indicators, and its CP sub-elements when the
 *   crosswalk gives no STPPA indicator for it (the milestones before 48 months).
 * - `extraNeeds` from the caller (for example KPSP domains from a screening), matched by id and
 *   through the same relations.
 *
 * @module
 */
import { CDC_RELATIONS, type CdcRelation } from "../curricula/cdc-2022/crosswalk.js";
import type { ResolvedCurriculum } from "../curricula/resolve.js";
import type { Activity, Level, LocalizedText } from "../model/index.js";
import { type ChildProgress, latestOnOrBefore } from "../progress/fold.js";
import type { CalendarDate } from "../time/index.js";
import { NEED_POINTS } from "./defaults.js";

/** One need of one child, with the ids an activity's `supports` may name to work on it. */
export interface Need {
  readonly indicator: string;
  readonly kind: "indicator" | "milestone" | "extra";
  readonly level: Level | undefined;
  readonly text: LocalizedText | undefined;
  readonly points: number;
  /** Ids that, found in an activity's `supports`, mean the activity works on this need. */
  readonly via: readonly string[];
  /** Activities linked to the need directly (CDC crosswalk). */
  readonly activities: readonly string[];
}

let relations: Map<string, CdcRelation> | undefined;

function relationOf(id: string): CdcRelation | undefined {
  relations ??= new Map(CDC_RELATIONS.map((r) => [r.milestone, r]));
  return relations.get(id);
}

const MILESTONE_ID = /^cdc2022\.(\d+)m\./;

/** Checklist age of a milestone id (`cdc2022.24m.lang.2` → 24), or undefined. */
export function milestoneMonths(id: string, curriculum: ResolvedCurriculum): number | undefined {
  const ref = curriculum.indicators.get(id);
  if (ref?.kind === "indicator" && ref.framework.scale === "milestone") return ref.band.fromMonths;
  const m = MILESTONE_ID.exec(id);
  return m ? Number(m[1]) : undefined;
}

/** The text of an assessable id, when the curriculum knows it. */
export function indicatorText(id: string, curriculum: ResolvedCurriculum): LocalizedText | undefined {
  const ref = curriculum.indicators.get(id);
  if (ref === undefined) return undefined;
  switch (ref.kind) {
    case "indicator":
      return ref.indicator.text;
    case "element":
      return ref.element.name;
    case "sub-element":
      return ref.subElement.name;
    case "learning-goal":
      return ref.goal.text;
    default:
      ref satisfies never;
      return undefined;
  }
}

/** What the planner needs to know about an assessable id, computed once per curriculum. */
interface IdInfo {
  readonly milestone: boolean;
  /** Checklist age of a milestone. */
  readonly months: number | undefined;
  readonly text: LocalizedText | undefined;
  readonly via: readonly string[];
  readonly activities: readonly string[];
}

const infoCache = new WeakMap<ResolvedCurriculum, Map<string, IdInfo>>();

function infoOf(id: string, curriculum: ResolvedCurriculum): IdInfo {
  let byId = infoCache.get(curriculum);
  if (byId === undefined) {
    byId = new Map();
    infoCache.set(curriculum, byId);
  }
  let info = byId.get(id);
  if (info === undefined) {
    const via = [id];
    const ref = curriculum.indicators.get(id);
    if (ref?.kind === "learning-goal") via.push(ref.goal.subElement);
    const rel = relationOf(id);
    if (rel !== undefined) {
      const stppa = rel.stppa ?? [];
      via.push(...stppa);
      // The STPPA links name the skill; a CP sub-element is a whole learning area (all of
      // literacy, all of physical development), so it is used only when nothing narrower exists.
      if (stppa.length === 0) via.push(...(rel.cp ?? []));
    }
    const milestone = ref !== undefined ? ref.kind === "indicator" && ref.framework.scale === "milestone" : MILESTONE_ID.test(id);
    info = {
      milestone,
      months: milestone ? milestoneMonths(id, curriculum) : undefined,
      text: indicatorText(id, curriculum),
      via: [...new Set(via)],
      activities: rel?.activities ?? [],
    };
    byId.set(id, info);
  }
  return info;
}

/**
 * The needs of a child on `asOf`, strongest first (points, then id).
 *
 * @param progress - the child's folded progress
 * @param ageMonths - the child's age for milestone checks
 * @param asOf - the cut-off date
 * @param curriculum - the resolved curriculum
 * @param extraNeeds - ids the caller marks as behind
 */
export function childNeeds(
  progress: ChildProgress,
  ageMonths: number,
  asOf: CalendarDate,
  curriculum: ResolvedCurriculum,
  extraNeeds: readonly string[],
): Need[] {
  const out: Need[] = [];
  const seen = new Set<string>();
  // forEach, not for…of: no entry array per indicator (this runs for every child of a group).
  progress.levels.forEach((history, id) => {
    const latest = latestOnOrBefore(history, asOf);
    if (latest === undefined) return;
    const level = latest.level;
    if (level !== "BB" && level !== "MB" && level !== "belum-muncul" && level !== "not-yet" && level !== "not-sure") return;
    const info = infoOf(id, curriculum);
    if (info.milestone) {
      if (level !== "not-yet" && level !== "not-sure") return;
      if (info.months === undefined || info.months > ageMonths) return;
      if (history.some((e) => e.date <= asOf && e.level === "achieved")) return;
      out.push({ indicator: id, kind: "milestone", level, text: info.text, points: NEED_POINTS[level], via: info.via, activities: info.activities });
    } else if (level === "BB" || level === "MB" || level === "belum-muncul") {
      out.push({ indicator: id, kind: "indicator", level, text: info.text, points: NEED_POINTS[level], via: info.via, activities: info.activities });
    } else return;
    seen.add(id);
  });
  for (const id of extraNeeds) {
    if (seen.has(id)) continue;
    const info = infoOf(id, curriculum);
    out.push({ indicator: id, kind: "extra", level: undefined, text: info.text, points: NEED_POINTS.extra, via: info.via, activities: info.activities });
  }
  out.sort((a, b) => b.points - a.points || (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0));
  return out;
}

/** Looks up which of a child's needs an activity works on. */
export interface NeedMatcher {
  /** Needs the activity supports, strongest first. */
  matches(activity: Activity): readonly Need[];
}

const NONE: readonly Need[] = [];

/**
 * Indexes a child's needs by the ids that satisfy them.
 *
 * @param needs - from {@link childNeeds}, strongest first
 */
export function needMatcher(needs: readonly Need[]): NeedMatcher {
  if (needs.length === 0) return { matches: () => NONE };
  const byId = new Map<string, number[]>();
  const byActivity = new Map<string, number[]>();
  needs.forEach((n, i) => {
    for (const id of n.via) {
      const list = byId.get(id);
      if (list) list.push(i);
      else byId.set(id, [i]);
    }
    for (const a of n.activities) {
      const list = byActivity.get(a);
      if (list) list.push(i);
      else byActivity.set(a, [i]);
    }
  });
  return {
    matches(activity) {
      let hit: number[] | undefined;
      for (const s of activity.supports) {
        const list = byId.get(s);
        if (list === undefined) continue;
        hit ??= [];
        for (const i of list) if (!hit.includes(i)) hit.push(i);
      }
      const direct = byActivity.get(activity.id);
      if (direct !== undefined) {
        hit ??= [];
        for (const i of direct) if (!hit.includes(i)) hit.push(i);
      }
      if (hit === undefined) return NONE;
      if (hit.length === 1) return [needs[hit[0]!]!];
      // Needs are sorted strongest first, so their indexes give the order.
      return hit.sort((a, b) => a - b).map((i) => needs[i]!);
    },
  };
}
