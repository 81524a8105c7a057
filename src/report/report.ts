/**
 * `progressReport`: the rapor of one child for a period, as plain data.
 *
 * @module
 */
import { STPPA_TO_CP } from "../curricula/crosswalk.js";
import { type GrowthMeasure, MEASUREMENT_INDICATORS } from "../curricula/stppa-2014/routines.js";
import { bandForAge, type ResolvedCurriculum, resolveCurriculum } from "../curricula/resolve.js";
import { ValidationError } from "../errors/index.js";
import type { AgeBand, Centre, Framework, Level, LocalizedText } from "../model/index.js";
import { type ChildProgress, childProgress, foldProgress, latestOnOrBefore } from "../progress/index.js";
import {
  type CalendarDate,
  type Locale,
  addDays,
  ageOn,
  dayNumber,
  formatAge,
  formatDate,
  mondayOf,
} from "../time/index.js";
import { earlierBand, isEarlierBandLevel, isLateInPeriod, isStillBbLevel } from "./concern-rules.js";
import { developmentSection } from "./development.js";
import { emptyDistribution, isNotYet, isShown, levelRank, summaryLevel } from "./levels.js";
import { REPORT_MESSAGES, inSentence } from "./messages.js";
import { DEFAULT_STALLED_AFTER_DAYS, montessoriSummary } from "./montessori.js";
import { type Period, previousPeriod, semesterOf } from "./period.js";
import type { Change, Concern, ProgressReport, ReportEvidence, ReportItem, ReportSection } from "./schema.js";

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

interface ItemDef {
  readonly id: string;
  readonly text: LocalizedText;
  readonly framework: string;
  readonly section: string;
  /** Ids whose tagged anecdotes also count as evidence for this item's section. */
  readonly tags: readonly string[];
}

const MEASURES = new Map<string, GrowthMeasure>(MEASUREMENT_INDICATORS.map((m) => [m.indicator, m.measure]));

function localize(text: LocalizedText, locale: Locale): string {
  return locale === "en" ? (text.en ?? text.id) : text.id;
}

function goalGroupContains(group: string, months: number): boolean {
  const m = /^(\d+)-(\d+)$/.exec(group);
  return m !== null && months >= Number(m[1]) && months < Number(m[2]);
}

/** The expected items and sections for a child under a framework. */
function expectations(framework: Framework, curriculum: ResolvedCurriculum, months: number, locale: Locale) {
  if (framework.kind === "cp") {
    const stppa = curriculum.frameworks.find((f) => f.kind === "stppa");
    const stppaBand = stppa ? bandForAge(stppa, months) : undefined;
    const elementOfSub = new Map<string, string>();
    for (const e of framework.elements) for (const s of e.subElements) elementOfSub.set(s.id, e.id);
    const items: ItemDef[] = [];
    for (const f of curriculum.frameworks) {
      for (const g of f.learningGoals) {
        const section = elementOfSub.get(g.subElement);
        if (section !== undefined && goalGroupContains(g.group, months)) {
          items.push({ id: g.id, text: g.text, framework: f.id, section, tags: [g.id, g.subElement] });
        }
      }
    }
    for (const i of stppaBand?.indicators ?? []) {
      const row = STPPA_TO_CP.find((r) => r.aspect === i.aspect && r.scope === i.scope);
      const sub = row?.subElements[0];
      const section = sub === undefined ? undefined : elementOfSub.get(sub);
      if (section !== undefined && sub !== undefined) items.push({ id: i.id, text: i.text, framework: stppa!.id, section, tags: [i.id, sub] });
    }
    return {
      band: stppaBand,
      sections: framework.elements.map((e) => ({ id: e.id, name: localize(e.name, locale) })),
      items,
    };
  }
  const band = bandForAge(framework, months);
  return {
    band,
    sections: framework.aspects.map((a) => ({ id: a.id, name: localize(a.name, locale) })),
    items: (band?.indicators ?? []).map((i) => ({ id: i.id, text: i.text, framework: framework.id, section: i.aspect, tags: [i.id] })),
  };
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
 * @throws {@link ValidationError} when the child is unknown or `asOf` is before the child's birth
 * @example
 * ```ts
 * const report = progressReport(centre, "c-00001", { asOf: parseCalendarDate("2026-11-27") });
 * report.age.text; // => "4 tahun 7 bulan"
 * report.sections.map((s) => s.id); // => ["nam", "fm", "kog", "bhs", "sosem", "seni"]
 * ```
 * @category Report
 */
export function progressReport(centre: Centre, childId: string, options: ReportOptions): ProgressReport {
  const child = centre.children.find((c) => c.id === childId);
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
  const semester = semesterOf(centre.settings, asOf);
  const period: Period = options.period
    ? { from: options.period.from, to: options.period.to, name: options.period.name ?? { id: `${options.period.from} – ${options.period.to}` } }
    : semester;
  const end = period.to < asOf ? period.to : asOf;
  const previous = previousPeriod(period);
  const progress = childProgress(foldProgress(centre), child.id);
  const inPeriod = (date: string) => date >= period.from && date <= end;
  const visible = (v: string) => !familyOnly || v === "family";
  const nickname = child.nickname ?? child.name;

  const { band, sections: sectionDefs, items } = expectations(framework, curriculum, age.totalMonths, locale);
  const montessori = montessoriSummary(progress, curriculum, {
    asOf,
    ageMonths: age.totalMonths,
    familyOnly,
    locale,
    stalledAfterDays: options.stalledAfterDays ?? DEFAULT_STALLED_AFTER_DAYS,
    nextLessons: options.nextLessons ?? 5,
  });

  // Growth indicators (berat/tinggi badan sesuai usia) are evidenced by measurements, not rated.
  const measured = (measure: GrowthMeasure) =>
    progress.growth.filter(
      (g) =>
        inPeriod(g.date) &&
        visible(g.visibility) &&
        (measure === "weight"
          ? g.weightKg !== undefined
          : measure === "height"
            ? g.heightCm !== undefined
            : measure === "headCircumference"
              ? g.headCircumferenceCm !== undefined
              : g.weightKg !== undefined && g.heightCm !== undefined),
    ).length;
  const itemRows = new Map<string, ReportItem>();
  for (const item of items) {
    const history = progress.levels.get(item.id) ?? [];
    const latest = latestOnOrBefore(history, end, familyOnly);
    const measure = MEASURES.get(item.id);
    itemRows.set(item.id, {
      id: item.id,
      text: localize(item.text, locale),
      framework: item.framework,
      latest: latest ? { level: latest.level, date: latest.date } : null,
      observedInPeriod: history.filter((e) => inPeriod(e.date) && visible(e.visibility)).length + (measure ? measured(measure) : 0),
    });
  }

  const itemsBySection = new Map<string, ItemDef[]>();
  for (const item of items) {
    const list = itemsBySection.get(item.section);
    if (list) list.push(item);
    else itemsBySection.set(item.section, [item]);
  }
  const tagged = [...progress.anecdotes, ...progress.evidence];
  const sections: ReportSection[] = sectionDefs.map((def) => {
    const defs = itemsBySection.get(def.id) ?? [];
    const rows = defs.map((d) => itemRows.get(d.id)!);
    const distribution = emptyDistribution();
    for (const r of rows) if (r.latest) distribution[r.latest.level]++;
    const summary = summaryLevel(rows.flatMap((r) => (r.latest ? [r.latest.level] : [])));
    const previousLevels = defs.flatMap((d) => {
      const e = latestOnOrBefore(progress.levels.get(d.id) ?? [], previous.to, familyOnly);
      return e ? [e.level] : [];
    });
    const previousSummary = summaryLevel(previousLevels);
    const change: Change =
      summary === null ? "none" : previousSummary === null ? "new" : levelRank(summary) > levelRank(previousSummary) ? "up" : levelRank(summary) < levelRank(previousSummary) ? "down" : "same";
    const tags = new Set(defs.flatMap((d) => d.tags));
    const evidence: ReportEvidence[] = [];
    for (const e of tagged) {
      if (!inPeriod(e.date) || !visible(e.visibility) || !e.indicators.some((t) => tags.has(t))) continue;
      evidence.push({
        kind: e.kind === "anecdote" ? "anecdote" : e.evidence,
        date: e.date,
        text: e.kind === "anecdote" ? e.text : e.items.map((i) => i.caption ?? "").filter(Boolean).join("; "),
        refs: e.kind === "anecdote" ? [] : e.items.map((i) => i.ref),
        items: e.indicators.filter((t) => tags.has(t)),
      });
    }
    evidence.sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : a.text < b.text ? -1 : 1));
    const sectionLessons = montessori.ready.filter((a) => a.supports.some((s) => tags.has(s)));
    return {
      id: def.id,
      name: def.name,
      items: rows,
      expected: rows.length,
      observed: rows.filter((r) => r.observedInPeriod > 0).length,
      distribution,
      summary,
      previousSummary,
      change,
      evidence: evidence.slice(0, 3),
      narrative: narrative(nickname, def.name, rows, evidence, sectionLessons.slice(0, 2).map((a) => localize(a.name, locale)), locale, msg),
    };
  });

  const concerns = buildConcerns({ framework, band, items, itemRows, progress, period, asOf, familyOnly, locale, msg });
  const development = developmentSection(child, progress, curriculum, { asOf, ageMonths: age.totalMonths, locale, familyOnly });
  concerns.push(...development.concerns);

  const growthLatest = (key: "weightKg" | "heightCm" | "headCircumferenceCm") => {
    for (let i = progress.growth.length - 1; i >= 0; i--) {
      const g = progress.growth[i]!;
      const value = g[key];
      if (g.date <= asOf && visible(g.visibility) && value !== undefined) return { value, date: g.date };
    }
    return null;
  };

  const dates: string[] = [];
  for (const list of progress.levels.values()) for (const e of list) if (inPeriod(e.date) && visible(e.visibility)) dates.push(e.date);
  for (const list of progress.lessons.values()) for (const e of list) if (inPeriod(e.date) && visible(e.visibility)) dates.push(e.date);
  for (const list of [progress.anecdotes, progress.evidence, progress.growth, progress.screenings]) {
    for (const e of list) if (inPeriod(e.date) && visible(e.visibility)) dates.push(e.date);
  }
  const weeks: { week: CalendarDate; count: number }[] = [];
  if (period.from <= end) {
    for (let w = mondayOf(period.from); w <= end; w = addDays(w, 7)) weeks.push({ week: w, count: 0 });
  }
  const firstWeek = weeks.length > 0 ? dayNumber(weeks[0]!.week) : 0;
  for (const d of dates) weeks[Math.floor((dayNumber(d as CalendarDate) - firstWeek) / 7)]!.count++;

  const group = centre.groups.find((g) => g.id === child.group);
  return {
    version: 1,
    locale,
    audience,
    centre: { name: centre.settings.name },
    child: { id: child.id, name: child.name, nickname, group: group?.name ?? child.group },
    asOf,
    period: { from: period.from, to: period.to, name: localize(period.name, locale) },
    age: { ...age, text: formatAge(age, locale) },
    band: band ? { id: band.id, label: localize(band.label, locale), coverage: band.coverage, note: band.note ? localize(band.note, locale) : null } : null,
    framework: { id: framework.id, kind: framework.kind, name: localize(framework.name, locale), version: framework.version },
    observationsInPeriod: dates.length,
    sections,
    concerns,
    montessori: { areas: montessori.areas, stalled: montessori.stalled, next: montessori.next, stalledAfterDays: montessori.stalledAfterDays },
    growth: { weightKg: growthLatest("weightKg"), heightCm: growthLatest("heightCm"), headCircumferenceCm: growthLatest("headCircumferenceCm") },
    development: development.development,
    activity: weeks,
    parentReflection: { prompt: msg.reflectionPrompt, response: "" },
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
  framework: Framework;
  band: AgeBand | undefined;
  items: readonly ItemDef[];
  itemRows: ReadonlyMap<string, ReportItem>;
  progress: ChildProgress;
  period: Period;
  asOf: CalendarDate;
  familyOnly: boolean;
  locale: Locale;
  msg: (typeof REPORT_MESSAGES)[Locale];
}): Concern[] {
  const { period, asOf, msg, locale } = ctx;
  const late = isLateInPeriod(period, asOf);
  const concerns: Concern[] = [];
  for (const item of ctx.items) {
    const row = ctx.itemRows.get(item.id)!;
    if (late && row.latest !== null && isStillBbLevel(row.latest.level)) {
      concerns.push({ kind: "still-bb", subject: item.id, section: item.section, text: row.text, reason: msg.stillBb(levelName(row.latest.level, locale), formatDate(row.latest.date, locale)) });
    }
  }
  if (late && !ctx.familyOnly) {
    for (const item of ctx.items) {
      const row = ctx.itemRows.get(item.id)!;
      if (row.observedInPeriod === 0) {
        concerns.push({ kind: "not-observed", subject: item.id, section: item.section, text: row.text, reason: msg.notObserved(locale === "id" ? "dua pertiga" : "two thirds") });
      }
    }
  }
  const earlier = earlierBand(ctx.framework, ctx.band);
  for (const i of earlier?.indicators ?? []) {
    const latest = latestOnOrBefore(ctx.progress.levels.get(i.id) ?? [], asOf, ctx.familyOnly);
    if (latest !== undefined && isEarlierBandLevel(latest.level)) {
      concerns.push({
        kind: "earlier-band",
        subject: i.id,
        section: i.aspect,
        text: localize(i.text, locale),
        reason: msg.earlierBand(localize(earlier!.label, locale), levelName(latest.level, locale)),
      });
    }
  }
  return concerns;
}
