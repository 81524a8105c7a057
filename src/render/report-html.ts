/**
 * The rapor as one self-contained, printable HTML page: A4 print CSS, inline SVG charts each
 * followed by a table with the same numbers, real headings and tables, no scripts and no external
 * assets. Every piece of text from the report goes through `escapeHtml`.
 *
 * @module
 */
import type { Level } from "../model/index.js";
import type { Concern, ProgressReport, ReportSection } from "../report/index.js";
import { type CalendarDate, formatDate } from "../time/index.js";
import { escapeHtml as h, htmlPage } from "./html.js";
import { type ReportLabels, REPORT_LABELS } from "./report-messages.js";
import {
  areaRows,
  assessedItems,
  bySection,
  concernGroups,
  growthRows,
  LEVEL_FILLS,
  levelRows,
  levelsShown,
  sectionKind,
  sectionName,
  unassessedItems,
  weekRows,
} from "./report-tables.js";
import { type ChartFill, columnChart, stackedBarChart, svgNumber } from "./svg.js";
import { growthChart } from "./growth-chart.js";
import { growthChartOptions, growthChartTable, growthMeasurementTable } from "./growth-tables.js";

/** Print layout of the rapor, on top of the shared `BASE_CSS`. */
const REPORT_CSS = `
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; font-size: 9.5pt; }
body { line-height: 1.3; }
@page { margin: 10mm 12mm 12mm 12mm; @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; } }
h2 { margin: 4mm 0 1.5mm; }
h3 { margin: 2.5mm 0 0.8mm; }
h4 { font-size: 9.5pt; margin: 1.5mm 0 0.5mm; break-after: avoid; }
.centre-name { font-size: 12pt; font-weight: bold; margin: 0 0 1mm; }
.audience { font-style: italic; margin: -2mm 0 2mm; }
dl.identity { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 0.6mm 3mm; margin: 0 0 2mm; padding: 1.5mm 2.5mm; border: 0.75pt solid #000; }
dl.identity dd.wide { grid-column: span 3; }
dl.identity dt { font-weight: bold; }
dl.identity dd { margin: 0; overflow-wrap: anywhere; }
th, td { font-size: 8.5pt; padding: 0.5mm 1.4mm; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td.num, th.num { text-align: right; }
td.nowrap, th.nowrap { white-space: nowrap; overflow-wrap: normal; }
th { overflow-wrap: break-word; }
th.group { background: #f2f2f2; font-style: italic; }
.chart-block { margin: 0 0 2mm; break-inside: avoid; }
.chart-block figure { margin: 0 0 1.5mm; }
h2 + p { break-after: avoid; }
.chart-block svg { display: block; width: 100%; height: auto; }
.chart-block figcaption { font-size: 8.5pt; font-style: italic; }
.week-tables { display: flex; gap: 3mm; align-items: flex-start; }
.week-tables table { flex: 1 1 0; min-width: 0; }
dl.legend { display: grid; grid-template-columns: max-content 1fr; gap: 0.3mm 2.5mm; margin: 0 0 2mm; font-size: 8.5pt; line-height: 1.25; }
dl.legend dt { font-weight: bold; }
dl.legend dd { margin: 0; }
.aspect { margin: 0 0 3mm; }
.aspect h3 { border-bottom: 0.5pt solid #000; }
.standing { font-size: 9.5pt; }
.compact { font-size: 8pt; line-height: 1.22; }
ul.evidence, ul.lessons, ul.notices { margin: 0 0 2mm; padding-left: 5mm; }
ul.evidence li, ul.lessons li { margin: 0 0 0.8mm; overflow-wrap: anywhere; }
ul.evidence, ul.lessons { font-size: 8.5pt; }
.refs { font-size: 8pt; color: #333; }
.note { font-size: 9.5pt; font-style: italic; }
.write-box { border: 0.75pt solid #000; padding: 1mm 3mm 3mm; break-inside: avoid; }
.write-box .line { border-bottom: 0.5pt solid #555; height: 7mm; }
.signatures { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 8mm; margin: 4mm 0 0; break-inside: avoid; }
.signatures p { margin: 0; font-size: 9pt; }
.signatures .sign { border-bottom: 0.75pt solid #000; height: 10mm; }
footer { margin-top: 3mm; break-inside: avoid; }
ul.notices { font-size: 8pt; }
footer p.footer { font-size: 8.5pt; border-top: 0.75pt solid #000; padding-top: 1.5mm; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
@media print { body { max-width: none; } }
`;

/** A stable, ASCII id fragment from a data id (`cp.nab` → `cp-nab`). */
function slug(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "x";
}

function date(d: string, report: ProgressReport): string {
  return h(formatDate(d as CalendarDate, report.locale));
}

function levelCell(level: Level, labels: ReportLabels): string {
  const l = labels.levels[level];
  return l.short === l.name ? h(l.short) : `<abbr title="${h(l.name)}">${h(l.short)}</abbr>`;
}

function header(report: ProgressReport, labels: ReportLabels): string {
  const L = labels.header;
  const child = report.child.nickname !== report.child.name ? `${h(report.child.name)} (${h(report.child.nickname)})` : h(report.child.name);
  // A band without official text says so in words, and what the report uses instead.
  const band = report.band
    ? report.band.coverage === "missing"
      ? `${h(report.band.label)} — ${h(report.band.status)}`
      : `${h(report.band.label)} (${h(L.coverage[report.band.coverage])})`
    : h(L.noBand);
  const period = `${h(report.period.name)}: ${h(labels.range(formatDate(report.period.from as CalendarDate, report.locale), formatDate(report.period.to as CalendarDate, report.locale)))}`;
  const pair = (k: string, v: string, wide = false) => `<dt>${h(k)}</dt><dd${wide ? ` class="wide"` : ""}>${v}</dd>`;
  return `<header>
<p class="centre-name">${h(report.centre.name)}</p>
<h1>${h(labels.title)}</h1>
<p class="audience">${h(labels.audience[report.audience])}</p>
<dl class="identity">
${pair(L.child, child)}${pair(L.group, h(report.child.group))}
${pair(L.age, h(report.age.text))}${pair(L.asOf, date(report.asOf, report))}
${pair(L.band, band, true)}
${pair(L.period, period, true)}
${pair(L.framework, h(report.framework.name), true)}
</dl>
</header>`;
}

/** A table whose first column is the row header; `rows` cells are already escaped HTML. */
function table(options: {
  readonly className?: string;
  readonly caption: string;
  readonly columns: readonly { readonly label: string; readonly width?: string; readonly num?: boolean; readonly nowrap?: boolean }[];
  readonly rows: readonly (readonly string[])[];
  readonly rowHeader?: boolean;
}): string {
  const cols = options.columns.some((c) => c.width)
    ? `<colgroup>${options.columns.map((c) => (c.width ? `<col style="width:${c.width}">` : "<col>")).join("")}</colgroup>`
    : "";
  const head = options.columns.map((c) => `<th scope="col"${c.num ? ` class="num"` : ""}>${h(c.label)}</th>`).join("");
  const body = options.rows
    .map(
      (cells) =>
        `<tr>${cells
          .map((cell, i) => {
            const column = options.columns[i];
            const classes = [column?.num ? "num" : "", column?.nowrap ? "nowrap" : ""].filter(Boolean).join(" ");
            const num = classes === "" ? "" : ` class="${classes}"`;
            return i === 0 && options.rowHeader !== false ? `<th scope="row"${num}>${cell}</th>` : `<td${num}>${cell}</td>`;
          })
          .join("")}</tr>`,
    )
    .join("\n");
  return `<table${options.className ? ` class="${options.className}"` : ""}>
<caption class="visually-hidden">${h(options.caption)}</caption>
${cols}<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>`;
}

/** A chart in a figure; its numbers are in the table right after it (the SVG's `desc` says so). */
function figure(svg: string): string {
  return `<figure>
${svg}
</figure>`;
}

function summarySection(report: ProgressReport, labels: ReportLabels): string {
  const L = labels.summary;
  const levels = levelsShown(report);
  const rows = levelRows(report, levels);
  const series = [
    ...levels.map((l) => ({ label: labels.levels[l].short, fill: LEVEL_FILLS[l] })),
    { label: L.notAssessed, fill: "white" as ChartFill },
  ];
  const chart = stackedBarChart({
    id: "chart-levels",
    title: L.chartTitle(report.child.nickname),
    desc: `${L.chartDesc} ${labels.charts.tableFollows}`,
    series,
    rows: rows.map((r) => ({ label: r.section.name, values: r.values })),
    noData: labels.charts.noData,
  });
  const columns = [
    { label: L.sectionColumn[sectionKind(report)], width: "24%" },
    ...levels.map((l) => ({ label: labels.levels[l].short, num: true, width: `${svgNumber(28 / Math.max(1, levels.length))}%` })),
    { label: L.notAssessed, num: true, width: "11%" },
    { label: L.expected, num: true, width: "12%" },
    { label: L.summaryLevel, width: "9%" },
    { label: L.change, width: "16%" },
  ];
  const tableRows = rows.map((r) => [
    h(r.section.name),
    ...r.values.map(String),
    String(r.section.expected),
    r.section.summary ? levelCell(r.section.summary, labels) : "–",
    h(L.changes[r.section.change]),
  ]);
  const legendLevels: Level[] = levels.length > 0 ? levels : ["BB", "MB", "BSH", "BSB"];
  return `<section id="summary" aria-labelledby="h-summary">
<h2 id="h-summary">${h(L.heading)}</h2>
<p>${h(L.intro)}</p>
<div class="chart-block" data-chart="chart-levels">
${figure(chart)}
${table({ className: "numbers", caption: L.chartTitle(report.child.nickname), columns, rows: tableRows })}
</div>
<p class="note">${h(L.rule)}</p>
<h3>${h(L.legendHeading)}</h3>
<dl class="legend">
${legendLevels.map((l) => `<dt>${h(labels.levels[l].short)}</dt><dd>${h(labels.levels[l].name)}: ${h(labels.levels[l].meaning)}</dd>`).join("\n")}
</dl>
${report.sections.some((x) => x.items.some((i) => i.growth !== undefined)) ? `<p class="note">${h(report.growthStatus.rule)}</p>` : ""}
</section>`;
}

function sectionBlock(report: ProgressReport, section: ReportSection, labels: ReportLabels): string {
  const L = labels.sections;
  const id = `s-${slug(section.id)}`;
  const standing: string[] = [];
  if (section.summary !== null) {
    const change = labels.summary.changes[section.change];
    const previous = section.previousSummary !== null && (section.change === "up" || section.change === "down" || section.change === "same")
      ? `; ${h(L.changeLine(labels.levels[section.previousSummary].short))}`
      : "";
    standing.push(`<strong>${h(L.summaryLine)}: ${levelCell(section.summary, labels)}</strong> (${h(change)}${previous})`);
  }
  standing.push(h(L.standing(section.observed, section.expected)));
  const assessed = assessedItems(section);
  const unassessed = unassessedItems(section);
  const itemsTable =
    assessed.length === 0
      ? `<p>${h(L.noneAssessed)}</p>`
      : table({
          className: "items",
          caption: L.tableCaption(section.name),
          columns: [{ label: L.item, width: "58%" }, { label: L.latest, width: "11%" }, { label: L.date, width: "19%", nowrap: true }, { label: L.observedInPeriod, width: "12%", num: true }],
          rows: assessed.map((i) => [
            i.growth === undefined ? h(i.text) : `${h(i.text)} <span class="note">(${h(i.growth.text)})</span>`,
            i.latest ? levelCell(i.latest.level, labels) : i.growth !== undefined ? h(labels.growthAnswers[i.growth.answer]) : "–",
            i.latest ? date(i.latest.date, report) : i.growth?.date ? date(i.growth.date, report) : "–",
            String(i.observedInPeriod),
          ]),
          rowHeader: false,
        });
  const listedInConcerns = report.concerns.some((c) => c.kind === "not-observed" && c.section === section.id);
  // Staff see which items were never assessed (in the concerns once the period is late, else
  // here); the family version only counts them, as the narrative does.
  const rest =
    unassessed.length === 0
      ? ""
      : listedInConcerns
        ? `<p class="compact">${h(L.notAssessedSeeConcerns(unassessed.length))}</p>`
        : report.audience === "family"
          ? `<p class="compact">${h(L.notAssessedCount(unassessed.length))}</p>`
          : `<p class="compact"><strong>${h(L.notAssessed(unassessed.length))}</strong> ${unassessed.map((i) => h(i.text)).join(" · ")}</p>`;
  const evidence =
    section.evidence.length === 0
      ? ""
      : `<h4>${h(L.evidence)}</h4>
<ul class="evidence">
${section.evidence
  .map((e) => {
    // File references stay in the JSON and Markdown; the page only says how many there are.
    const refs = e.refs.length > 0 ? ` <span class="refs">(${e.refs.length} ${h(L.files)})</span>` : "";
    const text = e.kind === "anecdote" ? `“${h(e.text)}”` : h(e.text);
    return `<li><strong>${h(L.evidenceKinds[e.kind])}</strong>, ${date(e.date, report)}: ${text}${refs}</li>`;
  })
  .join("\n")}
</ul>`;
  if (section.expected === 0) {
    return `<section class="aspect" id="${id}" aria-labelledby="h-${id}">
<h3 id="h-${id}">${h(section.name)}</h3>
<p>${h(section.narrative)} ${h(L.noItems)}</p>
</section>`;
  }
  return `<section class="aspect" id="${id}" aria-labelledby="h-${id}">
<h3 id="h-${id}">${h(section.name)}</h3>
<p class="standing">${standing.join(" · ")}</p>
<p>${h(section.narrative)}</p>
${itemsTable}
${rest}
${evidence}
</section>`;
}

/** A concern in a compact line: its text, and for `still-bb` the latest level and date it rests on. */
function concernItem(report: ProgressReport, concern: Concern, labels: ReportLabels): string {
  if (concern.kind !== "still-bb") return h(concern.text);
  const item = report.sections.find((s) => s.id === concern.section)?.items.find((i) => i.id === concern.subject);
  const latest = item?.latest;
  return latest ? `${h(concern.text)} (${levelCell(latest.level, labels)}, ${date(latest.date, report)})` : `${h(concern.text)} (${h(concern.reason)})`;
}

function concernsSection(report: ProgressReport, labels: ReportLabels): string {
  const L = labels.concerns;
  const groups = concernGroups(report);
  const body =
    groups.length === 0
      ? `<p>${h(L.none)}</p>`
      : groups
          .map((g) => {
            const kind = L.kinds[g.kind];
            const head = `<h3>${h(kind.title)}</h3>\n<p class="note">${h(kind.note)}</p>`;
            // Rule-based kinds whose reason is the kind's note: one compact line per section.
            if (g.kind === "not-observed" || g.kind === "still-bb") {
              return `${head}
${bySection(report, g.concerns)
  .map(
    (s) =>
      `<p class="compact"><strong>${h(sectionName(report, s.section, L.other))} (${h(L.count(s.concerns.length))}):</strong> ${s.concerns.map((c: Concern) => concernItem(report, c, labels)).join(" · ")}</p>`,
  )
  .join("\n")}`;
            }
            // Other kinds: per section, the items that share a reason on one line, then the reason.
            return `${head}
${bySection(report, g.concerns)
  .flatMap((s) =>
    [...new Set(s.concerns.map((c: Concern) => c.reason))].map((reason) => {
      const items = s.concerns.filter((c: Concern) => c.reason === reason);
      return `<p class="compact"><strong>${h(sectionName(report, s.section, L.other))}:</strong> ${items.map((c: Concern) => h(c.text)).join(" · ")}. <em>${h(reason)}</em></p>`;
    }),
  )
  .join("\n")}`;
          })
          .join("\n");
  return `<section id="concerns" aria-labelledby="h-concerns">
<h2 id="h-concerns">${h(L.heading)}</h2>
<p>${h(L.intro)}</p>
${body}
</section>`;
}

function montessoriSection(report: ProgressReport, labels: ReportLabels): string {
  const L = labels.montessori;
  const rows = areaRows(report, labels);
  const series = [
    { label: L.stages.presented, fill: "light" as ChartFill },
    { label: L.stages.practicing, fill: "hatch" as ChartFill },
    { label: L.stages.mastered, fill: "dark" as ChartFill },
  ];
  const chart = stackedBarChart({
    id: "chart-lessons",
    title: L.chartTitle(report.child.nickname),
    desc: `${L.chartDesc} ${labels.charts.tableFollows}`,
    series,
    rows: rows.map((r) => ({ label: r.label, values: r.values })),
    noData: labels.charts.noData,
  });
  const m = report.montessori;
  const stalled =
    m.stalled.length === 0
      ? `<p>${h(L.stalledNone)}</p>`
      : `<p class="note">${h(L.stalledIntro(m.stalledAfterDays))}</p>
${table({
  caption: L.stalledHeading,
  columns: [{ label: L.lesson, width: "46%" }, { label: L.area, width: "22%" }, { label: L.since, width: "20%", nowrap: true }, { label: L.days, width: "12%", num: true }],
  rows: m.stalled.map((s) => [h(s.name), h(labels.areas[s.area]), s.since ? date(s.since, report) : "–", s.days === null ? "–" : String(s.days)]),
  rowHeader: false,
})}`;
  const next =
    m.next.length === 0
      ? `<p>${h(L.nextNone)}</p>`
      : `<p class="note">${h(L.nextIntro)}</p>
<ul class="lessons">
${m.next.map((n) => `<li><strong>${h(n.name)}</strong> (${h(labels.areas[n.area])}): ${h(n.explanation)}</li>`).join("\n")}
</ul>`;
  return `<section id="montessori" aria-labelledby="h-montessori">
<h2 id="h-montessori">${h(L.heading)}</h2>
<p>${h(L.intro)}</p>
<div class="chart-block" data-chart="chart-lessons">
${figure(chart)}
${table({
  className: "numbers",
  caption: L.chartTitle(report.child.nickname),
  columns: [{ label: L.area, width: "32%" }, ...series.map((s) => ({ label: s.label, num: true })), { label: L.total, num: true }],
  rows: rows.map((r) => [h(r.label), ...r.values.map(String), String(r.total)]),
})}
</div>
<h3>${h(L.stalledHeading)}</h3>
${stalled}
<h3>${h(L.nextHeading)}</h3>
${next}
</section>`;
}

function developmentSection(report: ProgressReport, labels: ReportLabels): string {
  const G = labels.growth;
  const D = labels.development;
  const dev = report.development;
  const s = dev.screening;
  const screening =
    s === null
      ? `<p>${h(D.noScreening)}</p>`
      : `<p><strong>${h(D.form(s.formAgeMonths))}, ${date(s.date, report)}: ${h(s.label)}</strong> (${h(D.answers(s.yes, s.total))}). ${h(s.meaning)}</p>
${s.followUp !== null ? `<p><strong>${h(D.followUp)}:</strong> ${h(s.followUp)}</p>` : ""}
${s.referral ? `<p><strong>${h(D.referral)}</strong></p>` : ""}`;
  const next = dev.nextScreeningDue !== null ? `<p><strong>${h(D.nextDue)}:</strong> ${date(dev.nextScreeningDue, report)}</p>` : "";
  const m = dev.milestones;
  const milestones =
    m === null
      ? ""
      : `<h3>${h(D.milestonesHeading(m.checklistMonths))}</h3>
<p class="note">${h(D.milestonesIntro)}</p>
${(
  [
    [D.reached, m.reached, false],
    [D.notYet, m.notYet, true],
    [D.notSure, m.notSure, true],
    [D.notObserved, m.notObserved, false],
  ] as const
)
  .filter(([, list]) => list.length > 0)
  .map(
    ([title, list, dated]) =>
      `<p class="compact"><strong>${h(title)} (${list.length}):</strong> ${list
        .map((x) => (dated && x.date !== null ? `${h(x.text)} (${date(x.date, report)})` : h(x.text)))
        .join(" · ")}</p>`,
  )
  .join("\n")}`;
  return `<section id="development" aria-labelledby="h-development">
<h2 id="h-development">${h(D.heading)}</h2>
<h3>${h(G.heading)}</h3>
${table({
  caption: G.heading,
  columns: [{ label: G.measure, width: "40%" }, { label: G.value, width: "30%" }, { label: G.date, width: "30%" }],
  rows: growthRows(report, labels).map((r) => [h(r.label), r.value === null ? h(G.none) : h(r.value), r.date === null ? "–" : h(r.date)]),
})}
${growthBlock(report, labels)}
<h3>${h(D.screeningHeading)}</h3>
${screening}
${next}
${milestones}
</section>`;
}

/** The growth status in words, the charts with their tables, the measurement table and the rule. */
function growthBlock(report: ProgressReport, labels: ReportLabels): string {
  const G = labels.growth;
  const g = report.growthStatus;
  const status =
    g.latest.length === 0
      ? ""
      : `<h3>${h(G.statusHeading)}</h3>
<ul class="growth-status">
${g.latest.map((l) => `<li><strong>${h(l.name)}</strong> (${date(l.date, report)}): ${h(l.words)}${l.label === "" || report.audience === "family" ? "" : ` — ${h(l.label)}`}</li>`).join("\n")}
</ul>
${g.advice === null ? "" : `<p><strong>${h(g.advice)}</strong></p>`}`;
  const charts =
    g.charts.length === 0
      ? ""
      : `<h3>${h(G.chartsHeading)}</h3>
${g.charts
  .map((c) => {
    const t = growthChartTable(c, report, labels);
    return `<div class="chart-block" data-chart="chart-growth-${c.index}">
${figure(growthChart(growthChartOptions(c, report, labels)))}
${table({ className: "numbers", caption: c.title, columns: t.header.map((label, i) => ({ label, num: i > 0 })), rows: t.rows.map((r) => r.map(h)) })}
</div>`;
  })
  .join("\n")}`;
  const m = growthMeasurementTable(report, labels);
  const measurements =
    g.measurements.length === 0
      ? ""
      : `<h3>${h(G.measurementsHeading)}</h3>
${table({ className: "numbers", caption: G.measurementsHeading, columns: m.header.map((label, i) => ({ label, num: i > 0 })), rows: m.rows.map((r) => r.map(h)) })}`;
  const notes = [g.rule, ...g.notes].map((n) => `<p class="note">${h(n)}</p>`).join("\n");
  return `${status}
${charts}
${measurements}
${notes}`;
}

function activitySection(report: ProgressReport, labels: ReportLabels): string {
  const L = labels.activity;
  const rows = weekRows(report);
  const chart = columnChart({
    id: "chart-weeks",
    title: L.chartTitle(report.child.nickname),
    desc: `${L.chartDesc} ${labels.charts.tableFollows}`,
    series: L.count,
    columns: rows.map((r) => ({ label: r.label, tick: r.tick, group: r.group, value: r.count })),
    noData: labels.charts.noData,
  });
  // The week table is split into up to three side-by-side tables so that a semester fits in a few lines.
  const perTable = Math.max(1, Math.ceil(rows.length / 3));
  const chunks: (typeof rows)[] = [];
  for (let i = 0; i < rows.length; i += perTable) chunks.push(rows.slice(i, i + perTable));
  const tables =
    rows.length === 0
      ? `<p>${h(L.empty)}</p>`
      : `<div class="week-tables">
${chunks
  .map((chunk) =>
    table({
      className: "numbers",
      caption: L.chartTitle(report.child.nickname),
      columns: [{ label: L.week, width: "70%", nowrap: true }, { label: L.count, width: "30%", num: true }],
      rows: chunk.map((r) => [h(r.label), String(r.count)]),
    }),
  )
  .join("\n")}
</div>`;
  return `<section id="activity" aria-labelledby="h-activity">
<h2 id="h-activity">${h(L.heading)}</h2>
<p>${h(L.intro(report.observationsInPeriod))}</p>
<div class="chart-block" data-chart="chart-weeks">
${figure(chart)}
${tables}
</div>
</section>`;
}

function attendanceSection(report: ProgressReport, labels: ReportLabels): string {
  const a = report.attendance;
  if (a === null) return "";
  const T = labels.attendance;
  const cols = [T.present, T.sakit, T.izin, T.tanpaKeterangan, T.days];
  return `<section id="attendance" aria-labelledby="h-attendance">
<h2 id="h-attendance">${h(T.heading)}</h2>
<table><thead><tr>${cols.map((c) => `<th>${h(c)}</th>`).join("")}</tr></thead>
<tbody><tr>${[a.present, a.sakit, a.izin, a.tanpaKeterangan, a.daysRecorded].map((n) => `<td class="num">${n}</td>`).join("")}</tr></tbody></table>
</section>
`;
}

function reflectionSection(report: ProgressReport, labels: ReportLabels): string {
  const L = labels.reflection;
  const entries = report.parentReflection.entries;
  const box =
    entries.length === 0
      ? `<div class="write-box">${Array.from({ length: 5 }, () => `<div class="line"></div>`).join("")}</div>`
      : `<div class="write-box">${entries.map((f) => `<p><strong>${h(L.entryKind[f.entry])}, ${h(f.date)}, ${h(f.author)}:</strong> ${h(f.text)}</p>`).join("")}</div>`;
  return `<section id="reflection" aria-labelledby="h-reflection">
<h2 id="h-reflection">${h(L.heading)}</h2>
<p>${h(report.parentReflection.prompt)}</p>
${box}
<div class="signatures">
<div><p>${h(L.placeDate)}</p><div class="sign"></div></div>
<div><p>${h(L.parent)}</p><div class="sign"></div></div>
<div><p>${h(L.educator)}</p><div class="sign"></div></div>
</div>
</section>`;
}

function footer(report: ProgressReport, labels: ReportLabels): string {
  const L = labels.notices;
  const notices = report.notices.length === 0 ? "" : `<ul class="notices">\n${report.notices.map((n) => `<li>${h(n)}</li>`).join("\n")}\n</ul>`;
  return `<footer id="notes" aria-labelledby="h-notes">
<h2 id="h-notes">${h(L.heading)}</h2>
${notices}
<p class="footer">${h(L.footer)}</p>
</footer>`;
}

/**
 * Renders a progress report (rapor) as one self-contained, printable HTML page in the report's
 * locale: identity header; summary chart and table of levels per aspect or element with the level
 * legend; per section the summary, narrative, a table of the assessed items (the never-assessed
 * ones listed compactly) and evidence; the concerns grouped by kind ("perlu perhatian", never a
 * diagnosis); Montessori work (chart and table, stalled and next lessons); growth; observations
 * per week (chart and table); the parent-reflection box with lines to write on; and the notices.
 * A4 print CSS, inline SVG, no scripts, no external assets; every text from the report is
 * escaped. Pure: the same report always gives the same bytes.
 *
 * @param report - a report from `progressReport`
 * @returns the HTML document, `lang` set to the report's locale
 * @example
 * ```ts
 * const report = progressReport(centre, "c-00037", { asOf: parseCalendarDate("2026-11-27") });
 * const html = renderReportHtml(report);
 * html.startsWith('<!DOCTYPE html>\n<html lang="id">'); // => true
 * ```
 * @category Render
 */
export function renderReportHtml(report: ProgressReport): string {
  const labels: ReportLabels = REPORT_LABELS[report.locale];
  const heading = labels.sections.heading[sectionKind(report)];
  const body = `${header(report, labels)}
<main>
${summarySection(report, labels)}
<section id="sections" aria-labelledby="h-sections">
<h2 id="h-sections">${h(heading)}</h2>
${report.sections.map((s) => sectionBlock(report, s, labels)).join("\n")}
</section>
${concernsSection(report, labels)}
${montessoriSection(report, labels)}
${developmentSection(report, labels)}
${activitySection(report, labels)}
${attendanceSection(report, labels)}${reflectionSection(report, labels)}
</main>
${footer(report, labels)}`;
  return htmlPage({
    lang: report.locale,
    title: `${labels.title}: ${report.child.name}, ${report.period.name}`,
    css: REPORT_CSS,
    body,
  });
}
