/**
 * Attendance over a period (rekap kehadiran): days present and days absent by reason.
 *
 * @module
 */
import type { AbsenceReason, Centre } from "../model/index.js";
import { childLog, foldProgress } from "../progress/index.js";

/**
 * A child's attendance over a period.
 *
 * @category Care
 */
export interface AttendanceSummary {
  /** Days with an arrival. */
  readonly present: number;
  /** Days with an absence and no arrival, by reason. */
  readonly sakit: number;
  readonly izin: number;
  readonly tanpaKeterangan: number;
  /** Days with any attendance entry (present + absent). */
  readonly daysRecorded: number;
}

const FIELD: Record<AbsenceReason, "sakit" | "izin" | "tanpaKeterangan"> = { sakit: "sakit", izin: "izin", "tanpa-keterangan": "tanpaKeterangan" };

/**
 * Counts a child's attendance between two dates (inclusive) from the effective journal. A day
 * counts once: present if the child arrived (even after an absence was first noted), otherwise
 * absent with the reason of the day's last absence entry (by id). Days with no attendance entry
 * are not counted at all: tumbuh does not guess absences.
 *
 * @param centre - the centre
 * @param childId - the child
 * @param from - first day
 * @param to - last day
 * @returns the counts
 * @example
 * ```ts
 * attendanceSummary(centre, "c-001", "2026-07-01", "2026-12-31");
 * // => { present: 98, sakit: 3, izin: 1, tanpaKeterangan: 0, daysRecorded: 102 }
 * ```
 * @category Care
 */
export function attendanceSummary(centre: Pick<Centre, "journal">, childId: string, from: string, to: string): AttendanceSummary {
  const days = new Map<string, AbsenceReason | "present">();
  for (const o of childLog(foldProgress(centre), childId)) {
    if (o.kind !== "attendance" || o.date < from || o.date > to) continue;
    const before = days.get(o.date);
    if (o.event === "absence") {
      if (before !== "present" && o.reason !== undefined) days.set(o.date, o.reason);
    } else if (o.event === "arrival") days.set(o.date, "present");
  }
  const counts = { present: 0, sakit: 0, izin: 0, tanpaKeterangan: 0 };
  for (const state of days.values()) {
    if (state === "present") counts.present++;
    else counts[FIELD[state]]++;
  }
  return { ...counts, daysRecorded: days.size };
}
