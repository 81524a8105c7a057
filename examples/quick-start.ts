// Quick start: create a centre, record what happened this morning, read it back.
// Run: npx tsx examples/quick-start.ts
import {
  ageOn,
  createCentre,
  effectiveObservations,
  formatAge,
  parseCalendarDate,
  parseCentre,
  record,
  recordLesson,
  serializeCentre,
} from "tumbuh";

let centre = parseCentre({
  ...JSON.parse(serializeCentre(createCentre("TARA Melati"))),
  educators: [{ id: "e-01", name: "Bu Sari" }],
  groups: [{ id: "g-45", name: "TK A", educators: ["e-01"] }],
  children: [
    { id: "c-001", name: "Ayu Lestari", birthDate: "2022-04-15", group: "g-45", enrolledOn: "2025-07-14",
      consent: { photos: true, shareWithFamilyApps: true, aggregateStatistics: true } },
    { id: "c-002", name: "Bima Pratama", birthDate: "2022-02-28", group: "g-45", enrolledOn: "2025-07-14",
      consent: { photos: false, shareWithFamilyApps: true, aggregateStatistics: true } },
  ],
});

// One small-group presentation for two children, then an assessment for one of them.
centre = recordLesson(centre, {
  id: "2026-11-23-pink-tower", date: "2026-11-23", author: "e-01", visibility: "family",
  activity: "mont.sensorial.pink-tower", stage: "presented", children: ["c-001", "c-002"],
});
centre = record(centre, {
  kind: "assessment", id: "2026-11-23-ayu-1", child: "c-001", date: "2026-11-23", author: "e-01",
  visibility: "family", indicator: "stppa2014.48-60.kog.b.5", level: "MB",
});

const asOf = parseCalendarDate("2026-11-28");
for (const child of centre.children) {
  const count = effectiveObservations(centre.journal).filter((o) => o.child === child.id).length;
  console.log(`${child.name}: ${formatAge(ageOn(child.birthDate, asOf))}, ${count} observations`);
}
// => Ayu Lestari: 4 tahun 7 bulan, 2 observations
// => Bima Pratama: 4 tahun 9 bulan, 1 observations
