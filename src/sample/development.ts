/**
 * Synthetic milestone observations (CDC 2022) and KPSP screenings for the sample centre.
 *
 * @module
 */
import type { Framework } from "../model/index.js";
import { KPSP_AGES } from "../screening/kpsp-data.js";
import { kpspForm } from "../screening/kpsp.js";
import { type CalendarDate, addDays, addMonths } from "../time/index.js";
import type { Random } from "./random.js";

/** What the simulation needs to know about a child. */
export interface DevelopmentChild {
  readonly id: string;
  readonly birthDate: CalendarDate;
  readonly enrolledOn: CalendarDate;
  readonly ability: number;
  readonly educators: readonly string[];
}

/**
 * Records milestone checklists (at enrolment in the window and at each checklist age reached)
 * and KPSP screenings at each screening age reached inside the window, with a re-screen two
 * weeks after a doubtful result.
 */
export function simulateDevelopment(
  child: DevelopmentChild,
  ctx: { readonly rng: Random; readonly from: CalendarDate; readonly asOf: CalendarDate; readonly cdc: Framework | undefined },
  nextId: () => string,
  push: (o: Record<string, unknown>) => void,
): void {
  const { rng } = ctx;
  const start = child.enrolledOn > ctx.from ? child.enrolledOn : ctx.from;
  if (start > ctx.asOf) return;
  const author = () => rng.pick(child.educators);

  // Milestones: the checklist in force at the start, then every checklist age reached.
  const bands = ctx.cdc?.bands ?? [];
  bands.forEach((band, i) => {
    const due = addMonths(child.birthDate, band.fromMonths);
    const next = bands[i + 1];
    const inForceAtStart = due <= start && (next === undefined || addMonths(child.birthDate, next.fromMonths) > start);
    const reachedInWindow = due > start && due <= ctx.asOf;
    if (!inForceAtStart && !reachedInWindow) return;
    // One draw, clamped: drawing twice let the recorded date fall after asOf.
    const late = inForceAtStart ? start : addDays(due, rng.int(0, 6));
    const date = late > ctx.asOf ? ctx.asOf : late;
    for (const m of band.indicators) {
      const p = rng.next();
      const achieved = 0.91 + 0.07 * child.ability;
      const level = p < achieved ? "achieved" : p < achieved + 0.05 ? "not-sure" : "not-yet";
      push({ kind: "assessment", id: nextId(), child: child.id, date, author: author(), visibility: "family", indicator: m.id, level });
    }
  });

  // KPSP at each screening age reached inside the window.
  for (const age of KPSP_AGES) {
    const due = addMonths(child.birthDate, age);
    if (due < start || due > ctx.asOf) continue;
    const form = kpspForm(age);
    const screen = (date: CalendarDate, bonus: number) => {
      const yesChance = 0.95 + 0.04 * child.ability + bonus;
      const answers = form.questions.map((q) => ({ question: q.id, answer: rng.next() < yesChance ? "yes" : "no" }));
      push({ kind: "screening", id: nextId(), child: child.id, date, author: author(), visibility: "staff", instrument: "kpsp", formAgeMonths: age, answers });
      return answers.filter((a) => a.answer === "yes").length;
    };
    const yes = screen(due, 0);
    const recheck = addDays(due, 14);
    if (yes >= 7 && yes < form.questions.length - 1 && recheck <= ctx.asOf) screen(recheck, 0.03);
  }
}
