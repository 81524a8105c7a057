// The main job on the bundled sample centre: a rapor (HTML) for every child and a weekly plan
// (RPPM, HTML) for every group, the daily notes (buku penghubung) and day sheets of the care day
// of the infant and toddler groups, written to out/, and a short table in the terminal.
// Run: npm run demo   (options: --lang en, --out <dir>)
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  addDays,
  createSampleCentre,
  dailyNote,
  daySheet,
  escapeHtml,
  foldProgress,
  formatDate,
  mondayOf,
  parseCalendarDate,
  progressReport,
  renderDailyNoteHtml,
  renderDaySheetHtml,
  renderReportHtml,
  renderWeeklyPlanHtml,
  sampleDaySchedule,
  weeklyPlan,
  withSampleNidoGroup,
} from "tumbuh";

const { values } = parseArgs({ options: { lang: { type: "string", default: "id" }, out: { type: "string", default: "out" } } });
const locale = values.lang === "en" ? "en" : "id";
const out = values.out ?? "out";
const started = performance.now();

// A synthetic centre (made-up children): 60 children in five groups, 16 weeks of journal, and a
// Nido group of six babies (3–12 months).
const asOf = parseCalendarDate("2026-11-27");
const centre = withSampleNidoGroup(createSampleCentre({ seed: 2026, children: 60, weeks: 16, asOf }), { babies: 6, weeks: 16, asOf });
const nextWeek = addDays(mondayOf(asOf), 7);
foldProgress(centre); // one pass over the journal; every report and plan below reads it

mkdirSync(join(out, "rapor"), { recursive: true });
mkdirSync(join(out, "rppm"), { recursive: true });

// Weekly plans first, so the table can show each child's planned presentations.
const planned = new Map<string, number>();
const planLinks: string[] = [];
for (const group of centre.groups) {
  // Under-3 groups plan around their care routines (arrival, snack, lunch, nap, nappies, milk).
  const daySchedule = sampleDaySchedule(group.id);
  const plan = weeklyPlan(centre, group.id, { week: nextWeek, asOf, locale, ...(daySchedule !== undefined ? { daySchedule } : {}) });
  writeFileSync(join(out, "rppm", `${group.id}.html`), renderWeeklyPlanHtml(plan));
  for (const day of plan.days) {
    for (const slot of day.slots) {
      for (const p of slot.presentations) for (const c of p.children) planned.set(c.child, (planned.get(c.child) ?? 0) + 1);
    }
  }
  planLinks.push(`<li><a href="rppm/${escapeHtml(group.id)}.html">${escapeHtml(group.name)}</a></li>`);
}

interface Row {
  child: string;
  group: string;
  age: string;
  band: string;
  observations: number;
  concerns: number;
  planned: number;
}
/** A short note for the table: what the band's STPPA data is and what the rapor uses. */
function bandNote(coverage: "partial" | "missing", basis: "framework" | "cp-cdc"): string {
  if (coverage === "partial") return locale === "id" ? "teks STPPA baru sebagian" : "STPPA text only in part";
  if (basis === "cp-cdc") return locale === "id" ? "teks STPPA belum ada; rapor memakai CP dan CDC" : "no STPPA text; the rapor uses the CP and CDC";
  return locale === "id" ? "teks STPPA belum ada" : "no STPPA text";
}
const rows: Row[] = [];
const reportLinks: string[] = [];
for (const child of centre.children) {
  const report = progressReport(centre, child.id, { asOf, locale });
  writeFileSync(join(out, "rapor", `${child.id}.html`), renderReportHtml(report));
  reportLinks.push(`<li><a href="rapor/${escapeHtml(child.id)}.html">${escapeHtml(child.name)}</a> — ${escapeHtml(report.age.text)}</li>`);
  rows.push({
    child: report.child.name,
    group: centre.groups.find((g) => g.id === child.group)?.name ?? child.group,
    age: report.age.text,
    // A band without STPPA text says so in words (the rapor itself carries the full sentence, report.band.status).
    band: report.band ? (report.band.coverage === "complete" ? report.band.label : `${report.band.label} (${bandNote(report.band.coverage, report.basis)})`) : "—",
    observations: report.observationsInPeriod,
    concerns: report.concerns.filter((c) => c.kind !== "not-observed").length,
    planned: planned.get(child.id) ?? 0,
  });
}

// The care day (asOf): a daily note per child and a day sheet per group that has care entries.
mkdirSync(join(out, "buku-penghubung"), { recursive: true });
const careLinks: string[] = [];
for (const group of centre.groups) {
  const sheet = daySheet(centre, group.id, asOf);
  if (sheet.children.every((c) => c.status === "expected")) continue;
  writeFileSync(join(out, "buku-penghubung", `lembar-${group.id}.html`), renderDaySheetHtml(sheet, locale));
  careLinks.push(`<li><a href="buku-penghubung/lembar-${escapeHtml(group.id)}.html">${escapeHtml(group.name)}</a></li>`);
  for (const c of sheet.children) {
    writeFileSync(join(out, "buku-penghubung", `${c.id}.html`), renderDailyNoteHtml(dailyNote(centre, c.id, asOf), locale));
  }
}

const title = locale === "id" ? `Contoh TARA Melati — rapor dan RPPM (data ${formatDate(asOf, locale)})` : `Sample TARA Melati — reports and weekly plans (data to ${formatDate(asOf, locale)})`;
writeFileSync(
  join(out, "index.html"),
  `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1><h2>RPPM ${escapeHtml(formatDate(nextWeek, locale))}</h2><ul>${planLinks.join("")}</ul><h2>Rapor</h2><ul>${reportLinks.join("")}</ul><h2>${locale === "id" ? "Lembar harian dan buku penghubung" : "Day sheets and daily notes"}</h2><ul>${careLinks.join("")}</ul></body></html>\n`,
);

const headers =
  locale === "id"
    ? { child: "Anak", group: "Kelompok", age: "Usia", band: "Kelompok usia STPPA", observations: "Pengamatan", concerns: "Perlu perhatian", planned: "Presentasi minggu depan" }
    : { child: "Child", group: "Group", age: "Age", band: "STPPA band", observations: "Observations", concerns: "Concerns", planned: "Planned next week" };
const keys = Object.keys(headers) as (keyof Row)[];
const widths = keys.map((k) => Math.max(headers[k].length, ...rows.map((r) => String(r[k]).length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
if (process.env.TUMBUH_EXAMPLE_QUIET !== "1") {
  console.log(line(keys.map((k) => headers[k])));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const r of rows) console.log(line(keys.map((k) => String(r[k]))));
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  locale === "id"
    ? `\n${rows.length} rapor dan ${centre.groups.length} RPPM ditulis ke ${out}/ (buka ${join(out, "index.html")}) dalam ${seconds} detik.`
    : `\n${rows.length} reports and ${centre.groups.length} weekly plans written to ${out}/ (open ${join(out, "index.html")}) in ${seconds} s.`,
);
console.log(locale === "id" ? "Semua anak dalam contoh ini adalah data sintetis, bukan orang sungguhan." : "Every child in this sample is synthetic, not a real person.");
