import { describe, expect, it } from "vitest";
import {
  type ActivityInput,
  type Centre,
  type CentreInput,
  createCentre,
  dailyPlan,
  defaultAreaBalance,
  parseCentre,
  serializeCentre,
  ValidationError,
  createSampleCentre as createSampleCentreFn,
  type WeeklyPlan,
  WeeklyPlanSchema,
  weeklyPlan,
} from "../src/index.js";
import { deepFreeze } from "./helpers/arbitraries.js";
import { errorOf } from "./helpers/errors.js";

// ─── The hand-checked scenario ──────────────────────────────────────────────────────────────────

function activity(
  id: string,
  name: string,
  en: string,
  area: ActivityInput["area"],
  subArea: string,
  from: number,
  prerequisites: string[],
  materials: string[],
  supports: string[],
  grouping: ActivityInput["grouping"] = "individual",
  maxChildren = 1,
): ActivityInput {
  return {
    id,
    name: { id: name, en },
    area,
    subArea,
    ageMonths: { from, to: 72 },
    prerequisites,
    materials,
    directAims: [{ id: "Tujuan langsung", en: "Direct aim" }],
    indirectAims: [],
    masterable: true,
    threePeriod: false,
    grouping,
    maxChildren,
    minutes: 10,
    parentExplanation: { id: "Penjelasan untuk orang tua.", en: "Explanation for parents." },
    supports,
    origin: "montessori",
    sources: ["test"],
  };
}

const lesson = (id: string, child: string, date: string, activityId: string, stage: "presented" | "practicing" | "mastered") => ({
  kind: "lesson" as const,
  id,
  child,
  date,
  author: "e-1",
  visibility: "family" as const,
  activity: activityId,
  stage,
});

/**
 * The hand-checked scenario: three children of about 4½ years in one group, a catalog of four
 * lessons, ONE pink tower, and journals whose plan is worked out by hand in planning.test.ts.
 */
function pinkTowerCentreInput(): CentreInput {
  const base = JSON.parse(serializeCentre(createCentre("TARA Uji"))) as CentreInput;
  const child = (id: string, name: string, nickname: string) => ({
    id,
    name,
    nickname,
    birthDate: "2022-07-01",
    group: "g-1",
    enrolledOn: "2026-07-13",
    consent: { photos: true, shareWithFamilyApps: true, aggregateStatistics: true },
  });
  return {
    ...base,
    educators: [{ id: "e-1", name: "Bu Sari" }],
    groups: [{ id: "g-1", name: "Kelompok Melati", educators: ["e-1"] }],
    // Listed out of id order on purpose: the plan must not depend on it.
    children: [child("c-3", "Cici Rahma", "Cici"), child("c-1", "Ana Putri", "Ana"), child("c-2", "Budi Santoso", "Budi")],
    inventory: [{ material: "mat.pink-tower", copies: 1 }],
    curriculum: {
      ...base.curriculum,
      bundled: ["stppa2014"],
      materials: [
        { id: "mat.knobbed-cylinders", name: { id: "Silinder berkenop", en: "Knobbed cylinders" }, copies: 1 },
        { id: "mat.pink-tower", name: { id: "Menara merah muda", en: "Pink tower" }, copies: 3 },
        { id: "mat.brown-stair", name: { id: "Tangga cokelat", en: "Brown stair" }, copies: 1 },
        { id: "mat.spooning-set", name: { id: "Set menyendok", en: "Spooning set" }, copies: 2 },
      ],
      activities: [
        activity("mont.sensorial.knobbed-cylinders-1", "Silinder Berkenop 1", "Knobbed cylinders 1", "sensorial", "visual", 24, [], ["mat.knobbed-cylinders"], []),
        activity("mont.sensorial.pink-tower", "Menara Merah Muda", "Pink tower", "sensorial", "visual", 30, ["mont.sensorial.knobbed-cylinders-1"], ["mat.pink-tower"], ["stppa2014.48-60.kog.b.5"]),
        activity("mont.sensorial.brown-stair", "Tangga Cokelat", "Brown stair", "sensorial", "visual", 30, ["mont.sensorial.pink-tower"], ["mat.brown-stair"], []),
        activity("mont.practical-life.spooning", "Menyendok", "Spooning", "practical-life", "preliminary", 18, [], ["mat.spooning-set"], ["stppa2014.48-60.fm.b.3"], "small-group", 3),
      ],
    },
    journal: {
      schemaVersion: 1,
      entries: [
        lesson("l-01", "c-1", "2026-10-20", "mont.sensorial.knobbed-cylinders-1", "presented"),
        lesson("l-02", "c-1", "2026-10-27", "mont.sensorial.knobbed-cylinders-1", "practicing"),
        lesson("l-03", "c-1", "2026-11-12", "mont.sensorial.knobbed-cylinders-1", "mastered"),
        lesson("l-04", "c-1", "2026-10-01", "mont.practical-life.spooning", "mastered"),
        lesson("l-05", "c-2", "2026-11-05", "mont.sensorial.knobbed-cylinders-1", "mastered"),
        lesson("l-06", "c-2", "2026-09-15", "mont.practical-life.spooning", "mastered"),
        // After asOf (the Sunday before the week): must be ignored.
        lesson("l-07", "c-2", "2026-11-30", "mont.sensorial.pink-tower", "presented"),
        lesson("l-08", "c-3", "2026-11-19", "mont.sensorial.knobbed-cylinders-1", "mastered"),
        lesson("l-09", "c-3", "2026-10-12", "mont.practical-life.spooning", "presented"),
        lesson("l-10", "c-3", "2026-11-02", "mont.practical-life.spooning", "practicing"),
        {
          kind: "assessment",
          id: "a-01",
          child: "c-3",
          date: "2026-11-10",
          author: "e-1",
          visibility: "family",
          indicator: "stppa2014.48-60.kog.b.5",
          level: "MB",
        },
      ],
    },
  };
}

function pinkTowerCentre(): Centre {
  return parseCentre(pinkTowerCentreInput());
}

const PT = "mont.sensorial.pink-tower";
const KC = "mont.sensorial.knobbed-cylinders-1";
const SP = "mont.practical-life.spooning";
const KOG_B5 = "stppa2014.48-60.kog.b.5";
const FM_B3 = "stppa2014.48-60.fm.b.3";
const KOG_B5_TEXT = { id: "Mengurutkan benda berdasarkan 5 seriasi ukuran atau warna", en: "Puts objects in order in a series of 5 by size or colour" };
const FM_B3_TEXT = { id: "Mengkoordinasikan mata dan tangan untuk melakukan gerakan yang rumit", en: "Coordinates eyes and hands to make intricate movements" };
const KC_NAME = { id: "Silinder Berkenop 1", en: "Knobbed cylinders 1" };
const PT_NAME = { id: "Menara Merah Muda", en: "Pink tower" };
const SP_NAME = { id: "Menyendok", en: "Spooning" };

/** Monday only (Tuesday–Friday are holidays), two slots, one new lesson and one repeat per child. */
const MONDAY_ONLY = {
  week: "2026-12-02",
  holidays: ["2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"],
  slotsPerDay: 2,
  maxNewPresentationsPerChild: 1,
  maxPracticeAgainPerChild: 1,
} as const;


function placed(plan: WeeklyPlan): { date: string; slot: number; activity: string; children: string[] }[] {
  return plan.days.flatMap((d) =>
    d.slots.flatMap((s) => s.presentations.map((p) => ({ date: d.date, slot: s.slot, activity: p.activity, children: p.children.map((c) => c.child) }))),
  );
}

describe("weeklyPlan: the hand-checked scenario (three children, one pink tower)", () => {
  // Worked out by hand from docs/planning.md (age 52 months on Monday 30 Nov 2026, so the area
  // balance is 20/20/25/20/15 and the area term of a first pick is 10 × 0.2 = 2):
  // - Cici: pink tower (new) = need MB 2 pts × 4 + gateway 1 × 2 + 1 week waiting + area 2 = 13;
  //   then spooning (practising, last seen 2 Nov, 28 days) = 4 weeks + area 10 × (0.2 × 2) = 8.
  // - Budi: pink tower = gateway 2 + 3 weeks (knobbed cylinders mastered 5 Nov) + area 2 = 7.
  //   His pink-tower record of 30 Nov is after asOf (29 Nov) and is ignored.
  // - Ana: pink tower = gateway 2 + 2 weeks (mastered 12 Nov) + area 2 = 6. Spooning is mastered.
  // Placed best first on Monday's two slots: Cici's pink tower takes slot 1; her spooning can only
  // go to slot 2; Budi's pink tower goes to slot 2 (slot 1 holds the only pink tower); Ana's finds
  // the pink tower in use in both slots.
  const plan = weeklyPlan(deepFreeze(pinkTowerCentre()), "g-1", MONDAY_ONLY);

  it("gives the exact schedule", () => {
    expect(plan.week).toBe("2026-11-30");
    expect(plan.asOf).toBe("2026-11-29");
    expect(plan.days).toEqual([
      {
        date: "2026-11-30",
        weekday: 1,
        slots: [
          {
            slot: 1,
            minutes: 10,
            presentations: [
              {
                activity: PT,
                name: PT_NAME,
                area: "sensorial",
                grouping: "individual",
                maxChildren: 1,
                minutes: 10,
                materials: [{ material: "mat.pink-tower", name: { id: "Menara merah muda", en: "Pink tower" }, copies: 1 }],
                children: [
                  {
                    child: "c-3",
                    kind: "new",
                    score: 13,
                    reasons: [
                      { kind: "next-after", activity: KC, name: KC_NAME, stage: "mastered", on: "2026-11-19" },
                      { kind: "supports", indicator: KOG_B5, text: KOG_B5_TEXT, level: "MB" },
                    ],
                    why: "lanjutan dari “Silinder Berkenop 1”, dikuasai 19 November 2026; mendukung “Mengurutkan benda berdasarkan 5 seriasi ukuran atau warna” (MB)",
                  },
                ],
                observe: [KOG_B5],
              },
            ],
          },
          {
            slot: 2,
            minutes: 20,
            presentations: [
              {
                activity: SP,
                name: SP_NAME,
                area: "practical-life",
                grouping: "small-group",
                maxChildren: 3,
                minutes: 10,
                materials: [{ material: "mat.spooning-set", name: { id: "Set menyendok", en: "Spooning set" }, copies: 2 }],
                children: [
                  {
                    child: "c-3",
                    kind: "practice-again",
                    score: 8,
                    reasons: [{ kind: "practice-again", stage: "practicing", since: "2026-11-02", days: 28 }],
                    why: "presentasi ulang: terakhir terlihat 2 November 2026 (berlatih, 28 hari lalu)",
                  },
                ],
                observe: [FM_B3],
              },
              {
                activity: PT,
                name: PT_NAME,
                area: "sensorial",
                grouping: "individual",
                maxChildren: 1,
                minutes: 10,
                materials: [{ material: "mat.pink-tower", name: { id: "Menara merah muda", en: "Pink tower" }, copies: 1 }],
                children: [
                  {
                    child: "c-2",
                    kind: "new",
                    score: 7,
                    reasons: [{ kind: "next-after", activity: KC, name: KC_NAME, stage: "mastered", on: "2026-11-05" }],
                    why: "lanjutan dari “Silinder Berkenop 1”, dikuasai 5 November 2026",
                  },
                ],
                observe: [KOG_B5],
              },
            ],
          },
        ],
      },
    ]);
  });

  it("lists the pink tower Ana could not get, with the reason in words", () => {
    expect(plan.unplaced).toEqual([
      {
        activity: PT,
        name: PT_NAME,
        area: "sensorial",
        children: [
          {
            child: "c-1",
            kind: "new",
            score: 6,
            reasons: [{ kind: "next-after", activity: KC, name: KC_NAME, stage: "mastered", on: "2026-11-12" }],
            why: "lanjutan dari “Silinder Berkenop 1”, dikuasai 12 November 2026",
          },
        ],
        reason: { kind: "material-busy", material: "mat.pink-tower", name: { id: "Menara merah muda", en: "Pink tower" }, copies: 1, ready: 3 },
        why: "hanya satu “Menara merah muda”; tiga anak siap",
      },
    ]);
  });

  it("summarises each child and plans what to observe", () => {
    expect(plan.children.map((c) => [c.child, c.ageMonths, c.newPresentations, c.practiceAgain, c.unplaced])).toEqual([
      ["c-1", 52, 0, 0, [PT]],
      ["c-2", 52, 1, 0, []],
      ["c-3", 52, 1, 1, []],
    ]);
    expect(plan.children[2]?.needs).toEqual([{ indicator: KOG_B5, kind: "indicator", level: "MB", text: KOG_B5_TEXT, points: 2 }]);
    expect(plan.children[0]?.areaBalance).toEqual({ "practical-life": 20, sensorial: 20, language: 25, mathematics: 20, culture: 15 });
    expect(plan.observe).toEqual([
      { indicator: KOG_B5, text: KOG_B5_TEXT, purpose: "need", children: [{ child: "c-3", level: "MB" }], activities: [PT], dates: ["2026-11-30"] },
      { indicator: FM_B3, text: FM_B3_TEXT, purpose: "unobserved", children: [{ child: "c-3" }], activities: [SP], dates: ["2026-11-30"] },
      { indicator: KOG_B5, text: KOG_B5_TEXT, purpose: "unobserved", children: [{ child: "c-2" }], activities: [PT], dates: ["2026-11-30"] },
    ]);
  });

  it("records its settings and validates against its own schema", () => {
    expect(plan.settings).toEqual({
      workingDays: [1, 2, 3, 4, 5],
      holidays: ["2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"],
      slotsPerDay: 2,
      maxNewPresentationsPerChild: 1,
      maxPracticeAgainPerChild: 1,
      practiceAgainAfterDays: 14,
      prerequisiteRule: "mastered",
      slotCapacityMinutes: 60,
      extraNeeds: [],
    });
    expect(WeeklyPlanSchema.parse(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
  });

  it("gives the English words when asked", () => {
    const en = weeklyPlan(pinkTowerCentre(), "g-1", { ...MONDAY_ONLY, locale: "en" });
    expect(en.unplaced[0]?.why).toBe("only one “Pink tower”; three children ready");
    expect(en.days[0]?.slots[0]?.presentations[0]?.children[0]?.why).toBe(
      "next after “Knobbed cylinders 1”, mastered 19 November 2026; supports “Puts objects in order in a series of 5 by size or colour” (MB)",
    );
  });

  it("places Ana once there are two slots free of the pink tower (a second day)", () => {
    const two = weeklyPlan(pinkTowerCentre(), "g-1", { ...MONDAY_ONLY, holidays: ["2026-12-02", "2026-12-03", "2026-12-04"] });
    expect(two.unplaced).toEqual([]);
    const pink = placed(two).filter((p) => p.activity === PT);
    expect(pink.map((p) => p.children[0]).sort()).toEqual(["c-1", "c-2", "c-3"]);
    // Never two pink towers in one slot.
    expect(new Set(pink.map((p) => `${p.date}/${p.slot}`)).size).toBe(3);
  });
});

// ─── Rules ─────────────────────────────────────────────────────────────────────────────────────

describe("weeklyPlan: options and defaults", () => {
  it("plans the week after asOf when only asOf is given, and asOf defaults to the Sunday before", () => {
    const a = weeklyPlan(pinkTowerCentre(), "g-1", { asOf: "2026-11-27" });
    expect(a.week).toBe("2026-11-30");
    expect(a.asOf).toBe("2026-11-27");
    const b = weeklyPlan(pinkTowerCentre(), "g-1", { week: "2026-12-04" });
    expect(b.week).toBe("2026-11-30");
    expect(b.asOf).toBe("2026-11-29");
    expect(b.days.map((d) => d.date)).toEqual(["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"]);
    expect(b.days.every((d) => d.slots.length === 3)).toBe(true);
  });

  it("skips holidays (the centre's and the given ones) and honours working weekdays", () => {
    const input = pinkTowerCentreInput();
    const centre = parseCentre({ ...input, settings: { ...input.settings, holidays: ["2026-12-01"] } });
    const plan = weeklyPlan(centre, "g-1", { week: "2026-11-30", holidays: ["2026-12-03"], workingDays: [1, 2, 3, 4, 5, 6] });
    expect(plan.days.map((d) => d.date)).toEqual(["2026-11-30", "2026-12-02", "2026-12-04", "2026-12-05"]);
    expect(plan.settings.holidays).toEqual(["2026-12-01", "2026-12-03"]);
  });

  it("uses the observations up to asOf only", () => {
    // With asOf on 30 Nov, Budi's pink-tower presentation of that day counts: it is no longer new.
    const plan = weeklyPlan(pinkTowerCentre(), "g-1", { ...MONDAY_ONLY, asOf: "2026-11-30" });
    expect(placed(plan).some((p) => p.activity === PT && p.children.includes("c-2"))).toBe(false);
  });

  it("reports every bad option at once, with paths", () => {
    const error = errorOf(() =>
      weeklyPlan(pinkTowerCentre(), "g-1", { week: "2026-02-30", slotsPerDay: 0, maxNewPresentationsPerChild: 1.5, holidays: ["x"], areaBalance: { sensorial: -1 } }),
    );
    expect(error.issues.map((i) => i.path)).toEqual(["week", "holidays[0]", "slotsPerDay", "maxNewPresentationsPerChild", "areaBalance.sensorial"]);
    expect(errorOf(() => weeklyPlan(pinkTowerCentre(), "g-9", { week: "2026-11-30" })).issues[0]?.code).toBe("unknown_reference");
    expect(errorOf(() => weeklyPlan(pinkTowerCentre(), "g-1", {})).issues[0]?.code).toBe("missing");
  });

  it("documents the default area balance by age", () => {
    expect(defaultAreaBalance(30)).toEqual({ "practical-life": 50, sensorial: 25, language: 15, mathematics: 5, culture: 5 });
    expect(defaultAreaBalance(47)["practical-life"]).toBe(35);
    expect(defaultAreaBalance(60)).toEqual({ "practical-life": 10, sensorial: 15, language: 30, mathematics: 25, culture: 20 });
  });
});

describe("weeklyPlan: choosing", () => {
  it("never plans a retired activity", () => {
    const input = pinkTowerCentreInput();
    const centre = parseCentre({ ...input, curriculum: { ...input.curriculum, retiredActivities: [PT] } });
    const plan = weeklyPlan(centre, "g-1", { week: "2026-11-30" });
    expect(placed(plan).some((p) => p.activity === PT)).toBe(false);
    expect(plan.unplaced.some((u) => u.activity === PT)).toBe(false);
    // A retired prerequisite does not block: the brown stair opens for everyone in age.
    expect(placed(plan).filter((p) => p.activity === "mont.sensorial.brown-stair").flatMap((p) => p.children).sort()).toEqual(["c-1", "c-2", "c-3"]);
  });

  it("lists a lesson whose material has zero copies as unplaced and gives the child another", () => {
    const input = pinkTowerCentreInput();
    const centre = parseCentre({ ...input, inventory: [{ material: "mat.pink-tower", copies: 0 }] });
    const plan = weeklyPlan(centre, "g-1", { week: "2026-11-30" });
    expect(placed(plan).some((p) => p.activity === PT)).toBe(false);
    const u = plan.unplaced.find((x) => x.activity === PT);
    expect(u?.reason).toEqual({ kind: "no-copies", material: "mat.pink-tower", name: { id: "Menara merah muda", en: "Pink tower" } });
    expect(u?.children.map((c) => c.child)).toEqual(["c-1", "c-2", "c-3"]);
    expect(u?.why).toBe("“Menara merah muda” tidak ada di inventaris (0 buah)");
  });

  it("with the practicing rule, a prerequisite still being practised opens the next lesson", () => {
    const input = pinkTowerCentreInput();
    const entries = input.journal.entries.filter((e) => e.id !== "l-03");
    const centre = parseCentre({ ...input, journal: { ...input.journal, entries } });
    const strict = weeklyPlan(centre, "g-1", { week: "2026-11-30" });
    expect(placed(strict).some((p) => p.activity === PT && p.children.includes("c-1"))).toBe(false);
    const loose = weeklyPlan(centre, "g-1", { week: "2026-11-30", prerequisiteRule: "practicing" });
    const ana = loose.days.flatMap((d) => d.slots.flatMap((s) => s.presentations)).find((p) => p.activity === PT && p.children.some((c) => c.child === "c-1"));
    expect(ana?.children.find((c) => c.child === "c-1")?.reasons[0]).toEqual({ kind: "next-after", activity: KC, name: KC_NAME, stage: "practicing", on: "2026-10-27" });
  });

  it("weighs a CDC milestone not reached for the age (issue 6), and ignores one above the age", () => {
    const input = pinkTowerCentreInput();
    const entries = [
      ...input.journal.entries.filter((e) => e.id !== "l-06"),
      { kind: "assessment" as const, id: "m-1", child: "c-2", date: "2026-11-20", author: "e-1", visibility: "staff" as const, indicator: "cdc2022.48m.phys.2", level: "not-yet" as const },
      { kind: "assessment" as const, id: "m-2", child: "c-2", date: "2026-11-20", author: "e-1", visibility: "staff" as const, indicator: "cdc2022.60m.phys.1", level: "not-yet" as const },
    ];
    const centre = parseCentre({ ...input, curriculum: { ...input.curriculum, bundled: ["stppa2014", "cdc2022"] }, journal: { ...input.journal, entries } });
    const plan = weeklyPlan(centre, "g-1", { week: "2026-11-30" });
    const budi = plan.children.find((c) => c.child === "c-2")!;
    expect(budi.needs.map((n) => [n.indicator, n.kind, n.points])).toEqual([["cdc2022.48m.phys.2", "milestone", 4]]);
    const spooning = plan.days.flatMap((d) => d.slots.flatMap((s) => s.presentations)).find((p) => p.activity === SP);
    const entry = spooning?.children.find((c) => c.child === "c-2");
    expect(entry?.reasons).toContainEqual(expect.objectContaining({ kind: "milestone", milestone: "cdc2022.48m.phys.2", level: "not-yet" }));
    expect(entry?.why).toContain("mendukung tahapan perkembangan “");
  });

  it("shows a lesson in practice again after half the interval when it works on a need", () => {
    const input = pinkTowerCentreInput();
    const recent = { ...input.journal.entries.find((e) => e.id === "l-10")!, id: "l-11", date: "2026-11-20" };
    const need = { kind: "assessment" as const, id: "a-02", child: "c-3", date: "2026-11-20", author: "e-1", visibility: "family" as const, indicator: FM_B3, level: "BB" as const };
    const cici = (entries: CentreInput["journal"]["entries"]) =>
      weeklyPlan(parseCentre({ ...input, journal: { ...input.journal, entries } }), "g-1", { week: "2026-11-30" }).children.find((c) => c.child === "c-3")!;
    // Last seen 20 Nov, 10 days before Monday: not due (14 days) …
    expect(cici([...input.journal.entries, recent]).planned.some((p) => p.activity === SP)).toBe(false);
    // … unless it works on something Cici is at BB on (due after 7 days).
    const withNeed = cici([...input.journal.entries, recent, need]);
    expect(withNeed.planned.find((p) => p.activity === SP)?.kind).toBe("practice-again");
  });

  it("treats extraNeeds (e.g. a KPSP domain behind) as needs for every child", () => {
    const plan = weeklyPlan(pinkTowerCentre(), "g-1", { ...MONDAY_ONLY, extraNeeds: [FM_B3] });
    const spooning = plan.days[0]?.slots.flatMap((s) => s.presentations).find((p) => p.activity === SP);
    expect(spooning?.children[0]?.reasons).toContainEqual({ kind: "extra-need", indicator: FM_B3, text: FM_B3_TEXT });
    expect(plan.settings.extraNeeds).toEqual([FM_B3]);
  });

  it("adds the theme weight and names the theme", () => {
    const plan = weeklyPlan(pinkTowerCentre(), "g-1", {
      ...MONDAY_ONLY,
      theme: { name: { id: "Diriku", en: "Myself" }, subtheme: "Tanganku", activities: [SP] },
    });
    expect(plan.theme).toEqual({ name: { id: "Diriku", en: "Myself" }, subtheme: { id: "Tanganku" }, activities: [SP] });
    const spooning = plan.days[0]?.slots.flatMap((s) => s.presentations).find((p) => p.activity === SP);
    expect(spooning?.children[0]?.score).toBe(14);
    expect(spooning?.children[0]?.why).toContain("sesuai tema “Diriku”");
  });

  it("follows an area balance given by the caller", () => {
    const plan = weeklyPlan(pinkTowerCentre(), "g-1", { ...MONDAY_ONLY, areaBalance: { "practical-life": 1 } });
    expect(plan.settings.areaBalance).toEqual({ "practical-life": 1, sensorial: 0, language: 0, mathematics: 0, culture: 0 });
    // Cici's spooning now gets the whole area term, 4 + 10 × (1 × 1) = 14, and beats her pink
    // tower (11 + 0), so it takes slot 1; Budi's pink tower (5 + 0) shares slot 1 with it.
    expect(plan.days[0]?.slots[0]?.presentations.map((p) => [p.activity, p.children[0]?.child, p.children[0]?.score])).toEqual([
      [SP, "c-3", 14],
      [PT, "c-2", 5],
    ]);
  });
});

describe("weeklyPlan: scheduling", () => {
  it("never goes over the educators' minutes in a slot, and says so", () => {
    const plan = weeklyPlan(pinkTowerCentre(), "g-1", { ...MONDAY_ONLY, educatorMinutesPerSlot: 10 });
    for (const s of plan.days[0]!.slots) expect(s.minutes).toBeLessThanOrEqual(10);
    // Slot 1 holds the only pink tower and slot 2 has no time left after Cici's spooning.
    expect(plan.unplaced.map((u) => [u.activity, u.children.map((c) => c.child), u.reason.kind])).toEqual([[PT, ["c-1", "c-2"], "no-time"]]);
    expect(plan.unplaced[0]?.why).toBe("waktu pendidik (10 menit per sesi) sudah penuh di setiap sesi yang bisa");
  });

  it("plans nothing and says why when the week has no working day", () => {
    const plan = weeklyPlan(pinkTowerCentre(), "g-1", { week: "2026-11-30", workingDays: [6], holidays: ["2026-12-05"] });
    expect(plan.days).toEqual([]);
    expect(plan.children.every((c) => c.planned.length === 0 && c.availableDays.length === 0)).toBe(true);
  });

  it("groups children who need the same small-group lesson into one presentation", () => {
    const input = pinkTowerCentreInput();
    const entries = input.journal.entries.filter((e) => e.id !== "l-04" && e.id !== "l-06" && e.id !== "l-09" && e.id !== "l-10");
    const centre = parseCentre({ ...input, journal: { ...input.journal, entries } });
    const plan = weeklyPlan(centre, "g-1", { week: "2026-11-30", theme: { name: "Tangan", activities: [SP] } });
    const spooning = placed(plan).filter((p) => p.activity === SP);
    expect(spooning).toHaveLength(1);
    expect(spooning[0]?.children).toEqual(["c-1", "c-2", "c-3"]);
  });

  it("only plans for children enrolled on the day", () => {
    const input = pinkTowerCentreInput();
    const children = input.children.map((c) => (c.id === "c-1" ? { ...c, enrolledOn: "2026-12-03" } : c));
    const plan = weeklyPlan(parseCentre({ ...input, children, journal: { ...input.journal, entries: input.journal.entries.filter((e) => e.child !== "c-1") } }), "g-1", {
      week: "2026-11-30",
    });
    const ana = plan.children.find((c) => c.child === "c-1")!;
    expect(ana.availableDays).toEqual(["2026-12-03", "2026-12-04"]);
    expect(ana.planned.every((p) => p.date >= "2026-12-03")).toBe(true);
    expect(ana.planned.length).toBeGreaterThan(0);
  });
});

describe("dailyPlan (RPPH)", () => {
  const plan = weeklyPlan(pinkTowerCentre(), "g-1", { ...MONDAY_ONLY, theme: { name: "Diriku" } });

  it("is the day's view of the weekly plan", () => {
    const day = dailyPlan(plan, "2026-11-30");
    expect(day.workingDay).toBe(true);
    expect(day.opening).toEqual(["greeting", "prayer", "theme-talk", "work-cycle-intro"]);
    expect(day.closing).toEqual(["tidy-up", "recall", "closing-prayer", "goodbye"]);
    expect(day.core).toEqual(plan.days[0]?.slots);
    expect(day.core).not.toBe(plan.days[0]?.slots);
    expect(day.materials).toEqual([
      { material: "mat.pink-tower", name: { id: "Menara merah muda", en: "Pink tower" }, needed: 1, copies: 1 },
      { material: "mat.spooning-set", name: { id: "Set menyendok", en: "Spooning set" }, needed: 1, copies: 2 },
    ]);
    expect(day.observe.map((o) => [o.purpose, o.indicator, o.children.map((c) => c.child)])).toEqual([
      ["need", KOG_B5, ["c-3"]],
      ["unobserved", FM_B3, ["c-3"]],
      ["unobserved", KOG_B5, ["c-2"]],
    ]);
    expect(day.children.map((c) => c.child)).toEqual(["c-1", "c-2", "c-3"]);
  });

  it("is empty on a holiday and refuses a date outside the week", () => {
    const holiday = dailyPlan(plan, "2026-12-01");
    expect(holiday.workingDay).toBe(false);
    expect(holiday.core).toEqual([]);
    expect(holiday.opening).toEqual([]);
    expect(errorOf(() => dailyPlan(plan, "2026-12-07")).issues[0]?.path).toBe("date");
    expect(errorOf(() => dailyPlan(plan, "2026-12-32")).issues[0]?.code).toBe("invalid_date");
  });
});

describe("weeklyPlan on the sample centre", () => {
  it("gives every child of a class a full week without breaking a rule", () => {
    const centre = createSampleCentreOnce();
    const plan = weeklyPlan(centre, "g-45", { week: "2026-11-30" });
    expect(plan.children).toHaveLength(20);
    for (const c of plan.children) {
      expect(c.newPresentations).toBeLessThanOrEqual(4);
      expect(c.practiceAgain).toBeLessThanOrEqual(1);
    }
    expect(plan.children.filter((c) => c.newPresentations === 4).length).toBeGreaterThan(15);
    for (const d of plan.days) for (const s of d.slots) expect(s.minutes).toBeLessThanOrEqual(120);
  });
});

let sample: Centre | undefined;
function createSampleCentreOnce(): Centre {
  sample ??= createSampleCentreFn({ seed: 7, children: 100, weeks: 12 });
  return sample;
}
