import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type CalendarDate,
  type GrowthInput,
  NUTRITION_CATEGORIES,
  type NutritionTable,
  ValidationError,
  addDays,
  growthZScores,
  nutritionCategory,
  nutritionStatus,
} from "../src/index.js";

// Rows copied by hand from WHO's own LMS files (anthro / anthroplus, data-raw/growthstandards/),
// not read from the bundled tables, so a transcription error in the tables fails these tests.
// [sex, index, L, M, S]
const WHO = {
  weiBoyDay0: { l: 0.3487, m: 3.3464, s: 0.14602 },
  weiGirlDay1000: { l: -0.3153, m: 13.256, s: 0.12729 },
  weiBoyDay1826: { l: -0.1506, m: 18.3352, s: 0.13517 },
  lenGirlDay365: { l: 1, m: 74.0049, s: 0.03479 },
  lenBoyDay730: { l: 1, m: 87.8018, s: 0.03479 },
  lenBoyDay731: { l: 1, m: 87.1303, s: 0.03508 },
  lenGirlDay730: { l: 1, m: 86.4008, s: 0.03733 },
  hcGirlDay500: { l: 1, m: 45.9499, s: 0.02997 },
  wflBoy70_3: { l: -0.3521, m: 8.4906, s: 0.08232 },
  wflBoy70_4: { l: -0.3521, m: 8.5132, s: 0.08233 },
  wflGirl100: { l: -0.3833, m: 15.0267, s: 0.09069 },
  wfhGirl100: { l: -0.3833, m: 15.2246, s: 0.09088 },
  wfhGirl100_1: { l: -0.3833, m: 15.2532, s: 0.09091 },
  bmiBoyDay1826: { l: -0.6889, m: 15.1917, s: 0.08699 },
  hfa2007Boy61: { l: 1, m: 110.2647, s: 0.04164 },
  hfa2007Boy62: { l: 1, m: 110.8006, s: 0.04172 },
  hfa2007Girl100: { l: 1, m: 128.5109, s: 0.04594 },
  hfa2007Girl101: { l: 1, m: 129.0035, s: 0.04597 },
  wfa2007Boy61: { l: -0.2026, m: 18.5057, s: 0.12988 },
  wfa2007Boy62: { l: -0.213, m: 18.6802, s: 0.13028 },
  bfa2007Boy120: { l: -1.7407, m: 16.4433, s: 0.10566 },
  bfa2007Boy121: { l: -1.7468, m: 16.4807, s: 0.10609 },
} as const;

type Lms = { l: number; m: number; s: number };
const at = (p: Lms, k: number) => p.m * Math.pow(1 + p.l * p.s * k, 1 / p.l);
const plainZ = (y: number, p: Lms) => (Math.pow(y / p.m, p.l) - 1) / (p.s * p.l);
const mix = (a: Lms, b: Lms, f: number): Lms => ({ l: a.l + f * (b.l - a.l), m: a.m + f * (b.m - a.m), s: a.s + f * (b.s - a.s) });

const BIRTH = "2020-01-01" as CalendarDate;
const on = (days: number) => addDays(BIRTH, days);
const measure = (days: number, rest: Omit<GrowthInput, "birthDate" | "date">) => growthZScores({ birthDate: BIRTH, date: on(days), ...rest });

describe("growthZScores: at table points", () => {
  it("weight-for-age is 0 at the median and ±1, ±2, ±3 at the SD curves (boy, day 0)", () => {
    for (const k of [-3, -2, -1, 0, 1, 2, 3]) {
      const r = measure(0, { sex: "male", weightKg: at(WHO.weiBoyDay0, k) });
      expect(r.wfa).toEqual({ indicator: "wfa", z: k, flagged: false });
      expect(r.standard).toBe("who2006");
    }
  });

  it("length-for-age and head circumference-for-age at their SD curves (girl)", () => {
    for (const k of [-3, -2, -1, 0, 1, 2, 3]) {
      expect(measure(365, { sex: "female", heightCm: at(WHO.lenGirlDay365, k), position: "lying" }).lhfa?.z).toBe(k);
      expect(measure(500, { sex: "female", headCm: at(WHO.hcGirlDay500, k) }).hcfa?.z).toBe(k);
    }
  });

  it("boys and girls read their own tables", () => {
    const boy = measure(1000, { sex: "male", weightKg: WHO.weiGirlDay1000.m });
    const girl = measure(1000, { sex: "female", weightKg: WHO.weiGirlDay1000.m });
    expect(girl.wfa?.z).toBe(0);
    expect(boy.wfa?.z).toBeLessThan(0);
  });

  it("rounds z to two decimals", () => {
    const y = at(WHO.weiGirlDay1000, 1.23456);
    expect(measure(1000, { sex: "female", weightKg: y }).wfa?.z).toBe(1.23);
    expect(measure(1000, { sex: "female", weightKg: at(WHO.weiGirlDay1000, -1.23556) }).wfa?.z).toBe(-1.24);
  });
});

describe("growthZScores: between 0.1 cm rows (weight-for-length / height)", () => {
  it("interpolates L, M and S linearly between rows", () => {
    const mid = mix(WHO.wflBoy70_3, WHO.wflBoy70_4, 0.5);
    for (const k of [-2, 0, 2]) {
      const r = measure(300, { sex: "male", heightCm: 70.35, position: "lying", weightKg: at(mid, k) });
      expect(r.wflh?.z).toBe(k);
    }
    const q = mix(WHO.wfhGirl100, WHO.wfhGirl100_1, 0.37);
    expect(measure(1000, { sex: "female", heightCm: 100.037, position: "standing", weightKg: at(q, 1) }).wflh?.z).toBe(1);
  });

  it("reads a value on a row as that row (70.3 cm, where 70.3 × 10 is not exact in binary)", () => {
    expect(measure(300, { sex: "male", heightCm: 70.3, position: "lying", weightKg: WHO.wflBoy70_3.m }).wflh?.z).toBe(0);
    expect(measure(300, { sex: "male", heightCm: 70.4, position: "lying", weightKg: WHO.wflBoy70_4.m }).wflh?.z).toBe(0);
  });

  it("gives no weight-for-length outside 45–110 cm, nor weight-for-height outside 65–120 cm", () => {
    expect(measure(10, { sex: "female", heightCm: 44.9, position: "lying", weightKg: 2.4 }).unavailable).toContainEqual({ indicator: "wflh", reason: "length-out-of-range" });
    expect(measure(10, { sex: "female", heightCm: 45, position: "lying", weightKg: 2.4 }).wflh).toBeDefined();
    expect(measure(800, { sex: "female", heightCm: 64.9, position: "standing", weightKg: 7 }).unavailable).toContainEqual({ indicator: "wflh", reason: "length-out-of-range" });
    expect(measure(1800, { sex: "female", heightCm: 120, position: "standing", weightKg: 22.8173 }).wflh?.z).toBe(0);
    expect(measure(1800, { sex: "female", heightCm: 120.1, position: "standing", weightKg: 22.8 }).unavailable).toContainEqual({ indicator: "wflh", reason: "length-out-of-range" });
  });
});

describe("growthZScores: beyond ±3 SD", () => {
  it("weight-based indicators use WHO's restricted computation", () => {
    const p = WHO.weiGirlDay1000;
    const sd2 = at(p, 2);
    const sd3 = at(p, 3);
    const above = sd3 + 0.5 * (sd3 - sd2);
    const r = measure(1000, { sex: "female", weightKg: above });
    expect(r.wfa?.z).toBe(3.5);
    // The plain LMS formula gives another value: the restriction is what makes it 3.5.
    expect(Math.round(plainZ(above, p) * 100) / 100).not.toBe(3.5);
    const sdm2 = at(p, -2);
    const sdm3 = at(p, -3);
    expect(measure(1000, { sex: "female", weightKg: sdm3 - 0.5 * (sdm2 - sdm3) }).wfa?.z).toBe(-3.5);
  });

  it("weight-for-height and BMI-for-age are restricted too", () => {
    const p = WHO.wfhGirl100;
    const y = at(p, 3) + 1.5 * (at(p, 3) - at(p, 2));
    expect(measure(1000, { sex: "female", heightCm: 100, position: "standing", weightKg: y }).wflh?.z).toBe(4.5);
    const b = WHO.bmiBoyDay1826;
    const bmi = at(b, -3) - 0.25 * (at(b, -2) - at(b, -3));
    // BMI from a weight and height: 100 cm → weight = bmi kg.
    expect(measure(1826, { sex: "male", heightCm: 100, position: "standing", weightKg: bmi }).bmifa?.z).toBe(-3.25);
  });

  it("length and head circumference use the plain formula past ±3 SD", () => {
    const y = at(WHO.lenGirlDay365, 4);
    expect(measure(365, { sex: "female", heightCm: y, position: "lying" }).lhfa?.z).toBe(4);
    expect(measure(500, { sex: "female", headCm: at(WHO.hcGirlDay500, -4.5) }).hcfa?.z).toBe(-4.5);
  });
});

describe("growthZScores: lying and standing around 731 days", () => {
  it("reads a lying length against the length standard up to 730 days", () => {
    const r = measure(730, { sex: "male", heightCm: WHO.lenBoyDay730.m, position: "lying" });
    expect(r).toMatchObject({ lengthBased: true, measuredLying: true, positionAssumed: false, adjustedHeightCm: 87.8018 });
    expect(r.lhfa?.z).toBe(0);
  });

  it("adds 0.7 cm to a standing height below 731 days", () => {
    const r = measure(730, { sex: "male", heightCm: WHO.lenBoyDay730.m - 0.7, position: "standing" });
    expect(r.adjustedHeightCm).toBe(87.8018);
    expect(r.lhfa?.z).toBe(0);
    expect(r.measuredLying).toBe(false);
  });

  it("subtracts 0.7 cm from a lying length from 731 days", () => {
    const r = measure(731, { sex: "male", heightCm: WHO.lenBoyDay731.m + 0.7, position: "lying" });
    expect(r).toMatchObject({ lengthBased: false, measuredLying: true, adjustedHeightCm: 87.1303 });
    expect(r.lhfa?.z).toBe(0);
  });

  it("assumes WHO's default position when none is given, and says so", () => {
    const before = measure(730, { sex: "male", heightCm: WHO.lenBoyDay730.m });
    expect(before).toMatchObject({ positionAssumed: true, measuredLying: true, adjustedHeightCm: WHO.lenBoyDay730.m });
    const after = measure(731, { sex: "male", heightCm: WHO.lenBoyDay731.m });
    expect(after).toMatchObject({ positionAssumed: true, measuredLying: false, adjustedHeightCm: WHO.lenBoyDay731.m });
    expect(after.lhfa?.z).toBe(0);
    expect(measure(731, { sex: "male", weightKg: 12 }).positionAssumed).toBe(false);
  });

  it("uses weight-for-length before 731 days and weight-for-height from 731 days", () => {
    const lying = measure(730, { sex: "female", heightCm: 100, position: "lying", weightKg: WHO.wflGirl100.m });
    expect(lying.wflh?.z).toBe(0);
    const standing = measure(731, { sex: "female", heightCm: 100, position: "standing", weightKg: WHO.wfhGirl100.m });
    expect(standing.wflh?.z).toBe(0);
    // The same child measured lying at 731 days: 99.3 cm against the height table.
    const lyingAfter = measure(731, { sex: "female", heightCm: 100, position: "lying", weightKg: WHO.wfhGirl100.m });
    expect(lyingAfter.adjustedHeightCm).toBe(99.3);
    expect(lyingAfter.wflh!.z).toBeGreaterThan(0);
  });

  it("BMI uses the adjusted length", () => {
    const r = measure(731, { sex: "female", heightCm: 100.7, position: "lying", weightKg: 16 });
    expect(r.bmi).toBe(16);
  });
});

describe("growthZScores: the 60/61-month seam and the WHO Reference 2007", () => {
  it("uses the 2006 standards to 1826 days (59.99 months)", () => {
    const r = measure(1826, { sex: "male", weightKg: WHO.weiBoyDay1826.m, headCm: 50 });
    expect(r.standard).toBe("who2006");
    expect(r.wfa?.z).toBe(0);
    expect(r.hcfa).toBeDefined();
  });

  it("computes nothing between 60 and 61 months, as WHO's software does", () => {
    for (const days of [1827, 1856]) {
      const r = measure(days, { sex: "male", weightKg: 18, heightCm: 110, headCm: 50 });
      expect(r.standard).toBe("none");
      expect(r.unavailable.map((u) => u.reason)).toEqual(["between-standards", "between-standards", "between-standards", "between-standards", "between-standards"]);
    }
  });

  it("uses the 2007 reference from 61 months, interpolated between monthly rows", () => {
    const days = 1857; // 61.01 months
    const f = days / 30.4375 - 61;
    const h = mix(WHO.hfa2007Boy61, WHO.hfa2007Boy62, f);
    const w = mix(WHO.wfa2007Boy61, WHO.wfa2007Boy62, f);
    const r = measure(days, { sex: "male", heightCm: at(h, -2), weightKg: at(w, 1), headCm: 50, position: "standing" });
    expect(r.standard).toBe("who2007");
    expect(r.lhfa?.z).toBe(-2);
    expect(r.wfa?.z).toBe(1);
    expect(r.unavailable).toEqual([
      { indicator: "wflh", reason: "no-standard-past-60-months" },
      { indicator: "hcfa", reason: "no-standard-past-60-months" },
    ]);
    const g = mix(WHO.hfa2007Girl100, WHO.hfa2007Girl101, 0.5);
    const girl = growthZScores({ sex: "female", birthDate: BIRTH, date: on(Math.round(100.5 * 30.4375)), heightCm: g.m });
    expect(Math.abs(girl.lhfa!.z)).toBeLessThanOrEqual(0.01);
  });

  it("restricts 2007 BMI-for-age beyond +3 SD", () => {
    const days = Math.round(120.25 * 30.4375);
    const f = days / 30.4375 - 120;
    const p = mix(WHO.bfa2007Boy120, WHO.bfa2007Boy121, f);
    const bmi = at(p, 3) + (at(p, 3) - at(p, 2));
    const r = measure(days, { sex: "male", heightCm: 100, position: "standing", weightKg: bmi });
    expect(r.bmifa?.z).toBe(4);
  });

  it("stops where the reference stops: weight-for-age at 120 months, the others at 228", () => {
    const r = measure(Math.round(121 * 30.4375), { sex: "male", weightKg: 31, heightCm: 140, position: "standing" });
    expect(r.wfa).toBeUndefined();
    expect(r.unavailable).toContainEqual({ indicator: "wfa", reason: "beyond-reference" });
    expect(r.lhfa).toBeDefined();
    const old = measure(Math.round(229 * 30.4375), { sex: "male", heightCm: 176 });
    expect(old.unavailable).toContainEqual({ indicator: "lhfa", reason: "beyond-reference" });
  });
});

describe("growthZScores: WHO's published examples (anthro test suite)", () => {
  it("a boy of 987 days, 72.86 cm lying: z = −6.09, flagged", () => {
    const r = measure(987, { sex: "male", heightCm: 72.86, position: "lying" });
    expect(r.lhfa).toEqual({ indicator: "lhfa", z: -6.09, flagged: true });
  });

  it("a boy of 8 months measured standing at 60 cm: the position is implausible and not adjusted; at 9 months it is", () => {
    const eight = measure(244, { sex: "male", heightCm: 60, position: "standing" });
    expect(eight).toMatchObject({ positionImplausible: true, adjustedHeightCm: 60 });
    expect(eight.lhfa!.z).toBeCloseTo(-4.81, 1);
    const nine = measure(274, { sex: "male", heightCm: 60, position: "standing" });
    expect(nine).toMatchObject({ positionImplausible: false, adjustedHeightCm: 60.7 });
    expect(nine.lhfa!.z).toBeCloseTo(-5.02, 1);
  });

  it("a girl of 24 months (731 days), 77.5 cm: height-based, z = −2.55 with or without a standing position", () => {
    expect(measure(731, { sex: "female", heightCm: 77.5 }).lhfa?.z).toBe(-2.55);
    expect(measure(731, { sex: "female", heightCm: 77.5, position: "standing" }).lhfa?.z).toBe(-2.55);
  });
});

describe("growthZScores: flags, missing data and bad input", () => {
  it("flags weight-for-age below −6 or above +5, length beyond ±6", () => {
    const p = WHO.weiGirlDay1000;
    const gap = at(p, 3) - at(p, 2);
    expect(measure(1000, { sex: "female", weightKg: at(p, 3) + 2 * gap }).wfa).toEqual({ indicator: "wfa", z: 5, flagged: false });
    expect(measure(1000, { sex: "female", weightKg: at(p, 3) + 2.01 * gap }).wfa).toEqual({ indicator: "wfa", z: 5.01, flagged: true });
    expect(measure(365, { sex: "female", heightCm: at(WHO.lenGirlDay365, 6), position: "lying" }).lhfa?.flagged).toBe(false);
    expect(measure(365, { sex: "female", heightCm: at(WHO.lenGirlDay365, 6.01), position: "lying" }).lhfa?.flagged).toBe(true);
    expect(measure(500, { sex: "female", headCm: at(WHO.hcGirlDay500, -5.01) }).hcfa?.flagged).toBe(true);
  });

  it("without a sex, says so for every indicator that was measured", () => {
    const r = measure(400, { weightKg: 9, heightCm: 75 });
    expect(r.wfa).toBeUndefined();
    expect(r.unavailable).toEqual([
      { indicator: "wfa", reason: "no-sex" },
      { indicator: "lhfa", reason: "no-sex" },
      { indicator: "wflh", reason: "no-sex" },
      { indicator: "bmifa", reason: "no-sex" },
      { indicator: "hcfa", reason: "not-measured" },
    ]);
  });

  it("rejects bad input with a ValidationError naming every bad field", () => {
    let error: unknown;
    try {
      growthZScores({ sex: "boy" as never, birthDate: "2020-02-30", date: "2020-13-01", weightKg: -1, heightCm: Number.NaN });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const paths = (error as ValidationError).issues.map((i) => i.path).sort();
    expect(paths).toEqual(["birthDate", "date", "heightCm", "sex", "weightKg"]);
    expect(() => growthZScores({ sex: "male", birthDate: "2020-01-10", date: "2020-01-09", weightKg: 3 })).toThrow(/before birthDate/);
    expect(() => growthZScores({ sex: "male", birthDate: "2020-01-10", date: "2020-02-09", weightKg: 3, nik: "1" } as never)).toThrow(ValidationError);
  });

  it("does not change its input", () => {
    const input = Object.freeze({ sex: "male" as const, birthDate: BIRTH, date: on(400), weightKg: 9, heightCm: 75 });
    expect(() => growthZScores(input)).not.toThrow();
    expect(input).toEqual({ sex: "male", birthDate: BIRTH, date: on(400), weightKg: 9, heightCm: 75 });
  });
});

describe("nutritionStatus: Permenkes 2/2020 categories", () => {
  const cases: Record<NutritionTable, [number, string][]> = {
    "wfa-0-60": [
      [-3.01, "severely-underweight"],
      [-3, "underweight"],
      [-2.01, "underweight"],
      [-2, "normal-weight"],
      [1, "normal-weight"],
      [1.01, "risk-of-overweight"],
    ],
    "lhfa-0-60": [
      [-3.01, "severely-stunted"],
      [-3, "stunted"],
      [-2.01, "stunted"],
      [-2, "normal-height"],
      [3, "normal-height"],
      [3.01, "tall"],
    ],
    "wflh-0-60": [
      [-3.01, "severely-wasted"],
      [-3, "wasted"],
      [-2.01, "wasted"],
      [-2, "normal"],
      [1, "normal"],
      [1.01, "possible-risk-of-overweight"],
      [2, "possible-risk-of-overweight"],
      [2.01, "overweight"],
      [3, "overweight"],
      [3.01, "obese"],
    ],
    "bmifa-0-60": [
      [-3.01, "severely-wasted"],
      [-3, "wasted"],
      [-2, "normal"],
      [1.01, "possible-risk-of-overweight"],
      [2.01, "overweight"],
      [3.01, "obese"],
    ],
    "bmifa-5-18": [
      [-3.01, "severely-thin"],
      [-3, "thin"],
      [-2.01, "thin"],
      [-2, "normal"],
      [1, "normal"],
      [1.01, "overweight"],
      [2, "overweight"],
      [2.01, "obese"],
    ],
  };
  for (const [table, list] of Object.entries(cases) as [NutritionTable, [number, string][]][]) {
    it(`${table}: every boundary`, () => {
      for (const [z, code] of list) expect([z, nutritionCategory(table, z).code]).toEqual([z, code]);
    });
  }

  it("labels are the regulation's, in Indonesian and English", () => {
    expect(NUTRITION_CATEGORIES["wfa-0-60"].map((c) => c.label.id)).toEqual(["Berat badan sangat kurang", "Berat badan kurang", "Berat badan normal", "Risiko berat badan lebih"]);
    expect(NUTRITION_CATEGORIES["wflh-0-60"].map((c) => c.label.id)).toEqual(["Gizi buruk", "Gizi kurang", "Gizi baik", "Berisiko gizi lebih", "Gizi lebih", "Obesitas"]);
    expect(NUTRITION_CATEGORIES["bmifa-5-18"].map((c) => c.label.en)).toEqual(["severely thinness", "thinness", "normal", "overweight", "obese"]);
  });

  it("names the index by age (PB/U and BB/PB below 24 months, TB/U and BB/TB from 24)", () => {
    const young = nutritionStatus(measure(400, { sex: "female", weightKg: 9, heightCm: 75 }));
    expect([young.lhfa?.index, young.wflh?.index, young.wfa?.index, young.bmifa?.index]).toEqual(["PB/U", "BB/PB", "BB/U", "IMT/U"]);
    const older = nutritionStatus(measure(1000, { sex: "female", weightKg: 13, heightCm: 92 }));
    expect([older.lhfa?.index, older.wflh?.index]).toEqual(["TB/U", "BB/TB"]);
  });

  it("from 61 months only IMT/U has a category (5–18 table); head circumference never has one", () => {
    const r = growthZScores({ sex: "male", birthDate: BIRTH, date: on(2000), weightKg: 19, heightCm: 112, position: "standing" });
    const s = nutritionStatus(r);
    expect(s.bmifa?.table).toBe("bmifa-5-18");
    expect(s.wfa).toBeUndefined();
    expect(s.uncategorized).toEqual([
      { indicator: "wfa", reason: "no-category" },
      { indicator: "lhfa", reason: "no-category" },
      { indicator: "wflh", reason: "no-z-score" },
      { indicator: "hcfa", reason: "no-z-score" },
    ]);
    const baby = nutritionStatus(measure(100, { sex: "male", headCm: 40 }));
    expect(baby.uncategorized).toContainEqual({ indicator: "hcfa", reason: "no-category" });
  });

  it("carries the z-score and WHO's flag with the category", () => {
    const s = nutritionStatus(measure(987, { sex: "male", heightCm: 72.86, position: "lying" }));
    expect(s.lhfa).toMatchObject({ code: "severely-stunted", label: { id: "Sangat pendek", en: "severely stunted" }, z: -6.09, flagged: true });
  });
});

describe("nutritionStatus: provenance of the English labels", () => {
  it("marks the English the regulation does not give as ours", () => {
    const ours = Object.values(NUTRITION_CATEGORIES)
      .flat()
      .filter((c) => c.englishFrom === "ours")
      .map((c) => c.code);
    expect(ours).toEqual(["normal-weight", "risk-of-overweight", "normal-height", "tall"]);
  });
});

describe("growthZScores: differential test against WHO's files", () => {
  // test/fixtures/growth/who-differential.json: 600 seeded measurements (0–7 years, both sexes,
  // all positions) with z-scores computed by bench/who-growth-differential.py straight from WHO's
  // LMS text files, by a separate implementation of the anthro / anthroplus method.
  it("agrees to the two decimals on every z-score, and on which ones exist", () => {
    const fixture = JSON.parse(readFileSync("test/fixtures/growth/who-differential.json", "utf8")) as {
      birthDate: CalendarDate;
      cases: { sex: "male" | "female"; days: number; w: number; h: number; hc: number; pos: "lying" | "standing" | null; exp: Record<string, number> }[];
    };
    expect(fixture.cases.length).toBe(600);
    const mismatches: string[] = [];
    let compared = 0;
    for (const c of fixture.cases) {
      const r = growthZScores({
        sex: c.sex,
        birthDate: fixture.birthDate,
        date: addDays(fixture.birthDate, c.days),
        weightKg: c.w,
        heightCm: c.h,
        headCm: c.hc,
        ...(c.pos === null ? {} : { position: c.pos }),
      });
      for (const k of ["wfa", "lhfa", "wflh", "bmifa", "hcfa"] as const) {
        if (c.exp[k] !== undefined) compared++;
        if (r[k]?.z !== c.exp[k]) mismatches.push(`${k} day ${c.days} ${c.sex}: expected ${c.exp[k]}, got ${r[k]?.z}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(2000);
  });
});

describe("growthZScores: position from 61 months", () => {
  it("a length recorded lying is adjusted by −0.7 cm there too", () => {
    const days = 2000;
    const lying = measure(days, { sex: "female", heightCm: 112.7, position: "lying" });
    const standing = measure(days, { sex: "female", heightCm: 112, position: "standing" });
    expect(lying.standard).toBe("who2007");
    expect(lying.adjustedHeightCm).toBe(112);
    expect(lying.lhfa).toEqual(standing.lhfa);
  });
});
