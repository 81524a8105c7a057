/**
 * Educator attendance (kehadiran pendidik): when each caregiver was with a group, for ratio checks.
 * Kept beside the journal on the centre (`educatorAttendance`), not in it: it is about staff, not a
 * child.
 *
 * @module
 */
import type * as z from "zod";
import { type Issue, ValidationError } from "../errors/index.js";
import { issuesFromZod } from "../io/issues.js";
import { canonicalJson } from "../journal/merge.js";
import { type Centre, EducatorAttendanceSchema } from "../model/index.js";

/** One educator attendance record as input. @category Care */
export type EducatorAttendanceInput = z.input<typeof EducatorAttendanceSchema>;
/** One educator attendance record. @category Care */
export type EducatorAttendance = NonNullable<Centre["educatorAttendance"]>[number];

/**
 * Records when educators were with a group, all or nothing: each record is validated (shape,
 * known educator and group, `to` not before `from`, unique id) and every problem listed.
 *
 * @param centre - the centre
 * @param input - one record or several
 * @returns a new centre with the records appended to `educatorAttendance`
 * @throws {@link ValidationError} listing every problem (nothing is recorded then)
 * @example
 * ```ts
 * const next = recordEducatorAttendance(centre, { id: "ea-1", educator: "e-01", group: "g-bayi", date: "2026-11-23", from: "07:00", to: "16:00" });
 * next.educatorAttendance?.length; // => 1
 * ```
 * @category Care
 */
export function recordEducatorAttendance(centre: Centre, input: EducatorAttendanceInput | readonly EducatorAttendanceInput[]): Centre {
  const many = Array.isArray(input);
  const inputs: readonly unknown[] = many ? input : [input];
  const issues: Issue[] = [];
  const educators = new Set<string>(centre.educators.map((e) => e.id));
  const groups = new Set<string>(centre.groups.map((g) => g.id));
  const ids = new Set<string>((centre.educatorAttendance ?? []).map((a) => a.id));
  const parsed: EducatorAttendance[] = [];
  inputs.forEach((raw, i) => {
    const at = (f: string) => (many ? `[${i}].${f}` : f);
    const result = EducatorAttendanceSchema.safeParse(raw, { reportInput: true });
    if (!result.success) {
      issues.push(...issuesFromZod(result.error, many ? [i] : []));
      return;
    }
    const a = result.data as EducatorAttendance;
    if (!educators.has(a.educator)) issues.push({ path: at("educator"), code: "unknown_reference", message: `unknown educator ${JSON.stringify(a.educator)}` });
    if (!groups.has(a.group)) issues.push({ path: at("group"), code: "unknown_reference", message: `unknown group ${JSON.stringify(a.group)}` });
    if (ids.has(a.id)) issues.push({ path: at("id"), code: "duplicate_id", message: `id ${JSON.stringify(a.id)} is already recorded` });
    ids.add(a.id);
    parsed.push(a);
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return { ...centre, educatorAttendance: [...(centre.educatorAttendance ?? []), ...parsed] };
}

/**
 * Merges the educator attendance of two copies of a centre like {@link mergeJournals} merges
 * journals: the union, each id once, ordered by date then id; for one id with two contents the
 * one whose canonical JSON sorts first is kept (commutative, associative, idempotent).
 *
 * @param a - one copy's records
 * @param b - the other's
 * @returns the merged records
 * @example
 * ```ts
 * mergeEducatorAttendance(tabletA.educatorAttendance ?? [], tabletB.educatorAttendance ?? []).length; // => 4
 * ```
 * @category Care
 */
export function mergeEducatorAttendance(a: readonly EducatorAttendance[], b: readonly EducatorAttendance[]): EducatorAttendance[] {
  const byId = new Map<string, { item: EducatorAttendance; json: string }>();
  for (const item of [...a, ...b]) {
    const json = canonicalJson(item);
    const seen = byId.get(item.id);
    if (seen === undefined || json < seen.json) byId.set(item.id, { item, json });
  }
  return [...byId.values()].map((v) => v.item).sort((x, y) => (x.date !== y.date ? (x.date < y.date ? -1 : 1) : x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}
