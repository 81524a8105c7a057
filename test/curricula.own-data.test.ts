import { describe, expect, it } from "vitest";
import {
  type Centre,
  checkCentre,
  createCentre,
  extendCurriculum,
  parseActivities,
  parseCentre,
  parseFramework,
  parseMaterials,
  parseRoutines,
  resolveCurriculum,
  serializeCentre,
  ValidationError,
} from "../src/index.js";
import { deepFreeze } from "./helpers/arbitraries.js";
import { errorOf } from "./helpers/errors.js";


/** A centre's own learning goals (TP) for TK A, as it would keep them in a JSON file. */
const FRAMEWORK_JSON = `{
  "id": "tp-tk-melati-2026",
  "kind": "cp",
  "name": { "id": "Tujuan Pembelajaran TK Melati 2026/2027" },
  "version": "2026/2027",
  "sources": [{ "key": "kosp", "title": "KOSP TK Melati 2026" }],
  "scale": "checklist",
  "aspects": [],
  "bands": [],
  "elements": [],
  "learningGoals": [
    { "id": "tp.melati.48-60.nab.1", "group": "48-60", "subElement": "cp.nab.agama",
      "text": { "id": "Anak mengucapkan doa sebelum makan dengan lafal yang jelas." } },
    { "id": "tp.melati.48-60.lms.1", "group": "48-60", "subElement": "cp.lms.seni",
      "text": { "id": "Anak membuat pola jumputan sederhana dengan karet dan pewarna.", "en": "Makes a simple tie-dye pattern." } }
  ]
}`;

/** A local activity using a local material and a bundled prerequisite. */
const ACTIVITIES_JSON = `[
  {
    "id": "mont.culture.jumputan",
    "name": { "id": "Membuat Kain Jumputan", "en": "Tie-dye (jumputan)" },
    "area": "culture",
    "subArea": "art",
    "ageMonths": { "from": 54, "to": 72 },
    "prerequisites": ["mont.practical-life.wet-pouring"],
    "materials": ["mat.kain-jumputan"],
    "directAims": [{ "id": "Mengikat kain dan mencelupkannya ke pewarna" }],
    "indirectAims": [],
    "masterable": false,
    "threePeriod": false,
    "grouping": "small-group",
    "maxChildren": 4,
    "minutes": 30,
    "parentExplanation": { "id": "Anak mengikat kain dengan karet lalu mencelupnya ke pewarna, seperti perajin jumputan di Palembang." },
    "supports": ["tp.melati.48-60.lms.1", "stppa2014.60-72.seni.b.5", "cp.lms.seni"],
    "origin": "centre",
    "sources": ["KOSP TK Melati 2026"]
  }
]`;

const MATERIALS_JSON = `[{ "id": "mat.kain-jumputan", "name": { "id": "Kain mori, karet dan pewarna jumputan" }, "copies": 4 }]`;

const ROUTINES_JSON = `[{
  "id": "routine.jumat-bersih",
  "name": { "id": "Jumat bersih" },
  "description": { "id": "Setiap Jumat anak dan pendidik membersihkan halaman dan kelas bersama." },
  "supports": ["stppa2014.60-72.fm.c.6", "stppa2014.60-72.sosem.c.6"]
}]`;

function freshCentre(): Centre {
  return deepFreeze(createCentre("TK Melati"));
}

function ownActivity(id: string, prerequisites: string[]) {
  return {
    ...parseActivities(ACTIVITIES_JSON)[0]!,
    id,
    materials: [],
    supports: [],
    prerequisites,
  };
}

describe("a centre loads its own data from JSON", () => {
  it("loads its own framework with learning goals", () => {
    const framework = parseFramework(FRAMEWORK_JSON);
    expect(framework.learningGoals.map((g) => g.id)).toEqual(["tp.melati.48-60.nab.1", "tp.melati.48-60.lms.1"]);
    const next = extendCurriculum(freshCentre(), { frameworks: [framework] });
    const cur = resolveCurriculum(next);
    expect(cur.frameworks.map((f) => f.id)).toContain("tp-tk-melati-2026");
    const ref = cur.indicators.get("tp.melati.48-60.nab.1");
    expect(ref?.kind).toBe("learning-goal");
    expect(checkCentre(next)).toEqual([]);
  });

  it("adds a local activity, material and routine, and they survive a document round trip", () => {
    const centre = freshCentre();
    const next = extendCurriculum(centre, {
      frameworks: [parseFramework(FRAMEWORK_JSON)],
      activities: parseActivities(ACTIVITIES_JSON),
      materials: parseMaterials(MATERIALS_JSON),
      routines: parseRoutines(ROUTINES_JSON),
    });
    const cur = resolveCurriculum(next);
    expect(cur.activities.get("mont.culture.jumputan")?.origin).toBe("centre");
    expect(cur.materials.get("mat.kain-jumputan")?.copies).toBe(4);
    expect(cur.routines.map((r) => r.id)).toContain("routine.jumat-bersih");
    expect(cur.activities.size).toBe(resolveCurriculum(centre).activities.size + 1);
    const reread = parseCentre(serializeCentre(next));
    expect(reread).toEqual(next);
  });

  it("replaces a bundled activity for this centre when it reuses its id", () => {
    const bundled = resolveCurriculum(freshCentre()).activities.get("mont.sensorial.pink-tower")!;
    const next = extendCurriculum(freshCentre(), { activities: [{ ...bundled, ageMonths: { from: 24, to: 72 } }] });
    expect(resolveCurriculum(next).activities.get("mont.sensorial.pink-tower")?.ageMonths).toEqual({ from: 24, to: 72 });
  });

  it("changes the copies of a material, replacing an earlier inventory line", () => {
    const once = extendCurriculum(freshCentre(), { inventory: [{ material: "mat.pink-tower", copies: 2 }] });
    expect(resolveCurriculum(once).materials.get("mat.pink-tower")?.copies).toBe(2);
    const twice = extendCurriculum(once, { inventory: [{ material: "mat.pink-tower", copies: 3 }] });
    expect(twice.inventory).toEqual([{ material: "mat.pink-tower", copies: 3 }]);
    expect(resolveCurriculum(twice).materials.get("mat.pink-tower")?.copies).toBe(3);
  });

  it("retires an activity: resolveCurriculum shows it retired and still knows it", () => {
    const next = extendCurriculum(freshCentre(), { retire: ["mont.culture.flags-of-the-world"] });
    const cur = resolveCurriculum(next);
    expect(cur.retired.has("mont.culture.flags-of-the-world")).toBe(true);
    expect(cur.activities.has("mont.culture.flags-of-the-world")).toBe(true);
    const again = extendCurriculum(next, { retire: ["mont.culture.flags-of-the-world"] });
    expect(again.curriculum.retiredActivities).toEqual(["mont.culture.flags-of-the-world"]);
  });

  it("replaces the sample learning goals with the centre's own", () => {
    const next = extendCurriculum(freshCentre(), {
      bundled: ["stppa2014", "merdeka-cp", "cdc2022", "montessori"],
      frameworks: [parseFramework(FRAMEWORK_JSON)],
    });
    const cur = resolveCurriculum(next);
    expect(cur.frameworks.map((f) => f.id)).toEqual(["stppa2014", "merdeka-cp", "cdc2022", "tp-tk-melati-2026"]);
    expect(cur.indicators.has("tp.48-60.jd.3")).toBe(false);
    expect(cur.indicators.get("tp.melati.48-60.lms.1")?.kind).toBe("learning-goal");
    expect(errorOf(() => extendCurriculum(freshCentre(), { bundled: ["stppa2013"] })).issues).toEqual([
      expect.objectContaining({ path: "bundled[0]", code: "unknown_reference" }),
    ]);
  });

  it("does not mutate its inputs", () => {
    const centre = freshCentre();
    const additions = deepFreeze({
      frameworks: [parseFramework(FRAMEWORK_JSON)],
      activities: parseActivities(ACTIVITIES_JSON),
      materials: parseMaterials(MATERIALS_JSON),
      inventory: [{ material: "mat.pink-tower", copies: 2 }],
      retire: ["mont.culture.flags-of-the-world"],
    });
    const before = JSON.stringify([centre, additions]);
    const next = extendCurriculum(centre, additions);
    expect(JSON.stringify([centre, additions])).toBe(before);
    expect(next).not.toBe(centre);
    expect(next.journal).toBe(centre.journal);
    expect(centre.curriculum.activities).toEqual([]);
  });
});

describe("invalid own data", () => {
  it("parseActivities lists every issue with its path", () => {
    const [good] = JSON.parse(ACTIVITIES_JSON) as Record<string, unknown>[];
    const bad = [
      { ...good, ageMonths: { from: 60, to: 48 } },
      { ...good, id: "mont.culture.jumputan-2", name: { id: "" }, grouping: "pairs", colour: "red" },
    ];
    const error = errorOf(() => parseActivities(JSON.stringify(bad)));
    const paths = error.issues.map((i) => `${i.path} ${i.code}`);
    expect(paths).toEqual(
      expect.arrayContaining(["[0].ageMonths.to invalid_value", "[1].name.id missing", "[1].grouping invalid_value", "[1].colour unrecognized_key"]),
    );
    expect(error.issues.length).toBeGreaterThanOrEqual(4);
    expect(error.message).toContain("[1].name.id");
  });

  it("parseActivities and parseMaterials report duplicate ids", () => {
    const [good] = JSON.parse(ACTIVITIES_JSON) as unknown[];
    expect(errorOf(() => parseActivities([good, good])).issues).toEqual([expect.objectContaining({ path: "[1].id", code: "duplicate_id" })]);
    const [m] = JSON.parse(MATERIALS_JSON) as unknown[];
    expect(errorOf(() => parseMaterials([m, m])).issues).toEqual([expect.objectContaining({ path: "[1].id", code: "duplicate_id" })]);
  });

  it("parseMaterials rejects negative copies and a non-array", () => {
    expect(errorOf(() => parseMaterials('[{ "id": "mat.x", "name": { "id": "X" }, "copies": -1 }]')).issues).toEqual([
      expect.objectContaining({ path: "[0].copies", code: "too_small" }),
    ]);
    expect(errorOf(() => parseMaterials("{}")).issues[0]?.code).toBe("invalid_type");
  });

  it("parseFramework reports malformed JSON, shape problems and duplicate goal ids", () => {
    expect(errorOf(() => parseFramework("{ not json")).issues[0]?.code).toBe("invalid_json");
    const value = JSON.parse(FRAMEWORK_JSON) as { learningGoals: Record<string, unknown>[]; scale: string };
    const broken = {
      ...value,
      scale: "stars",
      learningGoals: [value.learningGoals[0], { ...value.learningGoals[1], text: { id: "" } }],
    };
    const paths = errorOf(() => parseFramework(broken)).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["scale", "learningGoals[1].text.id"]));
    const dup = { ...value, learningGoals: [value.learningGoals[0], value.learningGoals[0]] };
    expect(errorOf(() => parseFramework(dup)).issues).toEqual([
      expect.objectContaining({ path: "learningGoals[1].id", code: "duplicate_id" }),
    ]);
  });

  it("parseFramework reports indicators with undeclared aspects or scopes", () => {
    const framework = {
      id: "mine",
      kind: "custom",
      name: { id: "Milik kami" },
      version: "1",
      sources: [],
      scale: "bb-bsb",
      aspects: [{ id: "sains", name: { id: "Sains" }, scopes: [{ id: "a", name: { id: "A" } }] }],
      bands: [
        {
          id: "48-60",
          fromMonths: 48,
          toMonths: 60,
          label: { id: "4–5 tahun" },
          coverage: "complete",
          indicators: [
            { id: "mine.1", aspect: "sains", scope: "b", text: { id: "Satu" } },
            { id: "mine.2", aspect: "seni", scope: "a", text: { id: "Dua" } },
          ],
        },
      ],
      elements: [],
      learningGoals: [],
    };
    expect(errorOf(() => parseFramework(framework)).issues.map((i) => `${i.path} ${i.code}`)).toEqual([
      "bands[0].indicators[0].scope unknown_reference",
      "bands[0].indicators[1].aspect unknown_reference",
    ]);
  });

  it("extendCurriculum reports shape problems of the additions with their paths, and changes nothing", () => {
    const centre = freshCentre();
    const before = serializeCentre(centre);
    const error = errorOf(() =>
      extendCurriculum(centre, {
        materials: [{ id: "mat.kain", name: { id: "Kain" }, copies: 1.5 }],
        inventory: [{ material: "mat.pink-tower", copies: -2 }],
      }),
    );
    expect(error.issues.map((i) => i.path)).toEqual(["materials[0].copies", "inventory[0].copies"]);
    expect(serializeCentre(centre)).toBe(before);
  });

  it("extendCurriculum reports unknown references through checkCentre", () => {
    const activity = { ...ownActivity("mont.culture.lost", ["mont.culture.does-not-exist"]), materials: ["mat.nowhere"], supports: ["tp.nowhere.1"] };
    const error = errorOf(() =>
      extendCurriculum(freshCentre(), {
        activities: [activity],
        inventory: [{ material: "mat.nowhere", copies: 1 }],
        retire: ["mont.culture.never-was"],
      }),
    );
    expect(error.issues.map((i) => `${i.path} ${i.code}`)).toEqual(
      expect.arrayContaining([
        "curriculum.activities[0].prerequisites[0] unknown_reference",
        "curriculum.activities[0].materials[0] unknown_reference",
        "curriculum.activities[0].supports[0] unknown_reference",
        "inventory[0].material unknown_reference",
        "curriculum.retiredActivities[0] unknown_reference",
      ]),
    );
    expect(error.issues).toHaveLength(5);
  });

  it("extendCurriculum reports a routine supporting an unknown indicator", () => {
    const routine = { ...parseRoutines(ROUTINES_JSON)[0]!, supports: ["stppa2014.60-72.fm.c.6", "stppa2014.60-72.fm.c.99"] };
    expect(errorOf(() => extendCurriculum(freshCentre(), { routines: [routine] })).issues).toEqual([
      expect.objectContaining({ path: "curriculum.routines[0].supports[1]", code: "unknown_reference" }),
    ]);
  });

  it("extendCurriculum reports a learning goal under an unknown CP sub-element", () => {
    const value = JSON.parse(FRAMEWORK_JSON) as { learningGoals: Record<string, unknown>[] };
    const framework = parseFramework({ ...value, learningGoals: [{ ...value.learningGoals[0], subElement: "cp.nab.ibadah" }] });
    expect(errorOf(() => extendCurriculum(freshCentre(), { frameworks: [framework] })).issues).toEqual([
      expect.objectContaining({ path: "curriculum.frameworks[0].learningGoals[0].subElement", code: "unknown_reference" }),
    ]);
  });

  it("rejects a prerequisite cycle introduced by own activities", () => {
    const error = errorOf(() =>
      extendCurriculum(freshCentre(), {
        activities: [ownActivity("mont.culture.telur", ["mont.culture.ayam"]), ownActivity("mont.culture.ayam", ["mont.culture.telur"])],
      }),
    );
    expect(error.issues).toEqual([expect.objectContaining({ code: "cycle", path: "curriculum.activities[0].prerequisites" })]);
    expect(error.issues[0]?.message).toContain("mont.culture.telur");
    expect(error.issues[0]?.message).toContain("mont.culture.ayam");
  });

  it("rejects a cycle made by replacing a bundled activity", () => {
    const pink = resolveCurriculum(freshCentre()).activities.get("mont.sensorial.pink-tower")!;
    const error = errorOf(() =>
      extendCurriculum(freshCentre(), { activities: [{ ...pink, prerequisites: [...pink.prerequisites, "mont.sensorial.brown-stair"] }] }),
    );
    expect(error.issues.map((i) => i.code)).toEqual(["cycle"]);
  });

  it("rejects an own framework or routine that reuses a bundled id, and duplicates in the additions", () => {
    const error = errorOf(() =>
      extendCurriculum(freshCentre(), {
        frameworks: [{ ...parseFramework(FRAMEWORK_JSON), id: "stppa2014" }],
        routines: [{ ...parseRoutines(ROUTINES_JSON)[0]!, id: "routine.doa-harian" }],
        materials: [...parseMaterials(MATERIALS_JSON), ...parseMaterials(MATERIALS_JSON)],
      }),
    );
    expect(error.issues.map((i) => `${i.path} ${i.code}`)).toEqual([
      "materials[1].id duplicate_id",
      "frameworks[0].id duplicate_id",
      "routines[0].id duplicate_id",
    ]);
  });

  it("rejects a change that would leave journal entries pointing at nothing", () => {
    const withGoals = extendCurriculum(freshCentre(), { frameworks: [parseFramework(FRAMEWORK_JSON)] });
    const observed: Centre = {
      ...withGoals,
      educators: [{ id: "e-1", name: "Bu Sari" } as Centre["educators"][number]],
      groups: [{ id: "g-1", name: "TK A", educators: ["e-1"] } as unknown as Centre["groups"][number]],
      children: [
        {
          id: "c-1",
          name: "Ayu Lestari",
          birthDate: "2021-08-10",
          group: "g-1",
          enrolledOn: "2025-07-14",
          consent: { photos: false, shareWithFamilyApps: false, aggregateStatistics: true },
        } as unknown as Centre["children"][number],
      ],
      journal: {
        schemaVersion: 1,
        entries: [
          {
            kind: "assessment",
            id: "o-1",
            child: "c-1",
            date: "2026-09-01",
            author: "e-1",
            visibility: "family",
            indicator: "tp.melati.48-60.lms.1",
            level: "sudah-muncul",
          } as unknown as Centre["journal"]["entries"][number],
        ],
      },
    };
    expect(checkCentre(observed)).toEqual([]);
    const value = JSON.parse(FRAMEWORK_JSON) as { learningGoals: unknown[] };
    const shorter = parseFramework({ ...value, learningGoals: value.learningGoals.slice(0, 1) });
    expect(errorOf(() => extendCurriculum(observed, { frameworks: [shorter] })).issues).toEqual([
      expect.objectContaining({ path: "journal.entries[0].indicator", code: "unknown_reference" }),
    ]);
  });

  it("does not blame the additions for problems the centre already had", () => {
    const centre = freshCentre();
    const broken: Centre = { ...centre, inventory: [{ material: "mat.gone", copies: 1 } as Centre["inventory"][number]] };
    const next = extendCurriculum(broken, { inventory: [{ material: "mat.pink-tower", copies: 2 }] });
    expect(next.inventory).toHaveLength(2);
  });
});
