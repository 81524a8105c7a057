import { describe, expect, it } from "vitest";
import { createCentre, montessoriCatalog, resolveCurriculum } from "../src/index.js";

const catalog = montessoriCatalog();
const curriculum = resolveCurriculum(createCentre("Infant–toddler"));

/** The activities of src/curricula/montessori/activities-infant-toddler.ts. */
const INFANT_TODDLER_IDS = [
  "mont.practical-life.topponcino",
  "mont.practical-life.movement-mat-and-mirror",
  "mont.practical-life.rolling-drum",
  "mont.practical-life.pull-up-bar",
  "mont.practical-life.cruising",
  "mont.practical-life.walker-wagon",
  "mont.practical-life.push-and-pull-toys",
  "mont.practical-life.low-stairs",
  "mont.practical-life.grasping-beads",
  "mont.practical-life.wooden-ring-rattle",
  "mont.practical-life.ball-cylinder",
  "mont.practical-life.bell-cylinder",
  "mont.sensorial.nesting-cubes",
  "mont.sensorial.knobbed-puzzle-single",
  "mont.sensorial.knobbed-puzzle-shapes",
  "mont.sensorial.knobbed-puzzles-several-pieces",
  "mont.practical-life.lock-and-key",
  "mont.practical-life.toddler-large-bead-threading",
  "mont.sensorial.toddler-colour-sorting",
  "mont.sensorial.matching-socks",
  "mont.practical-life.weaning-table",
  "mont.practical-life.drinking-from-a-small-glass",
  "mont.practical-life.eating-with-a-small-spoon",
  "mont.practical-life.makan-sendiri",
  "mont.practical-life.wiping-face-and-hands",
  "mont.practical-life.nappy-change-together",
  "mont.practical-life.stand-up-nappy-change",
  "mont.practical-life.toilet-learning",
  "mont.practical-life.pushing-down-and-pulling-up-trousers",
  "mont.practical-life.hand-washing-together",
  "mont.practical-life.toddler-salim",
  "mont.practical-life.toddler-sweeping",
  "mont.practical-life.wiping-a-spill",
  "mont.practical-life.toddler-watering-plants",
  "mont.practical-life.toddler-feeding-the-fish",
  "mont.practical-life.returning-work-to-the-shelf",
  "mont.practical-life.setting-own-place",
  "mont.practical-life.clearing-own-dishes",
  "mont.practical-life.toddler-cutting-a-banana",
  "mont.practical-life.toddler-squeezing-oranges",
  "mont.practical-life.toddler-peeling-a-tangerine",
  "mont.language.talking-during-care",
  "mont.language.conversation-during-care",
  "mont.language.books-about-my-day",
  "mont.language.clapping-games",
  "mont.culture.listening-to-music",
  "mont.culture.dancing-in-arms",
  "mont.culture.baby-shakers",
  "mont.culture.hand-drum-rhythm",
];

function activity(id: string) {
  const a = curriculum.activities.get(id);
  if (a === undefined) throw new Error(`no activity ${id}`);
  return a;
}

describe("infant and toddler catalogue (Nido and Infant Community)", () => {
  it("has at least 90 activities open to a child under 30 months", () => {
    const open = catalog.activities.filter((a) => a.ageMonths.from < 30);
    expect(open.length).toBeGreaterThanOrEqual(90);
  });

  it("has at least 60 activities whose window ends by 36 months", () => {
    const ending = catalog.activities.filter((a) => a.ageMonths.to <= 36);
    expect(ending.length).toBeGreaterThanOrEqual(60);
  });

  it("ships every new infant–toddler activity, each ending by 36 months", () => {
    for (const id of INFANT_TODDLER_IDS) expect(activity(id).ageMonths.to, id).toBeLessThanOrEqual(36);
    expect(new Set(INFANT_TODDLER_IDS).size).toBe(INFANT_TODDLER_IDS.length);
  });

  it("covers hand and eye, movement, care of self, care of the environment, language and music under 3", () => {
    const under3 = catalog.activities.filter((a) => a.ageMonths.from < 36 && a.ageMonths.to <= 36);
    const kinds = new Set(under3.map((a) => `${a.area}/${a.subArea}`));
    for (const k of [
      "practical-life/movement",
      "practical-life/care-of-self",
      "practical-life/care-of-environment",
      "practical-life/food-preparation",
      "practical-life/preliminary",
      "practical-life/grace-and-courtesy",
      "sensorial/visual",
      "language/oral-language",
      "culture/music",
    ]) {
      expect(kinds.has(k), k).toBe(true);
    }
  });

  it("every new activity cites a source, none only our own marker", () => {
    for (const id of INFANT_TODDLER_IDS) {
      const real = activity(id).sources.filter((s) => !s.startsWith("tumbuh:"));
      expect(real.length, id).toBeGreaterThan(0);
    }
  });

  it("marks Indonesian practice as adapted and cites an Indonesian source for it", () => {
    for (const id of ["mont.practical-life.makan-sendiri", "mont.practical-life.toddler-salim"]) {
      const a = activity(id);
      expect(a.origin, id).toBe("indonesia");
      expect(a.sources, id).toContain("tumbuh:adapted");
      expect(a.sources.some((s) => /\.(go\.)?id\/|kumparan\.com|bandungaktual\.com/.test(s)), id).toBe(true);
    }
  });

  it("lowers the practical-life preliminaries the sources open from 18 months, keeping their edges", () => {
    for (const id of [
      "mont.practical-life.carrying-a-mat",
      "mont.practical-life.rolling-a-mat",
      "mont.practical-life.carrying-a-tray",
      "mont.practical-life.dry-pouring",
      "mont.practical-life.spooning",
    ]) {
      const a = activity(id);
      expect(a.ageMonths, id).toEqual({ from: 18, to: 72 });
      expect(a.sources, id).toContain("tumbuh:age-lowered");
    }
    expect(activity("mont.practical-life.dry-pouring").prerequisites).toEqual(["mont.practical-life.carrying-a-tray"]);
  });

  it("the hand-material sequence follows the sources: bell rattle → grasping beads → ring; discs → ball → bell cylinder", () => {
    expect(activity("mont.practical-life.grasping-beads").prerequisites).toEqual(["mont.practical-life.bell-rattle"]);
    expect(activity("mont.practical-life.ball-cylinder").prerequisites).toEqual(["mont.practical-life.interlocking-discs"]);
    expect(activity("mont.practical-life.bell-cylinder").prerequisites).toEqual(["mont.practical-life.ball-cylinder"]);
    expect(activity("mont.practical-life.cruising").prerequisites).toEqual(["mont.practical-life.pull-up-bar"]);
    expect(activity("mont.practical-life.toilet-learning").prerequisites).toEqual(["mont.practical-life.stand-up-nappy-change"]);
  });
});

describe("crosswalks of the new activities (supports)", () => {
  it("every CDC milestone, sample TP and CP id named resolves in the curriculum with the right kind", () => {
    const problems: string[] = [];
    for (const id of INFANT_TODDLER_IDS) {
      for (const s of activity(id).supports) {
        const ref = curriculum.indicators.get(s);
        if (ref === undefined) problems.push(`${id}: unknown ${s}`);
        else if (s.startsWith("cdc2022.") && (ref.kind !== "indicator" || ref.framework.id !== "cdc2022")) problems.push(`${id}: ${s} is ${ref.kind}`);
        else if (s.startsWith("cp.") && ref.kind !== "sub-element") problems.push(`${id}: ${s} is ${ref.kind}`);
        else if (s.startsWith("tp.") && !s.startsWith("tp.24-36.")) problems.push(`${id}: ${s} is not a 24–36 month TP`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("a CDC milestone is linked only when the activity window reaches its checklist age", () => {
    const outside: string[] = [];
    for (const id of INFANT_TODDLER_IDS) {
      const a = activity(id);
      for (const s of a.supports) {
        const ref = curriculum.indicators.get(s);
        if (ref?.kind !== "indicator") continue;
        if (!(a.ageMonths.from < ref.band.toMonths && a.ageMonths.to > ref.band.fromMonths)) outside.push(`${id}: ${s}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it("links at least 30 of the new activities to a CDC milestone and 12 to a 24–36 month TP", () => {
    const cdc = INFANT_TODDLER_IDS.filter((id) => activity(id).supports.some((s) => s.startsWith("cdc2022.")));
    const tp = INFANT_TODDLER_IDS.filter((id) => activity(id).supports.some((s) => s.startsWith("tp.24-36.")));
    expect(cdc.length).toBeGreaterThanOrEqual(30);
    expect(tp.length).toBeGreaterThanOrEqual(12);
  });

  it("hand-checked links: stairs, eating with a spoon, matching, books", () => {
    expect(activity("mont.practical-life.low-stairs").supports).toEqual(
      expect.arrayContaining(["cdc2022.24m.phys.3", "tp.24-36.jd.5"]),
    );
    expect(activity("mont.practical-life.makan-sendiri").supports).toEqual(expect.arrayContaining(["cdc2022.24m.phys.4", "tp.24-36.jd.6"]));
    expect(activity("mont.sensorial.matching-socks").supports).toContain("tp.24-36.lms.3");
    expect(activity("mont.language.books-about-my-day").supports).toEqual(expect.arrayContaining(["cdc2022.24m.lang.1", "tp.24-36.lms.1"]));
  });
});

describe("snake games and the concept of zero (3–6)", () => {
  it("the zero game follows the spindle box; the snake games start memorisation", () => {
    expect(activity("mont.mathematics.zero-game").prerequisites).toEqual(["mont.mathematics.spindle-box"]);
    expect(activity("mont.mathematics.addition-snake-game").prerequisites).toContain("mont.mathematics.coloured-bead-bars");
    expect(activity("mont.mathematics.subtraction-snake-game").prerequisites).toEqual(["mont.mathematics.addition-snake-game"]);
    expect(activity("mont.mathematics.addition-snake-game").subArea).toBe("memorization");
  });
});
