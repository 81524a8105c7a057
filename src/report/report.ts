/**
 * `progressReport`: the rapor of one child for a period, as plain data.
 *
 * @module
 */
import { resolveCurriculum } from "../curricula/resolve.js";
import { ValidationError } from "../errors/index.js";
import type { Anecdote, Assessment, Centre, Child, Evidence, GrowthMeasurement, Level, LocalizedText, Screening } from "../model/index.js";
import { childLog, foldProgress } from "../progress/index.js";
import {
  type CalendarDate,
  type Locale,
  ageOn,
  calendarDateProblem,
  dayNumber,
  formatAge,
  formatDate,
  fromDayNumber,
  mondayOf,
} from "../time/index.js";
import { isEarlierBandLevel, isLateInPeriod, isStillBbLevel } from "./concern-rules.js";
import { dateKey } from "../time/date-key.js";
import { developmentSection } from "./development.js";
import { growthPart } from "./growth.js";
import { emptyDistribution, isNotYet, isShown, levelRank, summaryLevel } from "./levels.js";
import { REPORT_MESSAGES, inSentence } from "./messages.js";
import { DEFAULT_STALLED_AFTER_DAYS, type StageState, addLessonRecord, montessoriSummary } from "./montessori.js";
import { careSections } from "./care-sections.js";
import { type Period, previousPeriod, semesterOf } from "./period.js";
import type { Change, Concern, ProgressReport, ReportEvidence, ReportItem, ReportSection } from "./schema.js";
import { type Skeleton, localize, reportSkeleton } from "./skeleton.js";

/**
 * Options for {@link progressReport}.
 *
 * @category Report
 */
export interface ReportOptions {
  /** The day the report is made; nothing after it is used. Required (no hidden clock). */
  readonly asOf: CalendarDate;
  /** The period reported on. Default: the semester of the centre's settings containing `asOf`. */
  readonly period?: { readonly from: CalendarDate; readonly to: CalendarDate; readonly name?: LocalizedText };
  /** `stppa2014` (default: sections per STPPA aspect) or `merdeka-cp` (sections per CP element). */
  readonly framework?: string;
  /** `id` (default: the centre's default locale) or `en`. */
  readonly locale?: Locale;
  /** `staff` (default) or `family`: the family version leaves out staff-only observations. */
  readonly audience?: "staff" | "family";
  /** Days in `practicing` after which a lesson is listed as stalled. Default 42. */
  readonly stalledAfterDays?: number;
  /** How many next lessons to list. Default 5. */
  readonly nextLessons?: number;
}

/** The reason of a `not-observed` concern, the same for every item. */
const NOT_OBSERVED: Readonly<Record<Locale, string>> = {
  id: REPORT_MESSAGES.id.notObserved("dua pertiga"),
  en: REPORT_MESSAGES.en.notObserved("two thirds"),
};

/** Children and groups by id, per centre (reports for a whole centre look every child up). */
const childIndex = new WeakMap<readonly Child[], ReadonlyMap<string, Child>>();
const groupNames = new WeakMap<Centre["groups"], ReadonlyMap<string, string>>();

function childById(centre: Centre, id: string): Child | undefined {
  let index = childIndex.get(centre.children);
  if (index === undefined) {
    const map = new Map<string, Child>();
    // The first child with an id wins, as `Array.find` would.
    for (const c of centre.children) if (!map.has(c.id)) map.set(c.id, c);
    index = map;
    childIndex.set(centre.children, index);
  }
  return index.get(id);
}

function groupName(centre: Centre, id: string): string | undefined {
  let names = groupNames.get(centre.groups);
  if (names === undefined) {
    const map = new Map<string, string>();
    for (const g of centre.groups) if (!map.has(g.id)) map.set(g.id, g.name);
    names = map;
    groupNames.set(centre.groups, names);
  }
  return names.get(id);
}

/** The week (index into sorted week starts) a date falls in: the last start on or before it. */
function weekIndex(starts: readonly CalendarDate[], date: string): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= date) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Week starts (Mondays) from the week of `from` to `end`, cached: every child of a report run shares them. */
const weekStarts = new Map<string, readonly CalendarDate[]>();

function weeksOf(from: CalendarDate, end: CalendarDate): readonly CalendarDate[] {
  const key = `${from}/${end}`;
  let weeks = weekStarts.get(key);
  if (weeks === undefined) {
    const list: CalendarDate[] = [];
    // Day numbers, not strings: a walk that steps past year 9999 would sort "10000-…" first.
    const last = dayNumber(end);
    if (dayNumber(from) <= last) for (let n = dayNumber(mondayOf(from)); n <= last; n += 7) list.push(fromDayNumber(n));
    weeks = list;
    if (weekStarts.size >= 256) weekStarts.clear();
    weekStarts.set(key, weeks);
  }
  return weeks;
}

function levelName(level: Level, locale: Locale): string {
  const names: Record<Level, readonly [string, string]> = {
    BB: ["BB", "BB"],
    MB: ["MB", "MB"],
    BSH: ["BSH", "BSH"],
    BSB: ["BSB", "BSB"],
    "belum-muncul": ["belum muncul", "not yet observed"],
    "sudah-muncul": ["sudah muncul", "observed"],
    achieved: ["tercapai", "achieved"],
    "not-yet": ["belum", "not yet"],
    "not-sure": ["belum pasti", "not sure"],
  };
  return names[level][locale === "en" ? 1 : 0];
}

/**
 * Builds the progress report (rapor) of one child for a period: age and band, per aspect (STPPA)
 * or element (CP) the expected items, how many were observed, the distribution of latest levels,
 * a summary level (see {@link summaryLevel}), the change since the previous period of the same
 * length, the supporting evidence and a narrative paragraph; concerns with their reasons; the
 * Montessori summary with stalled and next lessons; the latest growth measurements; and an empty
 * parent-reflection section. It reads the progress fold and never re-scans the journal.
 *
 * Concern rules (never a diagnosis):
 * - `still-bb`: in the last third of the period, an expected item whose latest level is BB
 *   (or "belum muncul");
 * - `not-observed`: once two thirds of the period have passed, an expected item with no
 *   assessment in the period (staff reports only: it is about the centre's observation plan);
 * - `earlier-band`: an indicator of the previous STPPA band that was assessed and whose latest
 *   level is below BSH (a prompt to talk with the family and consider screening);
 * - `milestone`: a CDC milestone of a checklist age at or below the child's age recorded as
 *   "not yet" (or "not sure"), see the development section;
 * - `screening`: the latest KPSP result is meragukan or penyimpangan.
 *
 * @param centre - the centre
 * @param childId - the child
 * @param options - `asOf` (required), period, framework, locale, audience
 * @returns the report as plain serializable data
 * @throws {@link ValidationError} when the child is unknown, `asOf` is not a supported date (1900–2999) or is before the child's birth
 * @example
 * ```ts
 * const report = progressReport(centre, "c-00001", { asOf: parseCalendarDate("2026-11-27") });
 * report.age.text; // => "4 tahun 7 bulan"
 * report.sections.map((s) => s.id); // => ["nam", "fm", "kog", "bhs", "sosem", "seni"]
 * ```
 * @category Report
 */
export function progressReport(centre: Centre, childId: string, options: ReportOptions): ProgressReport {
  const asOfProblem = calendarDateProblem(options.asOf);
  if (asOfProblem !== undefined) throw new ValidationError([{ path: "asOf", code: "invalid_date", message: asOfProblem }]);
  const child = childById(centre, childId);
  if (child === undefined) {
    throw new ValidationError([{ path: "childId", code: "unknown_reference", message: `unknown child ${JSON.stringify(childId)}` }]);
  }
  const locale: Locale = options.locale ?? centre.settings.defaultLocale;
  const audience = options.audience ?? "staff";
  const familyOnly = audience === "family";
  const msg = REPORT_MESSAGES[locale];
  const asOf = options.asOf;
  const age = ageOn(child.birthDate, asOf);
  const curriculum = resolveCurriculum(centre);
  const frameworkId = options.framework ?? "stppa2014";
  const framework = curriculum.frameworks.find((f) => f.id === frameworkId);
  if (framework === undefined) {
    throw new ValidationError([{ path: "options.framework", code: "unknown_reference", message: `unknown framework ${JSON.stringify(frameworkId)}` }]);
  }
  const period: Period = options.period
    ? { from: options.period.from, to: options.period.to, name: options.period.name ?? { id: `${options.period.from} – ${options.period.to}` } }
    : semesterOf(centre.settings, asOf);
  const end = period.to < asOf ? period.to : asOf;
  const previous = previousPeriod(period);
  const nickname = child.nickname ?? child.name;
  const skeleton = reportSkeleton(curriculum, framework, age.totalMonths, locale);

  // One pass over the child's observations (history order: oldest first, so a later record
  // simply replaces an earlier one as "latest").
  const slots = skeleton.slotCount;
  const latestAtEnd = new Array<Assessment | undefined>(slots);
  const latestBefore = new Array<Assessment | undefined>(slots);
  const latestAtAsOf = new Array<Assessment | undefined>(slots);
  const observed = new Array<number>(slots).fill(0);
  const visibleStages = new Map<string, StageState>();
  const anecdotes: Anecdote[] = [];
  const workSamples: Evidence[] = [];
  const growth: GrowthMeasurement[] = [];
  const screenings: Screening[] = [];
  const measured = { weight: 0, height: 0, headCircumference: 0, weightForHeight: 0 };
  const weekStartsList = weeksOf(period.from, end);
  const weekCounts = new Array<number>(weekStartsList.length).fill(0);
  let observationsInPeriod = 0;
  // Dates as integers (see dateKey): this loop compares every observation's date four times.
  const fromKey = dateKey(period.from);
  const endKey = dateKey(end);
  const previousKey = dateKey(previous.to);
  const asOfKey = dateKey(asOf);
  let lastKey = -1;
  let lastWeek = 0;
  for (const o of childLog(foldProgress(centre), child.id)) {
    // Attendance, care and family entries are not development observations: the report reads
    // them in its attendance and parent sections (careSections), not in the counts below.
    if (o.kind === "attendance" || o.kind === "care" || o.kind === "family") continue;
    const key = dateKey(o.date);
    const visible = !familyOnly || o.visibility === "family";
    const inPeriod = visible && key >= fromKey && key <= endKey;
    if (inPeriod) {
      if (key !== lastKey) {
        lastKey = key;
        lastWeek = weekIndex(weekStartsList, o.date);
      }
      weekCounts[lastWeek]!++;
      observationsInPeriod++;
    }
    switch (o.kind) {
      case "assessment": {
        const at = visible ? skeleton.slotsOf.get(o.indicator) : undefined;
        if (at === undefined) break;
        for (const slot of at) {
          if (key <= endKey) latestAtEnd[slot] = o;
          if (inPeriod) observed[slot]!++;
          if (key <= previousKey) latestBefore[slot] = o;
          if (key <= asOfKey) latestAtAsOf[slot] = o;
        }
        break;
      }
      case "lesson":
        if (key <= asOfKey) {
          if (visible) addLessonRecord(visibleStages, o.activity, o);
        }
        break;
      case "anecdote":
        if (inPeriod) anecdotes.push(o);
        break;
      case "evidence":
        if (inPeriod) workSamples.push(o);
        break;
      case "growth":
        growth.push(o);
        if (inPeriod) {
          if (o.weightKg !== undefined) measured.weight++;
          if (o.heightCm !== undefined) measured.height++;
          if (o.headCircumferenceCm !== undefined) measured.headCircumference++;
          if (o.weightKg !== undefined && o.heightCm !== undefined) measured.weightForHeight++;
        }
        break;
      case "screening":
        if (visible) screenings.push(o);
        break;
      default:
        o satisfies never;
    }
  }

  // Readiness for next lessons is judged on what the audience sees: in a family report a
  // staff-only lesson must neither hide an activity nor unlock its follow-up, or it would show.
  const montessori = montessoriSummary(visibleStages, visibleStages, curriculum, skeleton.candidates, {
    asOf,
    locale,
    stalledAfterDays: options.stalledAfterDays ?? DEFAULT_STALLED_AFTER_DAYS,
    nextLessons: options.nextLessons ?? 5,
  });

  // Growth indicators (berat/tinggi badan sesuai usia) are evidenced by measurements and answered
  // from their z-scores (see growth.ts), not rated.
  // Growth concerns go under the section of the growth indicators (Fisik-motorik in STPPA), or
  // under the STPPA aspect when the report has none.
  const growthSection = skeleton.items.find((i) => i.measure !== undefined)?.section ?? (framework.kind === "stppa" ? "fm" : null);
  const growthRead = growthPart(child, growth, { asOf, from: period.from, end, locale, familyOnly, nickname, ageMonths: age.totalMonths, section: growthSection });
  const rows = new Array<ReportItem>(slots);
  for (const item of skeleton.items) {
    const latest = latestAtEnd[item.slot];
    rows[item.slot] = {
      id: item.id,
      text: item.text,
      framework: item.framework,
      latest: latest ? { level: latest.level, date: latest.date } : null,
      observedInPeriod: observed[item.slot]! + (item.measure === undefined ? 0 : measured[item.measure]),
      ...(item.measure === undefined ? {} : { growth: growthRead.answers[item.measure] }),
    };
  }

  const care = careSections(centre, child, period.from, end, familyOnly);
  const tagged: readonly (Anecdote | Evidence)[] = workSamples.length === 0 ? anecdotes : [...anecdotes, ...workSamples];
  const sections: ReportSection[] = skeleton.sections.map((def) => {
    const sectionRows = def.items.map((i) => rows[skeleton.items[i]!.slot]!);
    const distribution = emptyDistribution();
    for (const r of sectionRows) if (r.latest) distribution[r.latest.level]++;
    const summary = summaryLevel(sectionRows.flatMap((r) => (r.latest ? [r.latest.level] : [])));
    const previousLevels: Level[] = [];
    for (const i of def.items) {
      const e = latestBefore[skeleton.items[i]!.slot];
      if (e) previousLevels.push(e.level);
    }
    const previousSummary = summaryLevel(previousLevels);
    const change: Change =
      summary === null ? "none" : previousSummary === null ? "new" : levelRank(summary) > levelRank(previousSummary) ? "up" : levelRank(summary) < levelRank(previousSummary) ? "down" : "same";
    const tags = def.tags;
    const evidence: ReportEvidence[] = [];
    for (const e of tagged) {
      if (!e.indicators.some((t) => tags.has(t))) continue;
      evidence.push({
        kind: e.kind === "anecdote" ? "anecdote" : e.evidence,
        date: e.date,
        text: e.kind === "anecdote" ? e.text : e.items.map((i) => i.caption ?? "").filter(Boolean).join("; "),
        refs: e.kind === "anecdote" ? [] : e.items.map((i) => i.ref),
        items: e.indicators.filter((t) => tags.has(t)),
      });
    }
    evidence.sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : a.text < b.text ? -1 : 1));
    // Self-care from the care log: one line per skill, after the educators' own evidence (daily
    // care entries would otherwise crowd out every anecdote).
    const shown = evidence.slice(0, 3);
    for (const s of care.selfCare) {
      const items = [...tags].filter((t) => s.items.has(t)).sort();
      if (items.length > 0) shown.push({ kind: "care", date: s.last, text: msg.careEvidence(s.skill, s.count), refs: [], items });
    }
    const sectionLessons: string[] = [];
    for (const c of def.candidates) {
      if (sectionLessons.length === 2) break;
      if (montessori.isReady(c)) sectionLessons.push(localize(skeleton.candidates[c]!.activity.name, locale));
    }
    let observedItems = 0;
    for (const r of sectionRows) if (r.observedInPeriod > 0) observedItems++;
    return {
      id: def.id,
      name: def.name,
      items: sectionRows,
      expected: sectionRows.length,
      observed: observedItems,
      distribution,
      summary,
      previousSummary,
      change,
      evidence: shown,
      narrative: narrative(nickname, def.name, sectionRows, evidence, sectionLessons, locale, msg),
    };
  });

  const concerns = buildConcerns({ skeleton, rows, latestAtAsOf, period, asOf, familyOnly, locale, msg });
  const development = developmentSection(child, screenings, skeleton.milestones, (m) => latestAtAsOf[m.slot], { asOf, locale, familyOnly });
  concerns.push(...development.concerns, ...growthRead.concerns);

  const growthLatest = (key: "weightKg" | "heightCm" | "headCircumferenceCm") => {
    for (let i = growth.length - 1; i >= 0; i--) {
      const g = growth[i]!;
      const value = g[key];
      if (g.date <= asOf && (!familyOnly || g.visibility === "family") && value !== undefined) return { value, date: g.date };
    }
    return null;
  };

  const band = skeleton.band;
  return {
    version: 1,
    locale,
    audience,
    centre: { name: centre.settings.name },
    child: { id: child.id, name: child.name, nickname, group: groupName(centre, child.group) ?? child.group },
    asOf,
    period: { from: period.from, to: period.to, name: localize(period.name, locale) },
    age: { ...age, text: formatAge(age, locale) },
    band: band
      ? {
          id: band.id,
          label: localize(band.label, locale),
          coverage: band.coverage,
          status: msg.bandStatus(band.coverage, localize(band.label, locale), skeleton.basis === "cp-cdc"),
          note: band.note ? localize(band.note, locale) : null,
        }
      : null,
    basis: skeleton.basis,
    framework: { id: framework.id, kind: framework.kind, name: localize(framework.name, locale), version: framework.version },
    observationsInPeriod,
    sections,
    concerns,
    montessori: { areas: montessori.areas, stalled: montessori.stalled, next: montessori.next, stalledAfterDays: montessori.stalledAfterDays },
    growth: { weightKg: growthLatest("weightKg"), heightCm: growthLatest("heightCm"), headCircumferenceCm: growthLatest("headCircumferenceCm") },
    development: development.development,
    growthStatus: growthRead.report,
    activity: weekStartsList.map((week, i) => ({ week, count: weekCounts[i]! })),
    attendance: care.attendance,
    parentReflection: {
      prompt: msg.reflectionPrompt,
      response: care.familyEntries.filter((f) => f.entry === "reflection").map((f) => f.text).join("\n\n"),
      entries: care.familyEntries,
    },
    notices: [framework.notice, band?.note].flatMap((t) => (t ? [localize(t, locale)] : [])),
  };
}

function narrative(
  child: string,
  sectionName: string,
  rows: readonly ReportItem[],
  evidence: readonly ReportEvidence[],
  lessons: readonly string[],
  locale: Locale,
  msg: (typeof REPORT_MESSAGES)[Locale],
): string {
  const withLevel = rows.filter((r) => r.latest !== null);
  if (withLevel.length === 0) {
    const parts = [msg.noObservations(sectionName.toLowerCase())];
    if (lessons.length > 0) parts.push(msg.lessons(child, lessons));
    return parts.join(" ");
  }
  const describe = (r: ReportItem) => `${inSentence(r.text)} (${levelName(r.latest!.level, locale)})`;
  const byRank = (a: ReportItem, b: ReportItem) => levelRank(b.latest!.level) - levelRank(a.latest!.level) || (a.latest!.date > b.latest!.date ? -1 : 1) || (a.id < b.id ? -1 : 1);
  const strong = withLevel.filter((r) => isShown(r.latest!.level)).sort(byRank);
  const emerging = withLevel.filter((r) => r.latest!.level === "MB" || r.latest!.level === "not-sure").sort(byRank);
  const notYet = withLevel.filter((r) => isNotYet(r.latest!.level)).sort(byRank);
  const parts: string[] = [];
  if (strong.length > 0) {
    parts.push(msg.strengths(child, strong.slice(0, 3).map(describe)));
    const strongIds = new Set(strong.map((r) => r.id));
    const story = evidence.find((e) => e.kind === "anecdote" && e.items.some((i) => strongIds.has(i)));
    if (story) parts.push(msg.anecdote(formatDate(story.date, locale), story.text));
  }
  if (emerging.length > 0) parts.push(msg.emerging(child, emerging.slice(0, 3).map(describe)));
  if (notYet.length > 0) parts.push(msg.support(notYet.slice(0, 3).map(describe)));
  if (lessons.length > 0) parts.push(msg.lessons(child, lessons));
  const unassessed = rows.length - withLevel.length;
  if (unassessed > 0) parts.push(msg.notYetAssessed(unassessed));
  return parts.join(" ");
}

function buildConcerns(ctx: {
  skeleton: Skeleton;
  rows: readonly ReportItem[];
  latestAtAsOf: readonly (Assessment | undefined)[];
  period: Period;
  asOf: CalendarDate;
  familyOnly: boolean;
  locale: Locale;
  msg: (typeof REPORT_MESSAGES)[Locale];
}): Concern[] {
  const { period, asOf, msg, locale, skeleton } = ctx;
  const late = isLateInPeriod(period, asOf);
  const concerns: Concern[] = [];
  if (late) {
    for (const item of skeleton.items) {
      // A milestone read as an item raises its concern in the development section, never twice.
      if (item.milestone) continue;
      const row = ctx.rows[item.slot]!;
      if (row.latest !== null && isStillBbLevel(row.latest.level)) {
        concerns.push({ kind: "still-bb", subject: item.id, section: item.section, text: row.text, reason: msg.stillBb(levelName(row.latest.level, locale), formatDate(row.latest.date, locale)) });
      }
    }
  }
  if (late && !ctx.familyOnly) {
    for (const item of skeleton.items) {
      // Milestones never observed are listed, not flagged (see the development section).
      if (item.milestone) continue;
      const row = ctx.rows[item.slot]!;
      if (row.observedInPeriod === 0) {
        concerns.push({ kind: "not-observed", subject: item.id, section: item.section, text: row.text, reason: NOT_OBSERVED[locale] });
      }
    }
  }
  const earlier = skeleton.earlier;
  for (const i of earlier?.indicators ?? []) {
    const latest = ctx.latestAtAsOf[i.slot];
    if (latest !== undefined && isEarlierBandLevel(latest.level)) {
      concerns.push({
        kind: "earlier-band",
        subject: i.id,
        section: i.aspect,
        text: i.text,
        reason: msg.earlierBand(localize(earlier!.band.label, locale), levelName(latest.level, locale)),
      });
    }
  }
  return concerns;
}
