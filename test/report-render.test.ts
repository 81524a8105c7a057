import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  type Centre,
  type ProgressReport,
  createSampleCentre,
  parseCalendarDate,
  parseCentre,
  progressReport,
  ProgressReportSchema,
  record,
  REPORT_LABELS,
  renderReportHtml,
  renderReportJson,
  renderReportMarkdown,
  STPPA_LEVEL_DEFINITIONS,
} from "../src/index.js";
import { NameSchema } from "../src/model/common.js";
import { deepFreeze } from "./helpers/arbitraries.js";
import { tinyCentreInput } from "./helpers/fixture.js";

const SCRIPT = "<script>alert(1)</script>";
const IMG = `"><img src=x onerror=alert(1)>`;
const STAFF_ONLY = "RAHASIA-STAF-7731";
const asOf = parseCalendarDate("2026-11-28");

/** The tiny centre with hostile text in every user field a rapor prints. */
function hostileCentre(): Centre {
  const doc = tinyCentreInput();
  const centre = parseCentre({
    ...doc,
    settings: { ...doc.settings, name: `TK ${SCRIPT} & "Melati" 'Ceria'` },
    groups: doc.groups.map((g) => (g.id === "g-45" ? { ...g, name: `Kelompok ${IMG} | A` } : g)),
    children: doc.children.map((c) => (c.id === "c-001" ? { ...c, name: `Ayu ${SCRIPT} | Lestari`, nickname: `Ayu${IMG}` } : c)),
  });
  const base = { child: "c-001", author: "e-01", visibility: "family" as const };
  return record(centre, [
    { ...base, kind: "assessment", id: "h-1", date: "2026-08-17", indicator: "stppa2014.48-60.kog.c.1", level: "BSH" },
    { ...base, kind: "assessment", id: "h-2", date: "2026-10-02", indicator: "stppa2014.48-60.bhs.a.1", level: "BB" },
    {
      ...base,
      kind: "anecdote",
      id: "h-3",
      date: "2026-10-20",
      text: `Ayu ${SCRIPT} menulis "${IMG}" | pipa\nbaris baru & 'selesai'`,
      indicators: ["stppa2014.48-60.kog.c.1"],
    },
    {
      ...base,
      kind: "evidence",
      id: "h-4",
      date: "2026-10-21",
      evidence: "artwork",
      items: [{ ref: `karya/${SCRIPT}.jpg`, caption: `Menara ${IMG} | 1` }],
      indicators: ["stppa2014.48-60.kog.c.1"],
    },
    { ...base, kind: "anecdote", id: "h-5", date: "2026-10-22", visibility: "staff", text: `${STAFF_ONLY}: catatan internal`, indicators: ["stppa2014.48-60.kog.c.1"] },
    { ...base, kind: "growth", id: "h-6", date: "2026-11-02", weightKg: 17.25, heightCm: 104.5 },
    { ...base, kind: "lesson", id: "h-7", date: "2026-09-07", activity: "mont.practical-life.carrying-a-mat", stage: "presented" },
    { ...base, kind: "lesson", id: "h-8", date: "2026-09-14", activity: "mont.practical-life.carrying-a-mat", stage: "practicing" },
  ]);
}

// ---------------------------------------------------------------------------------------------
// Reading the output back without a DOM: tags, attributes, charts and tables.

const TAGS = new Set(
  "html head meta title style body header main footer section h1 h2 h3 h4 p strong em abbr span dl dt dd div ul li table caption colgroup col thead tbody tr th td figure svg defs pattern rect line circle path text tspan desc".split(" "),
);
const ATTRIBUTES = new Set(
  "lang charset name content id class style scope colspan title xmlns role width height viewBox aria-labelledby font-family font-size font-weight text-anchor fill stroke stroke-width stroke-dasharray stroke-linejoin paint-order x y x1 y1 x2 y2 dy cx cy r d patternUnits patternTransform data-category data-series data-value data-chart data-no-data data-sd data-x data-y transform".split(" "),
);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z][a-zA-Z0-9:-]*(?:="[^"<>]*")?)*)\s*\/?>/g;

/** Every tag of the page; fails when any `<` does not start a well-formed, allowed tag. */
function checkMarkup(html: string): void {
  const withoutDoctype = html.replace(/^<!DOCTYPE html>\n/, "");
  const tags = [...withoutDoctype.matchAll(TAG)];
  expect(tags.length).toBe((withoutDoctype.match(/</g) ?? []).length);
  for (const [, , name, attrs] of tags) {
    expect(TAGS.has(name!), `tag <${name}>`).toBe(true);
    for (const [, attr] of attrs!.matchAll(/\s+([a-zA-Z][a-zA-Z0-9:-]*)(?:="[^"]*")?/g)) expect(ATTRIBUTES.has(attr!), `attribute ${attr} on <${name}>`).toBe(true);
  }
  expect(html).not.toMatch(/<script|<img|<iframe|<object|<embed|<link/i);
}

const unescape = (s: string) =>
  s.replace(/<[^>]*>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&").trim();

interface Block {
  readonly id: string;
  readonly svg: string;
  readonly bars: { category: string; series: string; value: number }[];
  /** table[category][series] = cell text */
  readonly table: Map<string, Map<string, string>>;
}

/** The chart blocks of a page: the SVG's data bars and the numbers of the tables after it. */
function chartBlocks(html: string): Block[] {
  return [...html.matchAll(/<div class="chart-block" data-chart="([^"]+)">([\s\S]*?)(?=<div class="chart-block"|<\/section>|<h3>)/g)].map(([, id, body]) => {
    const svg = /<svg[\s\S]*?<\/svg>/.exec(body!)?.[0] ?? "";
    const bars = [...svg.matchAll(/data-category="([^"]*)" data-series="([^"]*)" data-value="([^"]*)"/g)].map(([, c, s, v]) => ({
      category: unescape(c!),
      series: unescape(s!),
      value: Number(v),
    }));
    const table = new Map<string, Map<string, string>>();
    for (const [t] of body!.matchAll(/<table[\s\S]*?<\/table>/g)) {
      const headers = [...t.matchAll(/<th scope="col"[^>]*>([\s\S]*?)<\/th>/g)].map(([, x]) => unescape(x!));
      for (const [, row] of t.matchAll(/<tr>(<th scope="row"[\s\S]*?)<\/tr>/g)) {
        const cells = [...row!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, x]) => unescape(x!));
        table.set(cells[0]!, new Map(headers.map((h, i) => [h, cells[i] ?? ""])));
      }
    }
    return { id: id!, svg, bars, table };
  });
}

/** Markdown tables: every row has as many unescaped `|` as its header. */
function checkMarkdownTables(md: string): number {
  const pipes = (line: string) => (line.replace(/\\\\/g, "").match(/(?<!\\)\|/g) ?? []).length;
  let tables = 0;
  let expected = -1;
  for (const line of md.split("\n")) {
    if (!line.startsWith("|")) {
      expected = -1;
      continue;
    }
    if (expected === -1) {
      expected = pipes(line);
      tables++;
    }
    expect(pipes(line), line).toBe(expected);
  }
  // No raw HTML either: every `<` is backslash-escaped.
  expect(md.replace(/\\\\/g, "")).not.toMatch(/(?<!\\)</);
  return tables;
}

const shuffle = <T,>(items: readonly T[], seed: number): T[] => {
  const out = [...items];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};

// ---------------------------------------------------------------------------------------------

describe("escaping user text", () => {
  const centre = deepFreeze(hostileCentre());
  const reports = (["id", "en"] as const).flatMap((locale) =>
    (["staff", "family"] as const).map((audience) => progressReport(centre, "c-001", { asOf, locale, audience })),
  );

  it("the hostile text reaches the report (so the checks below can fail)", () => {
    const staff = reports[0]!;
    expect(staff.child.name).toContain(SCRIPT);
    expect(staff.centre.name).toContain(SCRIPT);
    expect(staff.child.group).toContain(IMG);
    expect(staff.sections.flatMap((s) => s.evidence).map((e) => e.text).join()).toContain(IMG);
  });

  it.each(reports.map((r) => [`${r.locale}/${r.audience}`, r] as const))("HTML %s has no live markup from user text", (_, report) => {
    const html = renderReportHtml(report);
    checkMarkup(html);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("&amp; &quot;Melati&quot; &#39;Ceria&#39;");
  });

  it.each(reports.map((r) => [`${r.locale}/${r.audience}`, r] as const))("Markdown %s keeps its tables whole", (_, report) => {
    const md = renderReportMarkdown(report);
    expect(checkMarkdownTables(md)).toBeGreaterThanOrEqual(5);
    expect(md).toContain("Ayu \\<script\\>alert(1)\\</script\\> \\| Lestari");
    // The anecdote's line break does not end its list item.
    expect(md).toContain("\\| pipa baris baru & 'selesai'");
  });

  fcTest.prop(
    [
      // Any name a child may have (NameSchema: no line breaks or other control characters, not blank).
      fc
        .string({ unit: fc.constantFrom("<", ">", '"', "'", "&", "|", "\n", "/", "=", " ", "a", "*", "#", "-", "1", "."), minLength: 1, maxLength: 40 })
        .filter((s) => NameSchema.safeParse(s).success),
      fc.string({ unit: fc.constantFrom("<", ">", '"', "'", "&", "|", "\n", "\\", "`", "s", "x"), minLength: 1, maxLength: 60 }),
    ],
    { numRuns: 20 },
  )("any name and anecdote text stays text", (name, text) => {
    const doc = tinyCentreInput();
    const centre = record(
      parseCentre({ ...doc, children: doc.children.map((c) => (c.id === "c-001" ? { ...c, name, nickname: name } : c)) }),
      { kind: "anecdote", id: "x-1", child: "c-001", date: "2026-11-20", author: "e-01", visibility: "family", text, indicators: ["stppa2014.48-60.kog.c.3"] },
    );
    const report = progressReport(centre, "c-001", { asOf });
    checkMarkup(renderReportHtml(report));
    checkMarkdownTables(renderReportMarkdown(report));
  });
});

describe("determinism", () => {
  const sample = createSampleCentre({ seed: 11, children: 15, weeks: 10 });
  const child = sample.children.find((c) => c.group.startsWith("g-45"))!;

  it("the same input gives byte-identical HTML, Markdown and JSON", () => {
    for (const locale of ["id", "en"] as const) {
      const a = progressReport(sample, child.id, { asOf, locale });
      const b = progressReport(createSampleCentre({ seed: 11, children: 15, weeks: 10 }), child.id, { asOf, locale });
      expect(renderReportHtml(b)).toBe(renderReportHtml(a));
      expect(renderReportMarkdown(b)).toBe(renderReportMarkdown(a));
      expect(renderReportJson(b)).toBe(renderReportJson(a));
    }
  });

  it.each([1, 2, 3])("does not depend on the journal's order (seed %i)", (seed) => {
    const shuffled: Centre = { ...sample, journal: { ...sample.journal, entries: shuffle(sample.journal.entries, seed) } };
    for (const audience of ["staff", "family"] as const) {
      const a = progressReport(sample, child.id, { asOf, audience });
      const b = progressReport(shuffled, child.id, { asOf, audience });
      expect(renderReportHtml(b)).toBe(renderReportHtml(a));
      expect(renderReportMarkdown(b)).toBe(renderReportMarkdown(a));
    }
  });

  it("does not mutate the report", () => {
    const report = deepFreeze(progressReport(sample, child.id, { asOf }));
    const json = JSON.stringify(report);
    renderReportHtml(report);
    renderReportMarkdown(report);
    expect(JSON.stringify(report)).toBe(json);
  });
});

describe("language and dates", () => {
  const centre = hostileCentre();
  const id = renderReportHtml(progressReport(centre, "c-001", { asOf, locale: "id" }));
  const en = renderReportHtml(progressReport(centre, "c-001", { asOf, locale: "en" }));

  it("sets lang on the page", () => {
    expect(id.startsWith('<!DOCTYPE html>\n<html lang="id">')).toBe(true);
    expect(en.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
  });

  it("writes dates in words with the date-fns locale", () => {
    expect(id).toContain("28 November 2026");
    expect(id).toContain("17 Agustus 2026");
    expect(id).toContain("1 Juli 2026 – 31 Desember 2026");
    expect(en).toContain("17 August 2026");
    expect(en).toContain("1 July 2026 – 31 December 2026");
    expect(id).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("formats measurements with the locale's decimal separator", () => {
    expect(id).toContain("17,25 kg");
    expect(id).toContain("104,5 cm");
    expect(en).toContain("17.25 kg");
  });

  it("prints every label in the report's language", () => {
    for (const [html, labels] of [
      [id, REPORT_LABELS.id],
      [en, REPORT_LABELS.en],
    ] as const) {
      expect(html).toContain(`<h1>${labels.title}</h1>`);
      expect(html).toContain(labels.concerns.heading);
      expect(html).toContain(labels.reflection.heading);
    }
    expect(en).not.toContain("Perlu perhatian");
  });

  it("uses the scale's own names and meanings for BB–BSB", () => {
    for (const d of STPPA_LEVEL_DEFINITIONS) {
      expect(REPORT_LABELS.id.levels[d.level].name).toBe(d.name.id);
      expect(REPORT_LABELS.id.levels[d.level].meaning).toBe(d.definition.id.replace(/\.$/, ""));
      expect(REPORT_LABELS.en.levels[d.level].meaning).toBe(d.definition.en.replace(/\.$/, ""));
    }
  });
});

describe("charts", () => {
  const sample = createSampleCentre({ seed: 11, children: 15, weeks: 10 });
  const child = sample.children.find((c) => c.group.startsWith("g-45"))!;
  const cases: [string, ProgressReport][] = [
    ["sample staff id", progressReport(sample, child.id, { asOf })],
    ["sample family en", progressReport(sample, child.id, { asOf, locale: "en", audience: "family" })],
    ["hostile", progressReport(hostileCentre(), "c-001", { asOf })],
    ["CP framework", progressReport(sample, child.id, { asOf, framework: "merdeka-cp" })],
  ];

  it.each(cases)("every chart of %s has a table with the same numbers", (_, report) => {
    const html = renderReportHtml(report);
    const all = chartBlocks(html);
    // Growth charts (one per index with measurements) come between the lessons and the weeks.
    const growthIds = report.growthStatus.charts.map((c) => `chart-growth-${c.index}`);
    expect(all.map((b) => b.id)).toEqual(["chart-levels", "chart-lessons", ...growthIds, "chart-weeks"]);
    expect((html.match(/<svg /g) ?? []).length).toBe(3 + growthIds.length);
    const decimal = REPORT_LABELS[report.locale].decimal;
    for (const block of all.filter((b) => b.id.startsWith("chart-growth-"))) {
      // Every point drawn is a row of the table after it (age and value), and every row is drawn.
      const points = [...block.svg.matchAll(/data-x="([^"]+)" data-y="([^"]+)"/g)].map(([, x, y]) => [x!.replace(".", decimal), y!.replace(".", decimal)]);
      const rows = [...block.table.values()].map((row) => [...row.values()]);
      expect(points.length, block.id).toBe(rows.length);
      expect(points.length, block.id).toBeGreaterThan(0);
      rows.forEach((cells, i) => {
        expect(cells[1]).toBe(points[i]![0]);
        expect(cells[2]).toBe(points[i]![1]);
      });
      for (const sd of [-3, -2, -1, 0, 1, 2, 3]) expect(block.svg).toContain(`data-sd="${sd}"`);
    }
    const blocks = all.filter((b) => !b.id.startsWith("chart-growth-"));
    for (const block of blocks) {
      expect(block.svg).toMatch(/^<svg [^>]*role="img"/);
      expect(block.svg).toMatch(/<title id="[^"]+">[^<]+<\/title><desc id="[^"]+">[^<]+<\/desc>/);
      expect(block.bars.length, block.id).toBeGreaterThan(0);
      for (const bar of block.bars) {
        expect(block.table.get(bar.category)?.get(bar.series), `${block.id} ${bar.category} / ${bar.series}`).toBe(String(bar.value));
      }
      // And the other way round: every non-zero number of a series column is drawn.
      const series = new Set(block.bars.map((b) => b.series));
      for (const [category, row] of block.table) {
        for (const [s, cell] of row) {
          if (!series.has(s) || cell === "0") continue;
          expect(block.bars.some((b) => b.category === category && b.series === s && String(b.value) === cell), `${block.id} ${category} / ${s}`).toBe(true);
        }
      }
    }
    // The level chart's numbers agree with the report itself.
    const levels = blocks[0]!;
    for (const s of report.sections) {
      const assessed = Object.values(s.distribution).reduce((n, v) => n + v, 0);
      expect(levels.table.get(s.name)?.get(REPORT_LABELS[report.locale].summary.notAssessed)).toBe(String(s.expected - assessed));
    }
    expect([...blocks[2]!.table.values()].reduce((n, row) => n + Number(row.get(REPORT_LABELS[report.locale].activity.count)), 0)).toBe(
      report.observationsInPeriod,
    );
  });

  it("draws an explicit 'no data' chart, never an empty one", () => {
    const doc = tinyCentreInput();
    // Without the CP and the CDC milestones, a child of a band with no STPPA text has nothing
    // expected at all (with them, the report reads those instead: see report.missing-band.test.ts).
    const bare = { ...doc, curriculum: { ...doc.curriculum, bundled: ["stppa2014", "montessori"] }, journal: { schemaVersion: 1 as const, entries: [] } };
    const empty = progressReport(parseCentre(bare), "c-003", { asOf });
    const html = renderReportHtml(empty);
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs).toHaveLength(3);
    for (const svg of svgs) {
      expect(svg).toContain('data-no-data="true"');
      expect(svg).toContain(`>${REPORT_LABELS.id.charts.noData}</text>`);
      expect(svg).toMatch(/<title id="[^"]+">[^<]+<\/title>/);
    }
    // The tables are still there, with zeros.
    expect(chartBlocks(html).every((b) => b.table.size > 0)).toBe(true);
    const future = renderReportHtml(progressReport(parseCentre(doc), "c-001", { asOf, period: { from: parseCalendarDate("2026-12-01"), to: parseCalendarDate("2026-12-31") } }));
    expect(future).toContain(REPORT_LABELS.id.activity.empty);
  });
});

describe("audience", () => {
  const centre = hostileCentre();

  it("the family version contains no staff-only observation", () => {
    const staff = progressReport(centre, "c-001", { asOf });
    const family = progressReport(centre, "c-001", { asOf, audience: "family" });
    expect(renderReportHtml(staff)).toContain(STAFF_ONLY);
    expect(renderReportMarkdown(staff)).toContain(STAFF_ONLY);
    for (const text of [renderReportHtml(family), renderReportMarkdown(family), renderReportJson(family)]) {
      expect(text).not.toContain(STAFF_ONLY);
    }
    expect(renderReportHtml(staff)).toContain(REPORT_LABELS.id.audience.staff);
    expect(renderReportHtml(family)).toContain(REPORT_LABELS.id.audience.family);
  });

  it("lists never-assessed items compactly: in the concerns for staff, as a count for families", () => {
    const staff = renderReportHtml(progressReport(centre, "c-001", { asOf }));
    const family = renderReportHtml(progressReport(centre, "c-001", { asOf, audience: "family" }));
    expect(staff).toContain(REPORT_LABELS.id.concerns.kinds["not-observed"].title);
    expect(staff).toContain("Menirukan gerakan binatang");
    expect(family).not.toContain(REPORT_LABELS.id.concerns.kinds["not-observed"].title);
    expect(family).not.toContain("Menirukan gerakan binatang");
    // 21 fisik-motorik items, less weight, height and weight-for-height, evidenced by the
    // measurement of 2 November (growth indicators count measurements, not ratings).
    expect(family).toContain(REPORT_LABELS.id.sections.notAssessedCount(18));
    // Early in the period there are no not-observed concerns: staff see the list in the section.
    const early = renderReportHtml(progressReport(centre, "c-001", { asOf: parseCalendarDate("2026-09-10") }));
    expect(early).toContain(`${REPORT_LABELS.id.sections.notAssessed(21)}</strong> Menirukan gerakan binatang`);
  });
});

describe("structure", () => {
  const centre = hostileCentre();
  const report = progressReport(centre, "c-001", { asOf });
  const html = renderReportHtml(report);
  const md = renderReportMarkdown(report);
  const L = REPORT_LABELS.id;

  it("has one h1 and the sections in order as h2", () => {
    expect(html.match(/<h1>/g)).toHaveLength(1);
    const h2 = [...html.matchAll(/<h2 id="h-([a-z]+)">/g)].map((m) => m[1]);
    expect(h2).toEqual(["summary", "sections", "concerns", "montessori", "development", "activity", "reflection", "notes"]);
    for (const s of report.sections) expect(html).toContain(`>${s.name}</h3>`);
  });

  it("uses real tables with header cells", () => {
    const tables = html.match(/<table[\s\S]*?<\/table>/g) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(6);
    for (const t of tables) {
      expect(t).toMatch(/<thead><tr>(<th scope="col"[^>]*>[^<]*<\/th>)+<\/tr><\/thead>/);
      expect(t).toContain("<caption");
    }
  });

  it("is self-contained and printable", () => {
    expect(html).toContain("@page { size: A4;");
    expect(html).not.toMatch(/<link|<script|<img|url\((?!#)|@import/);
    expect(html).toContain('<div class="write-box"><div class="line"></div>');
  });

  it("shows the concerns as 'perlu perhatian', never as a diagnosis", () => {
    expect(html).toContain(`<h2 id="h-concerns">${L.concerns.heading}</h2>`);
    expect(html).toContain(L.concerns.kinds["still-bb"].title);
    expect(html).toContain("Menyimak perkataan orang lain (bahasa ibu atau bahasa lainnya) (<abbr");
    expect(html.match(/\S+ diagnosis/gi)?.length).toBeGreaterThan(0);
    for (const m of html.match(/\S+ diagnosis/gi) ?? []) expect(m.toLowerCase()).toMatch(/^\(?bukan diagnosis$/);
  });

  it("shows Montessori, growth and the notices", () => {
    expect(html).toContain(L.montessori.stalledHeading);
    expect(html).toContain(L.montessori.nextHeading);
    expect(html).toContain(`<th scope="row">${L.growth.head}</th><td>${L.growth.none}</td>`);
    expect(html).toContain("terjemahan kami");
  });

  it("Markdown has the same sections", () => {
    const headings = md.split("\n").filter((l) => l.startsWith("## "));
    expect(headings).toEqual([
      `## ${L.summary.heading}`,
      `## ${L.sections.heading.stppa}`,
      `## ${L.concerns.heading}`,
      `## ${L.montessori.heading}`,
      `## ${L.development.heading}`,
      `## ${L.activity.heading}`,
      `## ${L.reflection.heading}`,
      `## ${L.notices.heading}`,
    ]);
    for (const s of report.sections) expect(md).toContain(`### ${s.name}\n`);
    expect(md.endsWith("\n")).toBe(true);
  });

  it("JSON is the report itself, pretty-printed", () => {
    const json = renderReportJson(report);
    expect(json.split("\n")[1]).toBe('  "version": 1,');
    expect(ProgressReportSchema.parse(JSON.parse(json))).toEqual(report);
  });
});
