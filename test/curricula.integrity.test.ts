import { describe, expect, it } from "vitest";
import {
  type Activity,
  ActivitySchema,
  CDC_RELATIONS,
  createCentre,
  type Framework,
  FrameworkSchema,
  type LocalizedText,
  MaterialSchema,
  MEASUREMENT_INDICATORS,
  montessoriCatalog,
  parseFramework,
  prerequisiteCycles,
  resolveCurriculum,
  RoutineSchema,
  sampleLearningGoals,
  STPPA_TO_CP,
  stppa2014,
} from "../src/index.js";

const curriculum = resolveCurriculum(createCentre("Integrity"));
const catalog = montessoriCatalog();
const stppa = stppa2014();

function band(id: string) {
  const b = stppa.bands.find((x) => x.id === id);
  if (b === undefined) throw new Error(`no band ${id}`);
  return b;
}

function countByScope(bandId: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of band(bandId).indicators) out[`${i.aspect}.${i.scope}`] = (out[`${i.aspect}.${i.scope}`] ?? 0) + 1;
  return out;
}

describe("STPPA 137/2014 counts", () => {
  it("4–5 years (48-60) has the 88 official items per aspect and scope", () => {
    expect(band("48-60").coverage).toBe("complete");
    expect(band("48-60").indicators).toHaveLength(88);
    expect(countByScope("48-60")).toEqual({
      "nam.a": 6,
      "fm.a": 8,
      "fm.b": 6,
      "fm.c": 7,
      "kog.a": 8,
      "kog.b": 5,
      "kog.c": 4,
      "bhs.a": 5,
      "bhs.b": 10,
      "bhs.c": 4,
      "sosem.a": 6,
      "sosem.b": 3,
      "sosem.c": 4,
      "seni.a": 2,
      "seni.b": 10,
    });
  });

  it("5–6 years (60-72) has the 86 official items per aspect and scope", () => {
    expect(band("60-72").coverage).toBe("complete");
    expect(band("60-72").indicators).toHaveLength(86);
    expect(countByScope("60-72")).toEqual({
      "nam.a": 6,
      "fm.a": 5,
      "fm.b": 7,
      "fm.c": 9,
      "kog.a": 4,
      "kog.b": 8,
      "kog.c": 5,
      "bhs.a": 4,
      "bhs.b": 7,
      "bhs.c": 7,
      "sosem.a": 3,
      "sosem.b": 4,
      "sosem.c": 9,
      "seni.a": 2,
      "seni.b": 6,
    });
  });

  it("numbers items 1..n within each scope, matching the id scheme", () => {
    for (const b of stppa.bands) {
      const next = new Map<string, number>();
      for (const i of b.indicators) {
        const n = (next.get(`${i.aspect}.${i.scope}`) ?? 0) + 1;
        next.set(`${i.aspect}.${i.scope}`, n);
        expect(i.id).toBe(`stppa2014.${b.id}.${i.aspect}.${i.scope}.${n}`);
      }
    }
  });

  it("ships the infant bands as partial and 12–48 months as empty, each with a note", () => {
    for (const id of ["0-3", "3-6", "6-9", "9-12"]) {
      expect(band(id).coverage, id).toBe("partial");
      expect(band(id).indicators.length, id).toBeGreaterThan(0);
      expect(band(id).note?.id.length, id).toBeGreaterThan(0);
    }
    expect(band("0-3").indicators).toHaveLength(7);
    expect(band("3-6").indicators).toHaveLength(5);
    expect(band("6-9").indicators).toHaveLength(8);
    expect(band("9-12").indicators).toHaveLength(3);
    for (const id of ["12-18", "18-24", "24-36", "36-48"]) {
      expect(band(id).coverage, id).toBe("missing");
      expect(band(id).indicators, id).toEqual([]);
      expect(band(id).note?.id.length, id).toBeGreaterThan(0);
      expect(band(id).note?.en?.length, id).toBeGreaterThan(0);
    }
  });

  it("has the ten contract bands as contiguous half-open month ranges", () => {
    expect(stppa.bands.map((b) => b.id)).toEqual(["0-3", "3-6", "6-9", "9-12", "12-18", "18-24", "24-36", "36-48", "48-60", "60-72"]);
    for (const b of stppa.bands) expect(`${b.fromMonths}-${b.toMonths}`).toBe(b.id);
  });
});

describe("schemas", () => {
  it("every bundled framework parses with the framework schema and parseFramework", () => {
    expect(curriculum.frameworks.map((f) => f.id)).toEqual(["stppa2014", "merdeka-cp", "sample-goals", "cdc2022"]);
    for (const f of curriculum.frameworks) {
      const r = FrameworkSchema.safeParse(f);
      expect(r.success ? [] : r.error.issues, f.id).toEqual([]);
      expect(parseFramework(JSON.parse(JSON.stringify(f)))).toEqual(f);
    }
  });

  it("every bundled activity, material and routine parses", () => {
    const bad: string[] = [];
    for (const a of catalog.activities) if (!ActivitySchema.safeParse(a).success) bad.push(a.id);
    for (const m of catalog.materials) if (!MaterialSchema.safeParse(m).success) bad.push(m.id);
    for (const r of curriculum.routines) if (!RoutineSchema.safeParse(r).success) bad.push(r.id);
    expect(bad).toEqual([]);
  });
});

describe("ids", () => {
  it("no id is used twice, across indicators, elements, sub-elements, goals, milestones, activities, materials and routines", () => {
    const ids: string[] = [];
    for (const f of curriculum.frameworks) {
      for (const b of f.bands) for (const i of b.indicators) ids.push(i.id);
      for (const e of f.elements) ids.push(e.id, ...e.subElements.map((s) => s.id));
      for (const g of f.learningGoals) ids.push(g.id);
    }
    ids.push(...catalog.activities.map((a) => a.id), ...catalog.materials.map((m) => m.id), ...curriculum.routines.map((r) => r.id));
    const seen = new Set<string>();
    const dupes = ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
    expect(dupes).toEqual([]);
    expect(ids.length).toBeGreaterThan(1000);
  });

  it("follow the contract's namespaces", () => {
    for (const a of catalog.activities) expect(a.id).toMatch(new RegExp(`^mont\\.${a.area}\\.[a-z0-9]+(-[a-z0-9]+)*$`));
    for (const m of catalog.materials) expect(m.id).toMatch(/^mat\.[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const r of curriculum.routines) expect(r.id).toMatch(/^routine\.[a-z0-9-]+$/);
    for (const b of curriculum.frameworks.find((f) => f.id === "cdc2022")!.bands) {
      for (const i of b.indicators) expect(i.id).toMatch(/^cdc2022\.\d+m\.(sel|lang|cog|phys)\.\d+$/);
    }
    const cp = curriculum.frameworks.find((f) => f.id === "merdeka-cp")!;
    expect(cp.elements.flatMap((e) => e.subElements.map((s) => s.id)).sort()).toEqual(
      [
        "cp.nab.agama",
        "cp.nab.budi-pekerti",
        "cp.nab.syukur",
        "cp.jd.identitas",
        "cp.jd.sosem",
        "cp.jd.fisik-motorik",
        "cp.lms.literasi",
        "cp.lms.matematika",
        "cp.lms.sains",
        "cp.lms.teknologi",
        "cp.lms.rekayasa",
        "cp.lms.seni",
      ].sort(),
    );
  });
});

/** Both languages, non-empty, on one shipped text. */
function bilingual(text: LocalizedText | undefined, where: string, missing: string[]): void {
  if (text === undefined) {
    missing.push(`${where}: missing`);
    return;
  }
  if (text.id.trim() === "") missing.push(`${where}: empty Indonesian`);
  if (text.en === undefined || text.en.trim() === "") missing.push(`${where}: no English`);
}

function frameworkTexts(f: Framework, missing: string[]): void {
  bilingual(f.name, `${f.id}.name`, missing);
  if (f.notice !== undefined) bilingual(f.notice, `${f.id}.notice`, missing);
  for (const a of f.aspects) {
    bilingual(a.name, `${f.id}.aspects.${a.id}`, missing);
    for (const s of a.scopes) bilingual(s.name, `${f.id}.aspects.${a.id}.${s.id}`, missing);
  }
  for (const b of f.bands) {
    bilingual(b.label, `${f.id}.bands.${b.id}.label`, missing);
    if (b.note !== undefined) bilingual(b.note, `${f.id}.bands.${b.id}.note`, missing);
    for (const i of b.indicators) bilingual(i.text, i.id, missing);
  }
  for (const e of f.elements) {
    bilingual(e.name, `${e.id}.name`, missing);
    if (e.statement !== undefined) bilingual(e.statement, `${e.id}.statement`, missing);
    for (const s of e.subElements) {
      bilingual(s.name, `${s.id}.name`, missing);
      s.statements.forEach((t, k) => bilingual(t, `${s.id}.statements[${k}]`, missing));
    }
  }
  for (const g of f.learningGoals) bilingual(g.text, g.id, missing);
}

function activityTexts(a: Activity, missing: string[]): void {
  bilingual(a.name, `${a.id}.name`, missing);
  a.directAims.forEach((t, k) => bilingual(t, `${a.id}.directAims[${k}]`, missing));
  a.indirectAims.forEach((t, k) => bilingual(t, `${a.id}.indirectAims[${k}]`, missing));
  bilingual(a.parentExplanation, `${a.id}.parentExplanation`, missing);
}

/** Every object shaped like a LocalizedText, wherever it sits. */
function localizedTextsIn(value: unknown, out: LocalizedText[] = []): LocalizedText[] {
  if (Array.isArray(value)) for (const v of value) localizedTextsIn(v, out);
  else if (value !== null && typeof value === "object") {
    const keys = Object.keys(value);
    if (keys.includes("id") && keys.every((k) => k === "id" || k === "en")) out.push(value as LocalizedText);
    else for (const v of Object.values(value)) localizedTextsIn(v, out);
  }
  return out;
}

describe("both languages on every shipped text", () => {
  it("names, indicator texts, labels and notes of every framework", () => {
    const missing: string[] = [];
    for (const f of curriculum.frameworks) frameworkTexts(f, missing);
    expect(missing).toEqual([]);
  });

  it("activity names, aims and parent explanations; material and routine names and descriptions", () => {
    const missing: string[] = [];
    for (const a of catalog.activities) activityTexts(a, missing);
    for (const m of catalog.materials) bilingual(m.name, `${m.id}.name`, missing);
    for (const r of curriculum.routines) {
      bilingual(r.name, `${r.id}.name`, missing);
      bilingual(r.description, `${r.id}.description`, missing);
    }
    expect(missing).toEqual([]);
  });

  it("no localized text anywhere in the bundled data lacks English", () => {
    const texts = localizedTextsIn([curriculum.frameworks, catalog.activities, catalog.materials, curriculum.routines, STPPA_TO_CP]);
    expect(texts.length).toBeGreaterThan(2000);
    expect(texts.filter((t) => t.id.trim() === "" || t.en === undefined || t.en.trim() === "")).toEqual([]);
  });

  it("the check catches a text without English", () => {
    const missing: string[] = [];
    bilingual({ id: "Menara Merah Muda" }, "x", missing);
    expect(missing).toEqual(["x: no English"]);
  });
});

const SUB_AREAS: Record<string, readonly string[]> = {
  "practical-life": ["preliminary", "care-of-self", "care-of-environment", "grace-and-courtesy", "movement", "food-preparation"],
  sensorial: ["visual", "tactile", "auditory", "olfactory-gustatory", "stereognostic", "baric-thermic", "geometry", "infant-exploration"],
  language: ["oral-language", "sound-games", "writing-preparation", "writing", "reading", "grammar"],
  mathematics: ["early-counting", "numeration", "decimal-system", "linear-counting", "memorization", "fractions"],
  culture: ["geography", "botany", "zoology", "science", "history", "art", "music"],
};

describe("Montessori catalog", () => {
  it("has at least 250 activities, 15 of them adapted to Indonesia", () => {
    expect(catalog.activities.length).toBeGreaterThanOrEqual(250);
    expect(catalog.activities.filter((a) => a.origin === "indonesia").length).toBeGreaterThanOrEqual(15);
    expect(catalog.activities.every((a) => a.origin !== "centre")).toBe(true);
  });

  it("covers every area and the sub-areas of the issue", () => {
    const present = new Set(catalog.activities.map((a) => `${a.area}/${a.subArea}`));
    for (const required of [
      "practical-life/care-of-self",
      "practical-life/care-of-environment",
      "practical-life/grace-and-courtesy",
      "practical-life/movement",
      "culture/geography",
      "culture/botany",
      "culture/zoology",
      "culture/science",
      "culture/art",
      "culture/music",
    ]) {
      expect(present.has(required), required).toBe(true);
    }
    for (const area of ["practical-life", "sensorial", "language", "mathematics", "culture"]) {
      expect(catalog.activities.filter((a) => a.area === area).length, area).toBeGreaterThanOrEqual(20);
    }
  });

  it("uses only the contract's sub-areas", () => {
    expect(catalog.activities.filter((a) => !SUB_AREAS[a.area]?.includes(a.subArea)).map((a) => `${a.id}: ${a.subArea}`)).toEqual([]);
  });

  it("references only materials that exist, each with at least one copy", () => {
    const problems: string[] = [];
    for (const a of catalog.activities) {
      for (const m of a.materials) {
        const material = curriculum.materials.get(m);
        if (material === undefined) problems.push(`${a.id}: unknown ${m}`);
        else if (material.copies < 1) problems.push(`${m}: ${material.copies} copies`);
      }
    }
    expect(problems).toEqual([]);
    for (const m of catalog.materials) expect(m.copies, m.id).toBeGreaterThanOrEqual(1);
  });

  it("keeps group sizes consistent with the grouping", () => {
    for (const a of catalog.activities) {
      if (a.grouping === "individual") expect(a.maxChildren, a.id).toBe(1);
      if (a.grouping === "small-group") expect(a.maxChildren, a.id).toBeGreaterThanOrEqual(2);
      if (a.grouping === "small-group") expect(a.maxChildren, a.id).toBeLessThanOrEqual(6);
      if (a.grouping === "whole-class") expect(a.maxChildren, a.id).toBeLessThanOrEqual(30);
      expect(a.ageMonths.to, a.id).toBeLessThanOrEqual(84);
      expect(a.sources.length, a.id).toBeGreaterThan(0);
    }
  });
});

describe("prerequisite graph", () => {
  it("is acyclic", () => {
    expect(prerequisiteCycles(curriculum.activities)).toEqual([]);
  });

  it("the cycle check can fail", () => {
    const pink = curriculum.activities.get("mont.sensorial.pink-tower")!;
    const brown = curriculum.activities.get("mont.sensorial.brown-stair")!;
    const looped = new Map(curriculum.activities);
    looped.set(pink.id, { ...pink, prerequisites: [...pink.prerequisites, brown.id] });
    expect(prerequisiteCycles(looped).length).toBeGreaterThan(0);
  });

  it("every prerequisite exists", () => {
    const missing = catalog.activities.flatMap((a) => a.prerequisites.filter((p) => !curriculum.activities.has(p)).map((p) => `${a.id} → ${p}`));
    expect(missing).toEqual([]);
  });

  it("a prerequisite's age window starts no later than its dependent's ends", () => {
    const late: string[] = [];
    for (const a of catalog.activities) {
      for (const p of a.prerequisites) {
        const pre = curriculum.activities.get(p);
        if (pre !== undefined && pre.ageMonths.from >= a.ageMonths.to) late.push(`${p} [${pre.ageMonths.from}) → ${a.id} [..${a.ageMonths.to})`);
      }
    }
    expect(late).toEqual([]);
  });

  it("contains the contract's bridge activities and the classic chains", () => {
    for (const id of [
      "mont.practical-life.carrying-a-tray",
      "mont.practical-life.spooning",
      "mont.practical-life.tonging",
      "mont.practical-life.dry-pouring",
      "mont.practical-life.wet-pouring",
      "mont.sensorial.knobbed-cylinders-1",
      "mont.sensorial.pink-tower",
      "mont.sensorial.brown-stair",
      "mont.sensorial.red-rods",
      "mont.sensorial.colour-box-1",
      "mont.sensorial.colour-box-2",
      "mont.sensorial.geometric-cabinet",
      "mont.sensorial.sound-cylinders",
      "mont.sensorial.touch-boards",
      "mont.sensorial.constructive-triangles-1",
      "mont.sensorial.binomial-cube",
      "mont.language.sound-games-i-spy",
      "mont.language.sandpaper-letters",
      "mont.language.metal-insets",
      "mont.language.movable-alphabet",
      "mont.mathematics.number-rods",
      "mont.mathematics.sandpaper-numerals",
      "mont.mathematics.spindle-box",
      "mont.mathematics.cards-and-counters",
      "mont.mathematics.golden-beads-intro",
      "mont.culture.land-and-water-globe",
      "mont.culture.puzzle-map-indonesia",
    ]) {
      expect(curriculum.activities.has(id), id).toBe(true);
    }
    expect(curriculum.activities.get("mont.sensorial.brown-stair")?.prerequisites).toContain("mont.sensorial.pink-tower");
    expect(curriculum.activities.get("mont.mathematics.number-rods")?.prerequisites).toContain("mont.sensorial.red-rods");
  });
});

describe("references", () => {
  it("every supports id of an activity or routine exists in the resolved curriculum", () => {
    const unknown: string[] = [];
    for (const a of catalog.activities) for (const s of a.supports) if (!curriculum.indicators.has(s)) unknown.push(`${a.id}: ${s}`);
    for (const r of curriculum.routines) for (const s of r.supports) if (!curriculum.indicators.has(s)) unknown.push(`${r.id}: ${s}`);
    for (const m of MEASUREMENT_INDICATORS) if (!curriculum.indicators.has(m.indicator)) unknown.push(`measurement: ${m.indicator}`);
    expect(unknown).toEqual([]);
  });

  it("STPPA supports of an activity fall in a band its age window reaches", () => {
    const outside: string[] = [];
    for (const a of catalog.activities) {
      for (const s of a.supports) {
        const ref = curriculum.indicators.get(s);
        if (ref?.kind !== "indicator") continue;
        if (!(a.ageMonths.from < ref.band.toMonths && a.ageMonths.to > ref.band.fromMonths)) outside.push(`${a.id}: ${s}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it("every learning goal links to an existing CP sub-element", () => {
    for (const f of curriculum.frameworks) {
      for (const g of f.learningGoals) expect(curriculum.indicators.get(g.subElement)?.kind, g.id).toBe("sub-element");
    }
  });

  it("the sample learning goals have at least 12 goals per age group", () => {
    const perGroup = new Map<string, number>();
    for (const g of sampleLearningGoals().learningGoals) perGroup.set(g.group, (perGroup.get(g.group) ?? 0) + 1);
    expect([...perGroup.keys()].sort()).toEqual(["24-36", "36-48", "48-60", "60-72"]);
    for (const [group, n] of perGroup) expect(n, group).toBeGreaterThanOrEqual(12);
  });

  it("STPPA → CP crosswalk rows reference existing scopes and sub-elements, one row per scope", () => {
    for (const row of STPPA_TO_CP) {
      const aspect = stppa.aspects.find((a) => a.id === row.aspect);
      expect(aspect?.scopes.some((s) => s.id === row.scope), `${row.aspect}.${row.scope}`).toBe(true);
      for (const s of row.subElements) expect(curriculum.indicators.get(s)?.kind, s).toBe("sub-element");
    }
    const scopes = stppa.aspects.flatMap((a) => a.scopes.map((s) => `${a.id}.${s.id}`)).sort();
    expect(STPPA_TO_CP.map((r) => `${r.aspect}.${r.scope}`).sort()).toEqual(scopes);
  });

  it("CDC crosswalk rows reference existing milestones, indicators, sub-elements and activities", () => {
    const unknown: string[] = [];
    for (const r of CDC_RELATIONS) {
      if (curriculum.indicators.get(r.milestone)?.kind !== "indicator") unknown.push(r.milestone);
      for (const s of [...(r.stppa ?? []), ...(r.cp ?? [])]) if (!curriculum.indicators.has(s)) unknown.push(`${r.milestone}: ${s}`);
      for (const a of r.activities ?? []) if (!curriculum.activities.has(a)) unknown.push(`${r.milestone}: ${a}`);
    }
    expect(unknown).toEqual([]);
  });
});
