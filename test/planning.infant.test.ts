import { describe, expect, it } from "vitest";
import {
  type ActivityInput,
  checkCentre,
  parseCalendarDate,
  withSampleNidoGroup,
  createSampleCentre,
  sampleDaySchedule,
  SAMPLE_UNDER3_DAY,
  dailyPlan,
  renderDailyPlanHtml,
  renderDailyPlanMarkdown,
  renderWeeklyPlanMarkdown,
  type CentreInput,
  createCentre,
  type DayBlockInput,
  parseCentre,
  resolveCurriculum,
  serializeCentre,
  ValidationError,
  type WeeklyPlan,
  WeeklyPlanSchema,
  weeklyPlan,
} from "../src/index.js";
// The new catalogue part itself (data, not public API), to tell its activities apart.
import { INFANT_TODDLER_ACTIVITIES } from "../src/curricula/montessori/activities-infant-toddler.js";
import { deepFreeze } from "./helpers/arbitraries.js";
import { errorOf } from "./helpers/errors.js";

/** A toddler-room day: arrival, two lesson blocks around a snack, lunch, a nap, one more block, milk, departure. */
const DAY: DayBlockInput[] = [
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

const child = (id: string, name: string, birthDate: string) => ({
  id,
  name,
  birthDate,
  group: "g-bayi",
  enrolledOn: "2026-07-01",
  consent: { photos: false, shareWithFamilyApps: false, aggregateStatistics: true },
});

/** Four synthetic children of 14 to 23 months in one Infant Community group with two educators, the bundled catalogue. */
function toddlerCentreInput(): CentreInput {
  const base = JSON.parse(serializeCentre(createCentre("TARA Batita"))) as CentreInput;
  return {
    ...base,
    educators: [
      { id: "e-1", name: "Bu Ani" },
      { id: "e-2", name: "Bu Dewi" },
    ],
    groups: [{ id: "g-bayi", name: "Kelompok Kupu-kupu (12–24 bulan)", educators: ["e-1", "e-2"] }],
    children: [
      child("c-4", "Dita", "2025-07-20"),
      child("c-1", "Raka", "2025-09-01"),
      child("c-3", "Sekar", "2024-12-15"),
      child("c-2", "Bima", "2025-05-10"),
    ],
  };
}

const WEEK = "2026-11-30";

function plan(options: Partial<Parameters<typeof weeklyPlan>[2]> = {}): WeeklyPlan {
  const centre = deepFreeze(parseCentre(toddlerCentreInput()));
  return weeklyPlan(centre, "g-bayi", { week: WEEK, daySchedule: DAY, ...options });
}

function minutes(t: string): number {
  return Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
}

describe("weekly plan of a 12–24 month group", () => {
  const p = plan();
  const curriculum = resolveCurriculum(parseCentre(toddlerCentreInput()));

  it("is a valid plan document with the children aged 14–23 months", () => {
    expect(WeeklyPlanSchema.parse(JSON.parse(JSON.stringify(p)))).toEqual(p);
    expect(p.children.map((c) => [c.child, c.ageMonths])).toEqual([
      ["c-1", 14],
      ["c-2", 18],
      ["c-3", 23],
      ["c-4", 16],
    ]);
    expect(p.settings.maxNewPresentationsUnder3).toBe(6);
  });

  it("offers each child at least 5 different activities in the week", () => {
    for (const c of p.children) {
      const distinct = new Set(c.planned.map((x) => x.activity));
      expect(distinct.size, c.child).toBeGreaterThanOrEqual(5);
      // Every planned activity is open to the child's age.
      for (const id of distinct) {
        const a = p.days.flatMap((d) => d.slots.flatMap((s) => s.presentations)).find((x) => x.activity === id)!;
        expect(a, id).toBeDefined();
      }
    }
  });

  it("places lessons only in the lesson blocks; meals, naps and the other care routines stay free", () => {
    for (const day of p.days) {
      expect(day.slots.map((s) => [s.start, s.end])).toEqual([
        ["08:30", "09:30"],
        ["10:00", "11:00"],
        ["14:30", "15:15"],
      ]);
      expect(day.routines?.map((r) => `${r.care} ${r.start}-${r.end}`)).toEqual([
        "arrival 07:30-08:30",
        "snack 09:30-10:00",
        "meal 11:00-11:45",
        "sleep 11:45-14:00",
        "nappy 14:00-14:30",
        "milk 15:15-15:30",
        "departure 15:30-16:00",
      ]);
      expect(day.routines?.find((r) => r.care === "sleep")?.name).toEqual({ id: "Tidur siang", en: "Nap" });
      expect(day.routines?.find((r) => r.care === "arrival")?.name.id).toBe("Kedatangan dan penyambutan");
      for (const slot of day.slots) {
        for (const r of day.routines ?? []) {
          const overlaps = minutes(slot.start!) < minutes(r.end) && minutes(r.start) < minutes(slot.end!);
          expect(overlaps, `${day.date} slot ${slot.slot} vs ${r.care}`).toBe(false);
        }
        // Two educators, the afternoon block is 45 minutes: at most 90 educator minutes there.
        expect(slot.minutes).toBeLessThanOrEqual(slot.slot === 3 ? 90 : 120);
      }
    }
  });

  it("groups children only where the activity is a group one, never beyond the material's copies", () => {
    const copies = new Map([...curriculum.materials.values()].map((m) => [m.id as string, m.copies]));
    for (const day of p.days) {
      for (const slot of day.slots) {
        const used = new Map<string, number>();
        for (const pr of slot.presentations) {
          if (pr.grouping === "individual") expect(pr.children, pr.activity).toHaveLength(1);
          expect(pr.children.length, pr.activity).toBeLessThanOrEqual(pr.maxChildren);
          for (const m of pr.materials) used.set(m.material, (used.get(m.material) ?? 0) + 1);
        }
        for (const [m, n] of used) expect(n, `${day.date} ${slot.slot} ${m}`).toBeLessThanOrEqual(copies.get(m) ?? 0);
        const kids = slot.presentations.flatMap((pr) => pr.children.map((c) => c.child));
        expect(new Set(kids).size).toBe(kids.length);
      }
    }
  });

  it("plans infant–toddler work, not 3–6 lessons", () => {
    const planned = new Set(p.children.flatMap((c) => c.planned.map((x) => x.activity)));
    for (const id of planned) {
      const a = curriculum.activities.get(id)!;
      expect(a.ageMonths.from, id).toBeLessThanOrEqual(23);
      expect(a.ageMonths.to, id).toBeGreaterThan(14);
    }
    expect([...planned].some((id) => id.startsWith("mont.practical-life."))).toBe(true);
  });

  it("an explicit limit still wins over the under-3 default", () => {
    const limited = plan({ maxNewPresentationsPerChild: 2, maxPracticeAgainPerChild: 0 });
    for (const c of limited.children) expect(c.planned.length, c.child).toBeLessThanOrEqual(2);
    expect(limited.settings.maxNewPresentationsUnder3).toBeUndefined();
  });

  it("rejects a bad timetable, naming every bad block", () => {
    const err = errorOf(() =>
      plan({
        daySchedule: [
          { start: "08:00", end: "07:00" },
          { start: "7:5", end: "09:00" },
          { start: "06:00", end: "06:30", care: "lunch" as never },
        ],
      }),
    );
    expect(err).toBeInstanceOf(ValidationError);
    const paths = (err as ValidationError).issues.map((i) => i.path).sort();
    expect(paths).toEqual(["daySchedule[0].end", "daySchedule[1].start", "daySchedule[2].care", "daySchedule[2].start"]);
    expect(() => plan({ daySchedule: [{ start: "12:00", end: "14:00", care: "sleep" }] })).toThrow(/no lesson block/);
    expect(() => plan({ slotsPerDay: 2 })).toThrow(/3 lesson blocks/);
  });
});

describe("hand-checked: one walker wagon, a shared music basket, meals and naps", () => {
  /**
   * Three 15-month-olds, two lessons only: the walker wagon (individual, ONE wagon) and shakers
   * (small group of up to 4, one basket). Two lesson blocks on Monday around lunch and a nap.
   * By hand: the three children score the same, and a shaker presentation of all three scores
   * their sum, so it is placed first, in block 1 (lowest key), as ONE presentation (a group
   * lesson, one basket, three fit). The wagon requests come next, by child id: Raka (c-1) gets the
   * wagon in block 2; Bima and Dita are busy in block 1 and the only wagon is taken in block 2, so
   * they wait ("material-busy", three children ready). Nothing lands in the meal or the nap.
   */
  function handCentre(): CentreInput {
    const base = toddlerCentreInput();
    const lesson = (id: string, name: string, grouping: ActivityInput["grouping"], maxChildren: number, material: string): ActivityInput => ({
      id,
      name: { id: name, en: name },
      area: id.startsWith("mont.culture") ? "culture" : "practical-life",
      subArea: id.startsWith("mont.culture") ? "music" : "movement",
      ageMonths: { from: 9, to: 24 },
      prerequisites: [],
      materials: [material],
      directAims: [{ id: "Tujuan", en: "Aim" }],
      indirectAims: [],
      masterable: true,
      threePeriod: false,
      grouping,
      maxChildren,
      minutes: 10,
      parentExplanation: { id: "Penjelasan.", en: "Explanation." },
      supports: [],
      origin: "montessori",
      sources: ["test"],
    });
    return {
      ...base,
      children: [child("c-1", "Raka", "2025-08-15"), child("c-2", "Bima", "2025-08-20"), child("c-3", "Dita", "2025-08-25")],
      curriculum: {
        ...base.curriculum!,
        bundled: ["stppa2014"],
        materials: [
          { id: "mat.walker-wagon", name: { id: "Gerobak dorong", en: "Walker wagon" }, copies: 1 },
          { id: "mat.baby-shakers", name: { id: "Keranjang marakas", en: "Shaker basket" }, copies: 1 },
        ],
        activities: [
          lesson("mont.practical-life.walker-wagon", "Gerobak Dorong", "individual", 1, "mat.walker-wagon"),
          lesson("mont.culture.baby-shakers", "Marakas", "small-group", 4, "mat.baby-shakers"),
        ],
      },
    };
  }

  const hand = weeklyPlan(deepFreeze(parseCentre(handCentre())), "g-bayi", {
    week: WEEK,
    workingDays: [1],
    daySchedule: [
      { start: "08:30", end: "09:30" },
      { start: "11:00", end: "11:45", care: "meal" },
      { start: "11:45", end: "14:00", care: "sleep" },
      { start: "14:30", end: "15:15" },
    ],
  });

  it("gives the shakers once to all three and the one wagon to one child; two wait", () => {
    const day = hand.days[0]!;
    expect(hand.days).toHaveLength(1);
    expect(day.slots.map((s) => `${s.start}-${s.end}`)).toEqual(["08:30-09:30", "14:30-15:15"]);
    const all = day.slots.map((s) => s.presentations.map((pr) => `${pr.activity}: ${pr.children.map((c) => c.child).join(" ")}`));
    expect(all).toEqual([["mont.culture.baby-shakers: c-1 c-2 c-3"], ["mont.practical-life.walker-wagon: c-1"]]);
    expect(hand.unplaced.map((u) => [u.activity, u.reason, u.children.map((c) => c.child)])).toEqual([
      [
        "mont.practical-life.walker-wagon",
        { kind: "material-busy", material: "mat.walker-wagon", name: { id: "Gerobak dorong", en: "Walker wagon" }, copies: 1, ready: 3 },
        ["c-2", "c-3"],
      ],
    ]);
    expect(day.routines?.map((r) => r.care)).toEqual(["meal", "sleep"]);
  });
});

describe("plans with a timetable, rendered", () => {
  const p = plan();

  it("the RPPM shows slot times and the care routines between them, in time order", () => {
    const md = renderWeeklyPlanMarkdown(p);
    const monday = md.slice(md.indexOf("## Senin"), md.indexOf("## Selasa"));
    const heads = monday.split("\n").filter((l) => l.startsWith("### ")).map((l) => l.replace(/ · \d+ menit$/, ""));
    expect(heads).toEqual([
      "### 07:30–08:30 · Kedatangan dan penyambutan",
      "### Sesi 1 · 08:30–09:30",
      "### 09:30–10:00 · Makan selingan",
      "### Sesi 2 · 10:00–11:00",
      "### 11:00–11:45 · Makan siang",
      "### 11:45–14:00 · Tidur siang",
      "### 14:00–14:30 · Ganti popok dan toilet",
      "### Sesi 3 · 14:30–15:15",
      "### 15:15–15:30 · Minum susu / ASI perah",
      "### 15:30–16:00 · Penjemputan",
    ]);
    expect(monday).toContain("*waktu perawatan, tidak ada presentasi*");
    expect(renderWeeklyPlanMarkdown(p, { locale: "en" })).toContain("### 11:45–14:00 · Nap");
  });

  it("the RPPH carries the routines and shows them in Markdown and HTML", () => {
    const day = dailyPlan(p, "2026-12-01");
    expect(day.routines?.map((r) => r.care)).toEqual(["arrival", "snack", "meal", "sleep", "nappy", "milk", "departure"]);
    expect(renderDailyPlanMarkdown(day)).toContain("### 11:00–11:45 · Makan siang");
    const html = renderDailyPlanHtml(day);
    expect(html).toContain("11:45–14:00");
    expect(html.indexOf("Makan siang")).toBeLessThan(html.indexOf("Tidur siang"));
    expect(html.indexOf("10:00–11:00")).toBeLessThan(html.indexOf("Makan siang"));
  });

  it("a plan without a timetable is unchanged: no times, no routines", () => {
    const centre = parseCentre(toddlerCentreInput());
    const untimed = weeklyPlan(centre, "g-bayi", { week: WEEK });
    expect(untimed.days[0]!.routines).toBeUndefined();
    expect(untimed.days[0]!.slots.every((s) => s.start === undefined && s.end === undefined)).toBe(true);
    expect(dailyPlan(untimed, "2026-12-01").routines).toBeUndefined();
  });
});

describe("the sample centre's under-3 groups", () => {
  const sample = createSampleCentre({ seed: 2026, children: 60, weeks: 16, asOf: "2026-11-27" });
  const curriculum = resolveCurriculum(sample);

  it("record infant–toddler work in their journal, including activities of the new catalogue part", () => {
    const youngest = new Set(sample.children.filter((c) => c.group === "g-12").map((c) => c.id as string));
    const used = new Set(
      sample.journal.entries.filter((e) => e.kind === "lesson" && youngest.has(e.child)).map((e) => (e as { activity: string }).activity),
    );
    const added = new Set(INFANT_TODDLER_ACTIVITIES.map((a) => a.id as string));
    const newOnes = [...used].filter((id) => added.has(id));
    expect(newOnes.length).toBeGreaterThanOrEqual(3);
  });

  it("plan the Kelompok Bayi week around the sample timetable, five or more activities per child", () => {
    expect(sampleDaySchedule("g-12")).toBe(SAMPLE_UNDER3_DAY);
    expect(sampleDaySchedule("g-45")).toBeUndefined();
    const p = weeklyPlan(sample, "g-12", { week: "2026-11-30", daySchedule: sampleDaySchedule("g-12")! });
    expect(p.days[0]!.routines?.map((r) => r.care)).toEqual(["arrival", "snack", "meal", "sleep", "nappy", "milk", "departure"]);
    for (const c of p.children) expect(new Set(c.planned.map((x) => x.activity)).size, c.child).toBeGreaterThanOrEqual(5);
  });
});

describe("the sample's Nido group (3–12 months)", () => {
  const base = createSampleCentre({ seed: 3, children: 10, weeks: 8, asOf: "2026-11-27" });
  const frozen = deepFreeze(structuredClone(base));
  const centre = withSampleNidoGroup(frozen, { babies: 5, weeks: 8, asOf: "2026-11-27" });

  it("adds made-up babies of 3–11 months in their own group, leaving the given centre as it was", () => {
    expect(frozen).toEqual(base);
    const babies = centre.children.filter((c) => c.group === "g-nido");
    expect(babies).toHaveLength(5);
    expect(centre.children).toHaveLength(15);
    for (const b of babies) {
      const months = Math.floor((Date.parse("2026-11-27") - Date.parse(b.birthDate)) / (30.44 * 86_400_000));
      expect(months, b.id).toBeGreaterThanOrEqual(3);
      expect(months, b.id).toBeLessThanOrEqual(12);
    }
    expect(withSampleNidoGroup(frozen, { babies: 5, weeks: 8, asOf: "2026-11-27" })).toEqual(centre);
  });

  it("is a valid centre whose babies' journal holds infant lessons in sequence", () => {
    expect(checkCentre(centre, { asOf: parseCalendarDate("2026-11-27") })).toEqual([]);
    const cur = resolveCurriculum(centre);
    const lessons = centre.journal.entries.filter((e) => e.kind === "lesson" && (e.child as string).startsWith("c-nido-"));
    expect(lessons.length).toBeGreaterThan(10);
    for (const l of lessons) expect(cur.activities.get((l as { activity: string }).activity)!.ageMonths.from, l.id).toBeLessThan(12);
  });

  it("plans the Nido week around the care routines", () => {
    const p = weeklyPlan(centre, "g-nido", { week: "2026-11-30", daySchedule: sampleDaySchedule("g-nido")! });
    expect(p.days[0]!.routines?.some((r) => r.care === "sleep")).toBe(true);
    expect(p.children.every((c) => c.planned.length > 0)).toBe(true);
  });
});
