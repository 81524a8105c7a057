/**
 * The "tumbuh kembang" section of a report: the latest KPSP screening and the CDC milestones for
 * the child's age, with the concerns they raise.
 *
 * CDC rule (Zubler et al. 2022): a milestone is placed at the age by which most children (75% or
 * more) show it, so a milestone of a checklist age at or below the child's age that is recorded
 * as "not yet" is a reason to talk with a health worker, never a diagnosis; "not sure" asks for
 * another look. Milestones never observed are listed, not flagged.
 *
 * @module
 */
import type { ResolvedCurriculum } from "../curricula/resolve.js";
import type { Child, Framework, LocalizedText } from "../model/index.js";
import { type ChildProgress, latestOnOrBefore } from "../progress/index.js";
import { kpspFormFor } from "../screening/kpsp.js";
import { latestScreening } from "../screening/journal.js";
import { type CalendarDate, type Locale, formatDate } from "../time/index.js";
import { REPORT_MESSAGES } from "./messages.js";
import type { Concern, Development, ReportMilestone } from "./schema.js";

function localize(text: { readonly id: string; readonly en?: string | undefined }, locale: Locale): string {
  return locale === "en" ? (text.en ?? text.id) : text.id;
}

/** Builds the development section and its concerns for one child. */
export function developmentSection(
  child: Child,
  progress: ChildProgress,
  curriculum: ResolvedCurriculum,
  options: { readonly asOf: CalendarDate; readonly ageMonths: number; readonly locale: Locale; readonly familyOnly: boolean },
): { development: Development; concerns: Concern[] } {
  const { asOf, locale, familyOnly } = options;
  const msg = REPORT_MESSAGES[locale];
  const concerns: Concern[] = [];

  const visibleProgress: ChildProgress = familyOnly
    ? { ...progress, screenings: progress.screenings.filter((s) => s.visibility === "family") }
    : progress;
  const latest = latestScreening(visibleProgress, asOf, { birthDate: child.birthDate });
  let screening: Development["screening"] = null;
  let nextDue: CalendarDate | null = null;
  if (latest?.kind === "scored") {
    const s = latest.score;
    screening = {
      date: latest.date,
      formAgeMonths: s.formAgeMonths,
      result: s.result,
      label: localize(s.label, locale),
      yes: s.yes,
      total: s.total,
      meaning: msg.screeningMeaning(s.result),
      followUp: familyOnly ? null : localize(s.followUp, locale),
      referral: s.referral,
    };
    nextDue = latest.nextDue ?? null;
    if (s.result !== "sesuai") {
      concerns.push({
        kind: "screening",
        subject: latest.observation,
        section: null,
        text: `KPSP ${s.formAgeMonths} ${locale === "id" ? "bulan" : "months"}`,
        reason: msg.screeningConcern(localize(s.label, locale), formatDate(latest.date, locale)),
      });
    }
  } else {
    const choice = kpspFormFor(child.birthDate, asOf);
    nextDue = choice.reason === "screening-age" ? asOf : (choice.nextDue ?? null);
  }

  const cdc: Framework | undefined = curriculum.frameworks.find((f) => f.kind === "milestones");
  let milestones: Development["milestones"] = null;
  const checklists = (cdc?.bands ?? []).filter((b) => b.fromMonths <= options.ageMonths);
  const current = checklists[checklists.length - 1];
  if (cdc !== undefined && current !== undefined && options.ageMonths < 72) {
    const status = (id: string) => latestOnOrBefore(progress.levels.get(id) ?? [], asOf, familyOnly);
    const row = (id: string, text: LocalizedText, months: number, date: CalendarDate | null): ReportMilestone => ({
      id,
      text: localize(text, locale),
      months,
      date,
    });
    const sections = { checklistMonths: current.fromMonths, reached: [] as ReportMilestone[], notYet: [] as ReportMilestone[], notSure: [] as ReportMilestone[], notObserved: [] as ReportMilestone[] };
    for (const band of checklists) {
      for (const m of band.indicators) {
        const s = status(m.id);
        const item = row(m.id, m.text, band.fromMonths, s?.date ?? null);
        if (band === current) {
          if (s === undefined) sections.notObserved.push(item);
          else if (s.level === "achieved") sections.reached.push(item);
          else if (s.level === "not-sure") sections.notSure.push(item);
          else sections.notYet.push(item);
        }
        if (s?.level === "not-yet") {
          concerns.push({ kind: "milestone", subject: m.id, section: m.aspect, text: item.text, reason: msg.milestoneMissed(band.fromMonths) });
        } else if (s?.level === "not-sure") {
          concerns.push({ kind: "milestone", subject: m.id, section: m.aspect, text: item.text, reason: msg.milestoneNotSure(band.fromMonths) });
        }
      }
    }
    milestones = sections;
  }
  return { development: { screening, nextScreeningDue: nextDue, milestones }, concerns };
}
