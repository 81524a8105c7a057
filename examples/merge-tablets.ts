// Two tablets record offline all week and meet again on Friday: mergeCentres joins their rosters
// and journals without losing a record (a child enrolled on one tablet and observed there comes
// along), and mergeJournals does the same for journals alone. The same id with different content is a conflict: both versions are
// reported, one is kept by a rule every device applies the same way, and nothing is dropped
// silently.
// Run: npx tsx examples/merge-tablets.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { type Centre, canonicalJson, createCentre, mergeCentres, mergeJournals, parseCentre, record, recordLesson, serializeCentre } from "tumbuh";

const consent = { photos: true, shareWithFamilyApps: true, aggregateStatistics: true };
const office: Centre = parseCentre({
  ...JSON.parse(serializeCentre(createCentre("TK Melati"))),
  educators: [{ id: "e-01", name: "Bu Sari" }, { id: "e-02", name: "Pak Dedi" }],
  groups: [{ id: "g-45", name: "TK A", educators: ["e-01", "e-02"] }],
  children: [
    { id: "c-001", name: "Ayu Lestari", birthDate: "2022-04-15", group: "g-45", enrolledOn: "2025-07-14", consent },
    { id: "c-002", name: "Bima Pratama", birthDate: "2022-02-28", group: "g-45", enrolledOn: "2025-07-14", consent },
  ],
});

// Tablet A (Bu Sari) and tablet B (Pak Dedi) both start from Monday's copy.
// Ids carry the author's initials, so the two tablets never pick the same id by accident...
let tabletA = recordLesson(office, {
  id: "2026-11-23-sari-pink-tower", date: "2026-11-23", author: "e-01", visibility: "family",
  activity: "mont.sensorial.pink-tower", stage: "presented", children: ["c-001", "c-002"],
});
let tabletB = record(office, {
  kind: "growth", id: "2026-11-24-dedi-growth-c-001", child: "c-001", date: "2026-11-24", author: "e-02",
  visibility: "staff", weightKg: 16.4, heightCm: 103.1,
});
// ...except this one: both assessed Bima's indicator under the id of the week's checklist.
const checklist = {
  kind: "assessment", id: "2026-11-27-checklist-kog-c-002", child: "c-002", date: "2026-11-27",
  visibility: "family", indicator: "stppa2014.48-60.kog.b.3",
} as const;
tabletA = record(tabletA, { ...checklist, author: "e-01", level: "MB" });
tabletB = record(tabletB, { ...checklist, author: "e-02", level: "BSH" });

const { journal, conflicts } = mergeJournals(tabletA.journal, tabletB.journal);
console.log(`tablet A: ${tabletA.journal.entries.length} entries, tablet B: ${tabletB.journal.entries.length}, merged: ${journal.entries.length}`);
for (const c of conflicts) {
  const level = (o: typeof c.kept) => (o.kind === "assessment" ? `${o.level} by ${o.author}` : o.kind);
  console.log(`conflict on ${c.id}: kept ${level(c.kept)}, also recorded ${level(c.other)} — ask the educators, then correct() if needed`);
}

// Merging is commutative, associative and idempotent: every device ends with the same journal.
const other = mergeJournals(tabletB.journal, tabletA.journal).journal;
const twice = mergeJournals(journal, tabletB.journal).journal;
console.log(`same result either way: ${canonicalJson(other) === canonicalJson(journal)}; merging again changes nothing: ${canonicalJson(twice) === canonicalJson(journal)}`);

// Tablet B also enrolled a new child on Wednesday and weighed her: merging journals alone would
// name a child the office copy does not know; merging whole centres keeps both.
tabletB = record(
  { ...tabletB, children: [...tabletB.children, { id: "c-003", name: "Citra Dewi", birthDate: "2022-09-01", group: "g-45", enrolledOn: "2026-11-25", consent }] } as Centre,
  { kind: "growth", id: "2026-11-25-dedi-growth-c-003", child: "c-003", date: "2026-11-25", author: "e-02", visibility: "staff", weightKg: 15.2 },
);
const whole = mergeCentres(tabletA, tabletB);
console.log(`merged centre: ${whole.centre.children.length} children, ${whole.centre.journal.entries.length} entries, ${whole.journalConflicts.length} journal conflict, ${whole.issues.length} integrity problems`);

// The merged centre is checked like any other before it is saved.
const merged = parseCentre(JSON.parse(serializeCentre(whole.centre)));
mkdirSync("out/examples", { recursive: true });
writeFileSync("out/examples/merged-centre.json", serializeCentre(merged, { indent: 1 }));
console.log("written: out/examples/merged-centre.json");
