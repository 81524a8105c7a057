/**
 * The rapor's daycare sections: attendance for the period (rekap kehadiran) and the parent's
 * section (refleksi orang tua) filled from the family's own entries.
 *
 * @module
 */
import { attendanceSummary } from "../care/attendance.js";
import { careEvidence, SELF_CARE_LINKS } from "../care/development.js";
import type { Centre, Child } from "../model/index.js";
import { childLog, foldProgress } from "../progress/index.js";
import type { CalendarDate } from "../time/index.js";

/** What {@link careSections} adds to a report. */
export interface CareSections {
  readonly attendance: { readonly present: number; readonly sakit: number; readonly izin: number; readonly tanpaKeterangan: number; readonly daysRecorded: number } | null;
  /** Per self-care skill done independently in the period: how often, the last date, the items it counts for. */
  readonly selfCare: { readonly skill: keyof typeof SELF_CARE_LINKS; readonly count: number; readonly last: CalendarDate; readonly items: ReadonlySet<string> }[];
  readonly familyEntries: { readonly date: CalendarDate; readonly author: string; readonly entry: "reflection" | "home-observation"; readonly text: string }[];
}

/**
 * The attendance counts of the period (null when no attendance was recorded in it: a centre that
 * does not keep a daftar hadir in tumbuh prints no zeros) and the family's reflections and home
 * observations dated in the period, oldest first, each with its author's name and relation.
 * Attendance counts are facts of the child's days and are shown to both audiences; a family
 * entry marked staff-only is left out of the family version.
 */
export function careSections(centre: Centre, child: Child, from: CalendarDate, to: CalendarDate, familyOnly: boolean): CareSections {
  const summary = attendanceSummary(centre, child.id, from, to);
  const members = new Map((child.family ?? []).map((m) => [m.id, `${m.name} (${m.relation})`]));
  const familyEntries: CareSections["familyEntries"] = [];
  for (const o of childLog(foldProgress(centre), child.id)) {
    if (o.kind !== "family" || o.date < from || o.date > to || o.entry === "request") continue;
    if (familyOnly && o.visibility !== "family") continue;
    familyEntries.push({ date: o.date, author: members.get(o.author) ?? o.author, entry: o.entry, text: o.text });
  }
  const bySkill = new Map<keyof typeof SELF_CARE_LINKS, { entries: Set<string>; last: CalendarDate }>();
  for (const e of careEvidence(centre, child.id, from, to)) {
    if (familyOnly && e.visibility !== "family") continue;
    const s = bySkill.get(e.skill) ?? { entries: new Set<string>(), last: e.date as CalendarDate };
    s.entries.add(e.entry);
    if (e.date > s.last) s.last = e.date as CalendarDate;
    bySkill.set(e.skill, s);
  }
  const selfCare = [...bySkill].map(([skill, s]) => {
    const links = SELF_CARE_LINKS[skill];
    return { skill, count: s.entries.size, last: s.last, items: new Set([...links.stppa, ...links.cdc, ...links.montessori]) };
  });
  selfCare.sort((a, b) => (a.skill < b.skill ? -1 : 1));
  return { attendance: summary.daysRecorded === 0 ? null : summary, selfCare, familyEntries };
}
