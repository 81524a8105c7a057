// A family asks for their child's data to be erased (UU PDP). eraseChild removes the child and
// every entry about them, keeps a tombstone (the pseudonymous id and the day, nothing else) and
// lists the mentions left in other children's records. An old backup merged back afterwards does
// not bring the child back.
// Run: npx tsx examples/erase-child.ts
import { createCentre, eraseChild, mergeJournals, parseCentre, record, serializeCentre } from "tumbuh";

const consent = { photos: true, shareWithFamilyApps: true, aggregateStatistics: true };
let centre = parseCentre({
  ...JSON.parse(serializeCentre(createCentre("TK Melati"))),
  educators: [{ id: "e-01", name: "Bu Sari" }],
  groups: [{ id: "g-45", name: "TK A", educators: ["e-01"] }],
  children: [
    { id: "c-001", name: "Ayu Lestari", nickname: "Ayu", birthDate: "2022-04-15", group: "g-45", enrolledOn: "2025-07-14", consent },
    { id: "c-002", name: "Bima Pratama", birthDate: "2022-02-28", group: "g-45", enrolledOn: "2025-07-14", consent },
  ],
});
centre = record(centre, [
  { kind: "assessment", id: "o-1", child: "c-001", date: "2026-11-23", author: "e-01", visibility: "family", indicator: "stppa2014.48-60.kog.b.3", level: "BSH" },
  { kind: "anecdote", id: "o-2", child: "c-002", date: "2026-11-24", author: "e-01", visibility: "family", text: "Bima dan Ayu membangun menara bersama.", indicators: [] },
]);
const backup = centre; // last week's copy, on a USB stick or an offline tablet

const { centre: erased, observations, remaining, tombstone } = eraseChild(centre, "c-001", { erasedOn: "2026-12-04" });
console.log(`erased ${observations.length} entries; tombstone: ${JSON.stringify(tombstone)}`);
for (const m of remaining) console.log(`still named in ${m.observation} (${m.child}) ${m.path} by ${m.matched}`);

// Scrubbing replaces those mentions with […]; the tombstone keeps the scrubbed version in merges.
const scrubbed = eraseChild(centre, "c-001", { erasedOn: "2026-12-04", scrub: true }).centre;
console.log(scrubbed.journal.entries.map((e) => (e.kind === "anecdote" ? e.text : e.id)).join(" | "));

// Merging the old backup: the erased child's entries are dropped, and counted.
const { journal, dropped } = mergeJournals(erased.journal, backup.journal);
console.log(`merged with the backup: ${journal.entries.length} entries, ${dropped} dropped, c-001 back: ${journal.entries.some((e) => e.child === "c-001")}`);
