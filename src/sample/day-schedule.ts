/**
 * The sample centre's timetable for its under-3 groups (Kelompok Bayi 1–2 tahun, Kelompok Batita
 * 2–3 tahun): a TPA day with short lesson blocks between arrival, snack, lunch, the nap, nappies,
 * milk and departure. An example of ours for demos and tests, not a rule from a source; a centre
 * passes its own timetable as `daySchedule` to `weeklyPlan`.
 *
 * @module
 */
import type { DayBlockInput } from "../planning/options.js";

/**
 * A synthetic TPA day for children under 3 years: three lesson blocks, care routines between them.
 *
 * @example
 * ```ts
 * const plan = weeklyPlan(createSampleCentre(), "g-12", { week: "2026-11-30", daySchedule: SAMPLE_UNDER3_DAY });
 * plan.days[0]?.routines?.map((r) => r.care);
 * // => ["arrival", "snack", "meal", "sleep", "nappy", "milk", "departure"]
 * ```
 * @category Sample
 */
export const SAMPLE_UNDER3_DAY: readonly DayBlockInput[] = [
  { start: "07:30", end: "08:30", care: "arrival" },
  { start: "08:30", end: "09:30" },
  { start: "09:30", end: "10:00", care: "snack" },
  { start: "10:00", end: "11:00" },
  { start: "11:00", end: "11:45", care: "meal", name: { id: "Makan siang", en: "Lunch" } },
  { start: "11:45", end: "14:00", care: "sleep", name: { id: "Tidur siang", en: "Nap" } },
  { start: "14:00", end: "14:30", care: "nappy" },
  { start: "14:30", end: "15:15" },
  { start: "15:15", end: "15:30", care: "milk" },
  { start: "15:30", end: "16:00", care: "departure" },
];

/**
 * The timetable the sample centre uses for a group: {@link SAMPLE_UNDER3_DAY} for its under-3
 * groups (`g-nido`, `g-12…`, `g-23…`), none (untimed slots) for the others.
 *
 * @param groupId - a group id of the sample centre
 * @returns the day's blocks, or undefined for a 3–6 group
 * @example
 * ```ts
 * sampleDaySchedule("g-12")?.length; // => 10
 * sampleDaySchedule("g-45"); // => undefined
 * ```
 * @category Sample
 */
export function sampleDaySchedule(groupId: string): readonly DayBlockInput[] | undefined {
  return groupId === "g-nido" || groupId.startsWith("g-12") || groupId.startsWith("g-23") ? SAMPLE_UNDER3_DAY : undefined;
}
