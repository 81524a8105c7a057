/**
 * The growth part of the rapor: the child's measurements read against the WHO standards that
 * Permenkes No. 2 Tahun 2020 adopts (z-scores and nutrition-status categories from the growth
 * module), the answers of the STPPA growth indicators, the growth charts as data, and the staff
 * concerns. It is the only part of the report that imports the growth module and its tables.
 *
 * @module
 */
import type { GrowthMeasure } from "../curricula/stppa-2014/routines.js";
import { referenceCurves } from "../growth/curves.js";
import { type NutritionStatus, nutritionStatus } from "../growth/status.js";
import { type GrowthIndicator, type GrowthZScores, growthZScores } from "../growth/zscores.js";
import type { Child, GrowthMeasurement } from "../model/index.js";
import { type CalendarDate, type Locale, addMonths, formatDate } from "../time/index.js";
import { GROWTH_WORDS, type GrowthIndex, INDEX_NAMES, answerOf, familyWords, zText, zone } from "./growth-words.js";
import type { GrowthAnswerData, GrowthChartData, GrowthReport, GrowthStatusLine, ReportGrowthPoint, ReportZScore } from "./growth-schema.js";
import type { Concern } from "./schema.js";

/** What {@link growthPart} needs besides the child and its measurements. */
export interface GrowthPartOptions {
  readonly asOf: CalendarDate;
  /** First day of the period: the indicators are answered from measurements dated in it. */
  readonly from: CalendarDate;
  /** Last day of the period that counts (the period end, or `asOf`). */
  readonly end: CalendarDate;
  readonly locale: Locale;
  readonly familyOnly: boolean;
  readonly nickname: string;
  /** The child's age in completed months on `asOf`. */
  readonly ageMonths: number;
  /** The report section holding the growth indicators (concerns are listed under it), or null. */
  readonly section: string | null;
}

/** The growth part: the report's `growthStatus`, the answers per growth measure, the concerns. */
export interface GrowthPart {
  readonly report: GrowthReport;
  readonly answers: Readonly<Record<GrowthMeasure, GrowthAnswerData>>;
  readonly concerns: readonly Concern[];
}

const INDICES: readonly GrowthIndex[] = ["wfa", "lhfa", "wflh", "bmifa", "hcfa"];
const SHORT: Readonly<Record<GrowthIndex, string>> = { wfa: "BB/U", lhfa: "PB/U, TB/U", wflh: "BB/PB, BB/TB", bmifa: "IMT/U", hcfa: "LK/U" };

interface Read {
  readonly m: GrowthMeasurement;
  readonly scores: GrowthZScores;
  readonly status: NutritionStatus;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function zOf(read: Read, index: GrowthIndex, locale: Locale): ReportZScore | null {
  const s = read.scores[index];
  if (s === undefined) return null;
  const c = index === "hcfa" ? undefined : read.status[index];
  return { z: s.z, flagged: s.flagged, table: c?.table ?? "", category: c?.code ?? "", label: c === undefined ? "" : locale === "en" ? c.label.en : c.label.id };
}

/** The index name with the regulation's abbreviation for this measurement (PB/U below 24 months, TB/U from). */
function indexName(read: Read, index: GrowthIndex): string {
  const c = index === "hcfa" ? undefined : read.status[index];
  if (c !== undefined) return c.index;
  if (index === "lhfa") return read.scores.lengthBased ? "PB/U" : "TB/U";
  if (index === "wflh") return read.scores.lengthBased ? "BB/PB" : "BB/TB";
  return SHORT[index];
}

/**
 * Reads a child's growth for a report. Measurements of the last twelve months up to `asOf`
 * (those the audience may see) are read; without the child's sex nothing can be computed and
 * the report says so.
 *
 * @param child - the child
 * @param growth - the child's effective growth measurements, oldest first
 * @param options - dates, locale, audience, nickname and age
 * @returns the report data, the answers and the concerns
 */
export function growthPart(child: Child, growth: readonly GrowthMeasurement[], options: GrowthPartOptions): GrowthPart {
  const { asOf, locale, familyOnly } = options;
  const W = GROWTH_WORDS[locale];
  const since = addMonths(asOf, -12);
  const visible = growth
    .filter((g) => g.date <= asOf && g.date >= since && g.date >= child.birthDate && (!familyOnly || g.visibility === "family"))
    .slice()
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sex = child.sex;
  const reads: Read[] = [];
  if (sex !== undefined) {
    for (const m of visible) {
      const scores = growthZScores({
        sex,
        birthDate: child.birthDate,
        date: m.date,
        ...(m.weightKg !== undefined ? { weightKg: m.weightKg } : {}),
        ...(m.heightCm !== undefined ? { heightCm: m.heightCm } : {}),
        ...(m.headCircumferenceCm !== undefined ? { headCm: m.headCircumferenceCm } : {}),
        ...(m.position !== undefined ? { position: m.position } : {}),
      });
      reads.push({ m, scores, status: nutritionStatus(scores) });
    }
  }

  const measurements: ReportGrowthPoint[] = reads.map((r) => ({
    date: r.m.date,
    ageMonths: round1(r.scores.ageMonths),
    weightKg: r.m.weightKg ?? null,
    heightCm: r.m.heightCm ?? null,
    headCircumferenceCm: r.m.headCircumferenceCm ?? null,
    measuredLying: r.m.heightCm === undefined ? null : r.scores.measuredLying,
    positionAssumed: r.m.heightCm !== undefined && r.scores.positionAssumed,
    wfa: zOf(r, "wfa", locale),
    lhfa: zOf(r, "lhfa", locale),
    wflh: zOf(r, "wflh", locale),
    bmifa: zOf(r, "bmifa", locale),
    hcfa: zOf(r, "hcfa", locale),
  }));

  // The latest z-score of each index.
  const latestRead = (index: GrowthIndex, from?: CalendarDate): Read | undefined => {
    for (let i = reads.length - 1; i >= 0; i--) {
      const r = reads[i]!;
      if (from !== undefined && (r.m.date < from || r.m.date > options.end)) continue;
      if (r.scores[index] !== undefined) return r;
    }
    return undefined;
  };
  const latest: GrowthStatusLine[] = [];
  for (const index of INDICES) {
    const r = latestRead(index);
    if (r === undefined) continue;
    const s = r.scores[index]!;
    const c = index === "hcfa" ? undefined : r.status[index];
    latest.push({
      index,
      name: INDEX_NAMES[locale][index],
      date: r.m.date,
      z: s.z,
      flagged: s.flagged,
      category: c?.code ?? "",
      label: c === undefined ? "" : locale === "en" ? c.label.en : c.label.id,
      words: s.flagged ? (locale === "en" ? "to be measured again" : "perlu diukur ulang") : familyWords(index, s.z, locale),
    });
  }
  const outside = latest.some((l) => !l.flagged && (l.index === "wfa" || l.index === "lhfa" || l.index === "wflh" || l.index === "bmifa") && answerOf(l.z, false) === "belum-sesuai");

  // Charts: weight-for-age and length/height-for-age over the months measured (with a margin).
  const charts: GrowthChartData[] = [];
  if (sex !== undefined) {
    for (const index of ["wfa", "lhfa"] as const) {
      const points = reads.flatMap((r) => {
        const value = index === "wfa" ? r.m.weightKg : r.m.heightCm;
        return value === undefined ? [] : [{ date: r.m.date, ageMonths: round1(r.scores.ageMonths), value, z: r.scores[index]?.z ?? null }];
      });
      if (points.length === 0) continue;
      const from = Math.max(0, Math.floor(points[0]!.ageMonths) - 2);
      const to = Math.ceil(points[points.length - 1]!.ageMonths) + 2;
      charts.push({
        index,
        title: W.chartTitle(index, options.nickname),
        unit: index === "wfa" ? "kg" : "cm",
        curves: referenceCurves(index, sex, from, to).map((c) => ({ sd: c.sd, points: c.points.map((p) => ({ ageMonths: p.ageMonths, value: p.value })) })),
        points,
      });
    }
  }

  const notes: string[] = [];
  if (sex === undefined && visible.length > 0) notes.push(W.noSex);
  const assumed = reads.filter((r) => r.m.heightCm !== undefined && r.scores.positionAssumed);
  if (assumed.some((r) => r.scores.measuredLying)) notes.push(W.positionAssumed(true));
  if (assumed.some((r) => !r.scores.measuredLying)) notes.push(W.positionAssumed(false));
  if (options.ageMonths >= 60) notes.push(W.noStandardHead);

  // Answers of the STPPA growth indicators, from the period's measurements.
  const answer = (measure: GrowthMeasure): GrowthAnswerData => {
    if (measure === "headCircumference" && options.ageMonths >= 60) return { answer: "tidak-ada-standar", text: W.noStandardHead, date: null, z: null };
    const hasMeasure = visible.some((g) => g.date >= options.from && g.date <= options.end && (measure === "weight" ? g.weightKg : measure === "height" ? g.heightCm : measure === "headCircumference" ? g.headCircumferenceCm : g.weightKg !== undefined ? g.heightCm : undefined) !== undefined);
    if (!hasMeasure) return { answer: "belum-diukur", text: W.answers["belum-diukur"], date: null, z: null };
    if (sex === undefined) return { answer: "tanpa-jenis-kelamin", text: W.noSex, date: null, z: null };
    // Weight for height: BB/PB or BB/TB to 60 months, IMT/U after (WHO has no weight-for-height past 60 months).
    const candidates: GrowthIndicator[] =
      measure === "weight" ? ["wfa"] : measure === "height" ? ["lhfa"] : measure === "headCircumference" ? ["hcfa"] : ["wflh", "bmifa"];
    for (const index of candidates) {
      const r = latestRead(index, options.from);
      if (r === undefined) continue;
      const s = r.scores[index]!;
      const a = answerOf(s.z, s.flagged);
      return { answer: a, text: W.answerText(a, `${indexName(r, index)} ${zText(s.z, locale)}, ${formatDate(r.m.date, locale)}`), date: r.m.date, z: s.z };
    }
    return { answer: "tidak-ada-standar", text: W.answers["tidak-ada-standar"], date: null, z: null };
  };
  const answers: Record<GrowthMeasure, GrowthAnswerData> = {
    weight: answer("weight"),
    height: answer("height"),
    weightForHeight: answer("weightForHeight"),
    headCircumference: answer("headCircumference"),
  };

  const concerns: Concern[] = familyOnly ? [] : staffConcerns(reads, visible, locale, options.section);
  return {
    report: { sex: sex ?? null, measurements, latest, advice: outside ? W.familyAdvice : null, charts, rule: W.rule, notes },
    answers,
    concerns,
  };
}

/**
 * The staff concerns of the latest measurements: below −2 SD of BB/U, PB/U or TB/U, BB/PB or
 * BB/TB (IMT/U after 60 months), above +2 SD of BB/PB, BB/TB or IMT/U, a flagged value to be
 * measured again, and a weight that did not rise between two weighings in consecutive months.
 */
function staffConcerns(reads: readonly Read[], visible: readonly GrowthMeasurement[], locale: Locale, section: string | null): Concern[] {
  const W = GROWTH_WORDS[locale];
  const out: Concern[] = [];
  const latestOf = (index: GrowthIndex) => {
    for (let i = reads.length - 1; i >= 0; i--) if (reads[i]!.scores[index] !== undefined) return reads[i]!;
    return undefined;
  };
  for (const index of ["wfa", "lhfa", "wflh", "bmifa", "hcfa"] as const) {
    const r = latestOf(index);
    if (r === undefined) continue;
    // IMT/U only where weight-for-height has no z-score at that measurement.
    if (index === "bmifa" && r.scores.wflh !== undefined) continue;
    const s = r.scores[index]!;
    const date = formatDate(r.m.date, locale);
    const name = indexName(r, index);
    const subject = `growth.${index}`;
    if (s.flagged) {
      out.push({ kind: "growth-remeasure", subject, section, text: W.concernText.remeasure, reason: W.concernRemeasure(name, zText(s.z, locale), date) });
      continue;
    }
    if (index === "hcfa") continue;
    const c = r.status[index];
    const label = c === undefined ? INDEX_NAMES[locale][index] : locale === "en" ? c.label.en : c.label.id;
    if (s.z < -2) out.push({ kind: "growth", subject, section, text: W.concernText.low, reason: W.concernLow(label, name, zText(s.z, locale), date) });
    else if ((index === "wflh" || index === "bmifa") && zone(index, s.z) === "above" && s.z > 2) {
      out.push({ kind: "growth", subject, section, text: W.concernText.high, reason: W.concernHigh(label, name, zText(s.z, locale), date) });
    }
  }
  // Weight not rising: the last two weighings, in consecutive calendar months.
  const weights = visible.filter((m) => m.weightKg !== undefined);
  if (weights.length >= 2) {
    const a = weights[weights.length - 2]!;
    const b = weights[weights.length - 1]!;
    const month = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
    if (month(b.date) - month(a.date) === 1 && b.weightKg! <= a.weightKg!) {
      const kg = (n: number) => `${locale === "id" ? String(n).replace(".", ",") : String(n)} kg`;
      out.push({
        kind: "weight-not-rising",
        subject: "growth.weight",
        section,
        text: W.concernText["not-rising"],
        reason: W.concernNotRising(kg(a.weightKg!), kg(b.weightKg!), formatDate(a.date, locale), formatDate(b.date, locale)),
      });
    }
  }
  return out;
}
