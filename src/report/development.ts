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
import type { Child, Level, Screening } from "../model/index.js";
import { kpspFormFor } from "../screening/kpsp.js";
import { latestScreening } from "../screening/journal.js";
import { type CalendarDate, type Locale, formatDate } from "../time/index.js";
import { REPORT_MESSAGES } from "./messages.js";
import type { Concern, Development, ReportMilestone } from "./schema.js";
import { type Skeleton, type WatchedDef, localize } from "./skeleton.js";

/**
 * Builds the development section and its concerns for one child.
 *
 * @param screenings - the child's screenings the audience may see, oldest first
 * @param milestones - the CDC checklists of the report skeleton (undefined when none apply)
 * @param status - the latest assessment of a milestone on or before `asOf` the audience may see
 */
export function developmentSection(
  child: Child,
  screenings: readonly Screening[],
  milestones: Skeleton["milestones"],
  status: (milestone: WatchedDef) => { readonly level: Level; readonly date: CalendarDate } | undefined,
  options: { readonly asOf: CalendarDate; readonly locale: Locale; readonly familyOnly: boolean },
): { development: Development; concerns: Concern[] } {
  const { asOf, locale, familyOnly } = options;
  const msg = REPORT_MESSAGES[locale];
  const concerns: Concern[] = [];

  const latest = latestScreening({ screenings }, asOf, { birthDate: child.birthDate });
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

  let section: Development["milestones"] = null;
  const current = milestones?.checklists[milestones.checklists.length - 1];
  if (milestones !== undefined && current !== undefined) {
    const row = (m: WatchedDef, months: number, date: CalendarDate | null): ReportMilestone => ({ id: m.id, text: m.text, months, date });
    const sections = { checklistMonths: current.months, reached: [] as ReportMilestone[], notYet: [] as ReportMilestone[], notSure: [] as ReportMilestone[], notObserved: [] as ReportMilestone[] };
    for (const checklist of milestones.checklists) {
      for (const m of checklist.indicators) {
        const s = status(m);
        if (checklist === current) {
          const item = row(m, checklist.months, s?.date ?? null);
          if (s === undefined) sections.notObserved.push(item);
          else if (s.level === "achieved") sections.reached.push(item);
          else if (s.level === "not-sure") sections.notSure.push(item);
          else sections.notYet.push(item);
        }
        if (s?.level === "not-yet") {
          concerns.push({ kind: "milestone", subject: m.id, section: m.aspect, text: m.text, reason: msg.milestoneMissed(checklist.months) });
        } else if (s?.level === "not-sure") {
          concerns.push({ kind: "milestone", subject: m.id, section: m.aspect, text: m.text, reason: msg.milestoneNotSure(checklist.months) });
        }
      }
    }
    section = sections;
  }
  return { development: { screening, nextScreeningDue: nextDue, milestones: section }, concerns };
}
