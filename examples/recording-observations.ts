// Recording observations: one assessment, a small-group lesson, a checklist for the whole group,
// then a mistake withdrawn (retract) and a level corrected (correct). The journal only grows;
// the effective view is what reports and plans count.
// Run: npx tsx examples/recording-observations.ts
import { mkdirSync, writeFileSync } from "node:fs";
import {
  ValidationError,
  amendments,
  correct,
  createCentre,
  effectiveObservations,
  parseCentre,
  record,
  recordChecklist,
  recordLesson,
  retract,
  serializeCentre,
} from "tumbuh";

const consent = { photos: true, shareWithFamilyApps: true, aggregateStatistics: true };
let centre = parseCentre({
  ...JSON.parse(serializeCentre(createCentre("TK Melati"))),
  educators: [{ id: "e-01", name: "Bu Sari" }],
  groups: [{ id: "g-45", name: "TK A", educators: ["e-01"] }],
  children: [
    { id: "c-001", name: "Ayu Lestari", birthDate: "2022-04-15", group: "g-45", enrolledOn: "2025-07-14", consent },
    { id: "c-002", name: "Bima Pratama", birthDate: "2022-02-28", group: "g-45", enrolledOn: "2025-07-14", consent },
    { id: "c-003", name: "Citra Dewi", birthDate: "2021-12-03", group: "g-45", enrolledOn: "2025-07-14", consent },
  ],
});

// 1. One assessment on the STPPA scale (BB / MB / BSH / BSB): 4–5 years, Berfikir Logis item 3.
centre = record(centre, {
  kind: "assessment", id: "2026-11-23-ayu-kog", child: "c-001", date: "2026-11-23", author: "e-01",
  visibility: "family", indicator: "stppa2014.48-60.kog.b.3", level: "MB",
});

// 2. One presentation to a small group: one lesson record per child, ids "<id>.<child>".
centre = recordLesson(centre, {
  id: "2026-11-23-pink-tower", date: "2026-11-23", author: "e-01", visibility: "family",
  activity: "mont.sensorial.pink-tower", stage: "presented", children: ["c-001", "c-002", "c-003"],
});

// 3. A checklist of one indicator for the whole group at once.
centre = recordChecklist(centre, {
  id: "2026-11-24-doa", date: "2026-11-24", author: "e-01", visibility: "family",
  indicator: "stppa2014.48-60.nam.a.3",
  results: [{ child: "c-001", level: "BSH" }, { child: "c-002", level: "MB" }, { child: "c-003", level: "BSB" }],
});

// 4. Bima was absent on Monday: withdraw his lesson record. It stays in the raw journal.
centre = retract(centre, {
  id: "2026-11-24-fix-bima", target: "2026-11-23-pink-tower.c-002", date: "2026-11-24", author: "e-01",
  note: "Bima tidak masuk hari Senin",
});

// 5. Ayu's level was BSH, not MB: a correction replaces the content from now on.
centre = correct(centre, {
  id: "2026-11-24-fix-ayu", target: "2026-11-23-ayu-kog", date: "2026-11-24", author: "e-01",
  replacement: {
    kind: "assessment", date: "2026-11-23", author: "e-01", visibility: "family",
    indicator: "stppa2014.48-60.kog.b.3", level: "BSH",
  },
});

// Bad input is rejected whole, with every problem and its path; nothing is recorded.
try {
  record(centre, [
    { kind: "assessment", id: "x-1", child: "c-009", date: "2026-11-25", author: "e-01", visibility: "staff", indicator: "stppa2014.48-60.kog.b.3", level: "MB" },
    { kind: "anecdote", id: "x-2", child: "c-003", date: "2021-11-25", author: "e-01", visibility: "staff", text: "Citra menyusun menara.", indicators: [] },
  ]);
} catch (e) {
  if (!(e instanceof ValidationError)) throw e;
  for (const issue of e.issues) console.log(`rejected: ${issue.path}: ${issue.message} [${issue.code}]`);
}

const effective = effectiveObservations(centre.journal);
const ayu = effective.find((o) => o.id === "2026-11-23-ayu-kog");
console.log(`raw journal: ${centre.journal.entries.length} entries; effective: ${effective.length} observations`);
console.log(`Ayu's level now: ${ayu?.kind === "assessment" ? ayu.level : "?"}`);
console.log(`amended: ${[...amendments(centre.journal).keys()].join(", ")}`);

mkdirSync("out/examples", { recursive: true });
writeFileSync("out/examples/recording-observations.json", serializeCentre(centre, { indent: 1 }));
console.log("written: out/examples/recording-observations.json");
// => rejected: [0].child: unknown child "c-009" [unknown_reference]
// => rejected: [1].date: date 2021-11-25 is before the child's birth date 2021-12-03 [before_birth]
// => raw journal: 9 entries; effective: 6 observations
// => Ayu's level now: BSH
// => amended: 2026-11-23-pink-tower.c-002, 2026-11-23-ayu-kog
