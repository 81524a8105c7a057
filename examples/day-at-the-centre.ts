// A day at the centre (sehari di taman asuh): the sample centre's infant and toddler groups on
// 2026-11-27. Writes each child's daily note (buku penghubung) as chat text, Markdown and HTML,
// each group's day sheet at 13:00 and at the end of the day, the ratio breaches, and the
// daftar hadir as an Excel CSV, into out/examples/day/. Then records a pick-up by someone not on
// the list and a meal that names a child's allergen, to show what the caregiver is told.
// Run: npx tsx examples/day-at-the-centre.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  createSampleCentre,
  dailyNote,
  daySheet,
  exportAttendanceCsv,
  ratioCheck,
  recordCare,
  renderDailyNoteHtml,
  renderDailyNoteMarkdown,
  renderDailyNoteText,
  renderDaySheetHtml,
  renderDaySheetMarkdown,
  ValidationError,
} from "tumbuh";

const date = "2026-11-27";
const centre = createSampleCentre(); // made-up children; a care day is recorded on 2026-11-27
const dir = join("out", "examples", "day");
mkdirSync(dir, { recursive: true });
const quiet = process.env.TUMBUH_EXAMPLE_QUIET === "1";

const groups = centre.groups.filter((g) => g.id === "g-12" || g.id === "g-23");
for (const group of groups) {
  for (const [at, name] of [["13:00", "siang"], ["23:59", "sore"]] as const) {
    const sheet = daySheet(centre, group.id, date, at);
    writeFileSync(join(dir, `lembar-${group.id}-${name}.md`), renderDaySheetMarkdown(sheet, "id"));
    writeFileSync(join(dir, `lembar-${group.id}-${name}.html`), renderDaySheetHtml(sheet, "id"));
    console.log(`${group.name} ${at}: ${JSON.stringify(sheet.counts)}`);
  }
  const ratios = ratioCheck(centre, group.id, date);
  for (const h of ratios.breaches) {
    console.log(`  rasio: ${h.hour} ${h.children} anak, ${h.caregivers} pengasuh, perlu ${h.required} (sejak ${h.breachAt})`);
  }
  for (const child of centre.children.filter((c) => c.group === group.id)) {
    const note = dailyNote(centre, child.id, date);
    writeFileSync(join(dir, `buku-penghubung-${child.id}.txt`), renderDailyNoteText(note, "id"));
    writeFileSync(join(dir, `buku-penghubung-${child.id}.md`), renderDailyNoteMarkdown(note, "id"));
    writeFileSync(join(dir, `daily-note-${child.id}.html`), renderDailyNoteHtml(note, "en"));
  }
}
writeFileSync(join(dir, "daftar-hadir.csv"), exportAttendanceCsv(centre, { excel: true, from: date, to: date }));

// One child's note as the family reads it in a chat.
const first = centre.children.find((c) => c.group === "g-12")!;
if (!quiet) console.log(`\n${renderDailyNoteText(dailyNote(centre, first.id, date), "id")}`);

// What a caregiver is told: a pick-up by someone not on the list is recorded with a warning …
const { warnings } = recordCare(centre, {
  kind: "attendance", id: "demo-pulang", child: first.id, date: "2026-11-30", author: groups[0]!.educators[0]!,
  visibility: "family", event: "departure", time: "16:10", person: "Bu Tini (tetangga)",
});
console.log(warnings.map((w) => `${w.code}: ${w.message}`).join("\n"));
// … and a meal that names a listed allergen is refused unless acknowledged.
const allergic = centre.children.find((c) => (c.allergies ?? []).length > 0)!;
try {
  recordCare(centre, {
    kind: "care", id: "demo-makan", child: allergic.id, date: "2026-11-30", author: groups[0]!.educators[0]!,
    visibility: "family", care: "meal", time: "11:30", meal: "lunch", menu: "Nasi, telur dadar, sayur bening", amount: "habis",
  });
} catch (error) {
  if (!(error instanceof ValidationError)) throw error;
  console.log(`${error.issues[0]!.code}: ${error.issues[0]!.message}`);
}
console.log(`\n${dir}: daily notes, day sheets and the daftar hadir written`);
// => Kelompok Bayi (1–2 tahun) 13:00: {"here":11,…} … unknown_collector: … allergen: …
