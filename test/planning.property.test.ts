import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import {
  type Activity,
  addDays,
  ageInMonths,
  type CalendarDate,
  type Centre,
  childProgress,
  createSampleCentre,
  daysBetween,
  foldProgress,
  inAgeWindow,
  latestOnOrBefore,
  mondayOf,
  prerequisitesMet,
  resolveCurriculum,
  type Stage,
  type WeeklyPlan,
  WeeklyPlanSchema,
  weeklyPlan,
  weekday,
} from "../src/index.js";
import { deepFreeze } from "./helpers/arbitraries.js";

/** A seeded permutation (Fisher–Yates with a small LCG), to shuffle inputs reproducibly. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const scenario = fc.record({
  sample: fc.record({
    seed: fc.integer({ min: 1, max: 10_000 }),
    children: fc.integer({ min: 5, max: 30 }),
    weeks: fc.integer({ min: 1, max: 10 }),
  }),
  /** Weeks after the sample journal's last week (0 = the week of its last day). */
  weekOffset: fc.integer({ min: 0, max: 3 }),
  /** Weekdays of the planned week that are holidays. */
  holidays: fc.subarray([1, 2, 3, 4, 5, 6, 7]),
  workingDays: fc.constantFrom([1, 2, 3, 4, 5] as const, [1, 2, 3, 4, 5, 6] as const, [2, 4] as const),
  slotsPerDay: fc.integer({ min: 1, max: 4 }),
  maxNew: fc.integer({ min: 0, max: 6 }),
  maxAgain: fc.integer({ min: 0, max: 2 }),
  rule: fc.constantFrom("mastered" as const, "practicing" as const),
  minutes: fc.constantFrom(null, 20, 60),
  seed: fc.integer({ min: 0, max: 5 }),
  /** Share of activities to retire and of materials to set to 0 copies (per mille). */
  retire: fc.integer({ min: 0, max: 80 }),
  zero: fc.integer({ min: 0, max: 80 }),
  shuffleSeed: fc.integer({ min: 1, max: 1_000_000 }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function setUp(s: Scenario) {
  const base = createSampleCentre({ ...s.sample, asOf: "2026-11-27" });
  const catalog = resolveCurriculum(base);
  const activityIds = [...catalog.activities.keys()];
  const materialIds = [...catalog.materials.keys()];
  const retired = activityIds.filter((_, i) => (i * 7919 + s.sample.seed) % 1000 < s.retire);
  const zero = materialIds.filter((_, i) => (i * 104729 + s.sample.seed) % 1000 < s.zero);
  const centre: Centre = {
    ...base,
    curriculum: { ...base.curriculum, retiredActivities: retired as unknown as Centre["curriculum"]["retiredActivities"] },
    inventory: [...base.inventory.filter((x) => !zero.includes(x.material)), ...zero.map((m) => ({ material: m, copies: 0 }))] as Centre["inventory"],
  };
  const monday = addDays(mondayOf("2026-11-27" as CalendarDate), 7 * s.weekOffset);
  const holidays = s.holidays.map((d) => addDays(monday, d - 1));
  const group = centre.groups[s.sample.seed % centre.groups.length]!.id;
  const options = {
    week: addDays(monday, s.sample.seed % 7),
    holidays,
    workingDays: s.workingDays,
    slotsPerDay: s.slotsPerDay,
    maxNewPresentationsPerChild: s.maxNew,
    maxPracticeAgainPerChild: s.maxAgain,
    prerequisiteRule: s.rule,
    educatorMinutesPerSlot: s.minutes,
    seed: s.seed,
  } as const;
  return { centre, group, options, monday, holidays };
}

function presentations(plan: WeeklyPlan) {
  return plan.days.flatMap((d) => d.slots.flatMap((slot) => slot.presentations.map((p) => ({ day: d, slot, p }))));
}

describe("weeklyPlan properties over generated centres", () => {
  fcTest.prop([scenario], { numRuns: 25 })("every hard rule holds", (s) => {
    const { centre, group, options, monday, holidays } = setUp(s);
    const frozen = deepFreeze(centre);
    const before = JSON.stringify(frozen);
    const plan = weeklyPlan(frozen, group, options);

    // Inputs are not mutated.
    expect(JSON.stringify(frozen)).toBe(before);
    // The plan is plain data that its schema accepts.
    WeeklyPlanSchema.parse(JSON.parse(JSON.stringify(plan)));

    const curriculum = resolveCurriculum(centre);
    const progress = foldProgress(centre);
    const children = new Map(centre.children.map((c) => [c.id as string, c]));
    const asOf = plan.asOf;
    expect(asOf).toBe(addDays(monday, -1));

    // Nothing on a holiday or a non-working weekday.
    for (const d of plan.days) {
      expect(holidays).not.toContain(d.date);
      expect(options.workingDays).toContain(weekday(d.date));
      expect(d.date >= monday && d.date <= addDays(monday, 6)).toBe(true);
      expect(d.slots).toHaveLength(options.slotsPerDay);
    }

    for (const d of plan.days) {
      for (const slot of d.slots) {
        // No slot uses more copies of a material than the inventory holds.
        const used = new Map<string, number>();
        for (const p of slot.presentations) for (const m of new Set(curriculum.activities.get(p.activity)!.materials)) used.set(m, (used.get(m) ?? 0) + 1);
        for (const [m, n] of used) expect(n).toBeLessThanOrEqual(curriculum.materials.get(m)?.copies ?? 0);
        // No child has two presentations in one slot.
        const kids = slot.presentations.flatMap((p) => p.children.map((c) => c.child));
        expect(new Set(kids).size).toBe(kids.length);
        // Educator minutes.
        if (options.educatorMinutesPerSlot !== null) {
          const educators = centre.groups.find((g) => g.id === group)!.educators.length;
          expect(slot.minutes).toBeLessThanOrEqual(options.educatorMinutesPerSlot * Math.max(1, educators));
        }
      }
    }

    // Every planned lesson is ready for every child in its group.
    for (const { day, p } of presentations(plan)) {
      const activity = curriculum.activities.get(p.activity) as Activity;
      expect(curriculum.retired.has(p.activity)).toBe(false);
      expect(p.children.length).toBeLessThanOrEqual(activity.maxChildren);
      for (const planned of p.children) {
        const child = children.get(planned.child)!;
        expect(child.group).toBe(group);
        expect(child.enrolledOn <= day.date && (child.leftOn === undefined || day.date <= child.leftOn)).toBe(true);
        const lessons = childProgress(progress, child.id).lessons;
        const history = lessons.get(p.activity) ?? [];
        const latest = latestOnOrBefore(history, asOf);
        if (planned.kind === "new") {
          expect(latest).toBeUndefined();
          expect(inAgeWindow(activity, ageInMonths(child.birthDate, monday))).toBe(true);
          const stageOf = (id: string): Stage | undefined => (curriculum.retired.has(id) ? "mastered" : latestOnOrBefore(lessons.get(id) ?? [], asOf)?.stage);
          expect(prerequisitesMet(activity, stageOf, curriculum.activities, options.prerequisiteRule)).toBe(true);
        } else {
          expect(activity.masterable).toBe(true);
          expect(latest?.stage === "presented" || latest?.stage === "practicing").toBe(true);
          const days = daysBetween(latest!.date, monday);
          expect(days).toBeGreaterThanOrEqual(7);
          // Under the full interval only when the lesson works on one of the child's needs.
          if (days < 14) expect(planned.reasons.some((r) => r.kind === "supports" || r.kind === "milestone" || r.kind === "extra-need")).toBe(true);
        }
      }
    }

    // Weekly limits per child, and each child's summary matches the schedule.
    for (const c of plan.children) {
      expect(c.newPresentations).toBeLessThanOrEqual(options.maxNewPresentationsPerChild);
      expect(c.practiceAgain).toBeLessThanOrEqual(options.maxPracticeAgainPerChild);
      const mine = presentations(plan).filter(({ p }) => p.children.some((x) => x.child === c.child));
      expect(c.planned).toHaveLength(mine.length);
      expect(new Set(mine.map(({ p }) => p.activity)).size).toBe(mine.length);
    }
    // Unplaced entries always name a reason.
    for (const u of plan.unplaced) expect(u.why.length).toBeGreaterThan(0);
  });

  fcTest.prop([scenario], { numRuns: 20 })("the same input and seed give the same plan, whatever the order of children and journal", (s) => {
    const { centre, group, options } = setUp(s);
    const plan = JSON.stringify(weeklyPlan(centre, group, options));
    expect(JSON.stringify(weeklyPlan(centre, group, options))).toBe(plan);
    const shuffled: Centre = {
      ...centre,
      children: shuffle(centre.children, s.shuffleSeed),
      groups: shuffle(centre.groups, s.shuffleSeed + 1),
      journal: { ...centre.journal, entries: shuffle(centre.journal.entries, s.shuffleSeed + 2) },
    };
    expect(JSON.stringify(weeklyPlan(shuffled, group, options))).toBe(plan);
  });
});
