// A rapor (progress report) for a sample 4–5 year old: Bahasa Indonesia for the staff, English for
// the family, as printable HTML, Markdown and JSON in out/examples/.
// Run: npx tsx examples/report.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  ageInMonths,
  createSampleCentre,
  parseCalendarDate,
  progressReport,
  renderReportHtml,
  renderReportJson,
  renderReportMarkdown,
} from "tumbuh";

const asOf = parseCalendarDate("2026-11-27");
const centre = createSampleCentre(); // 60 made-up children, 16 weeks of journal up to asOf

// The first child of the 4–5 year band (48–59 completed months) on the report date.
const child = centre.children.find((c) => {
  const months = ageInMonths(c.birthDate, asOf);
  return months >= 48 && months < 60;
});
if (child === undefined) throw new Error("the sample centre has no 4–5 year old");

const dir = join("out", "examples");
mkdirSync(dir, { recursive: true });

const versions = [
  { locale: "id", audience: "staff", name: "rapor-staf" },
  { locale: "en", audience: "family", name: "rapor-family" },
] as const;
for (const v of versions) {
  const report = progressReport(centre, child.id, { asOf, locale: v.locale, audience: v.audience });
  const files = [
    [`${v.name}.html`, renderReportHtml(report)],
    [`${v.name}.md`, renderReportMarkdown(report)],
    [`${v.name}.json`, renderReportJson(report)],
  ] as const;
  for (const [file, text] of files) {
    writeFileSync(join(dir, file), text);
    console.log(`${join(dir, file)} (${text.length} characters)`);
  }
}

// The narrative of one section, as the rapor prints it.
const report = progressReport(centre, child.id, { asOf });
const kognitif = report.sections.find((s) => s.id === "kog")!;
console.log(`\n${report.child.name}, ${report.age.text}, ${report.child.group}`);
console.log(`${kognitif.name} (rekap ${kognitif.summary ?? "–"}, ${kognitif.observed} dari ${kognitif.expected} indikator diamati):`);
console.log(kognitif.narrative);
// => out/examples/rapor-staf.html (… characters) … then the child, age, group and the Kognitif paragraph
