/**
 * The rapor as Markdown (GitHub-flavoured tables) and as pretty JSON.
 *
 * @module
 */
import type { Level } from "../model/index.js";
import type { ProgressReport, ReportSection } from "../report/index.js";
import { type CalendarDate, formatDate } from "../time/index.js";
import { growthChartTable, growthMeasurementTable } from "./growth-tables.js";
import { type ReportLabels, REPORT_LABELS } from "./report-messages.js";
import {
  areaRows,
  assessedItems,
  bySection,
  concernGroups,
  growthRows,
  levelRows,
  levelsShown,
  sectionKind,
  sectionName,
  unassessedItems,
  weekRows,
} from "./report-tables.js";

/**
 * Escapes text for Markdown: backslash-escapes the characters that could start markup or break a
 * table (`\ ` * _ [ ] < > | ~`), escapes a leading `#`, `+`, `-`, `=` or `1.` that would start a
 * block, and joins lines so a cell or list item stays on one line.
 *
 * @param text - any text
 * @returns the text safe inside a Markdown paragraph, list item or table cell
 * @example
 * ```ts
 * escapeMarkdown("a | b\n<script>"); // => "a \\| b \\<script\\>"
 * ```
 * @category Render
 */
export function escapeMarkdown(text: string): string {
  const oneLine = text.replace(/\s*[\r\n]+\s*/g, " ");
  const escaped = oneLine.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`);
  return escaped.replace(/^(\s*)(\d+)([.)])/, "$1$2\\$3").replace(/^(\s*)([#+=-])/, "$1\\$2");
}

const e = escapeMarkdown;

function date(d: string, report: ProgressReport): string {
  return formatDate(d as CalendarDate, report.locale);
}

/** A GFM table; cells are already escaped. */
function table(columns: readonly { readonly label: string; readonly num?: boolean }[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => (c === "" ? " " : c)).join(" | ")} |`;
  return [line(columns.map((c) => e(c.label))), `|${columns.map((c) => (c.num ? "---:" : "---")).join("|")}|`, ...rows.map(line)].join("\n");
}

function level(l: Level, labels: ReportLabels): string {
  return e(labels.levels[l].short);
}

function section(report: ProgressReport, s: ReportSection, labels: ReportLabels): string {
  const L = labels.sections;
  const out: string[] = [`### ${e(s.name)}`, ""];
  if (s.expected === 0) return [...out, `${e(s.narrative)} ${e(L.noItems)}`, ""].join("\n");
  const standing: string[] = [];
  if (s.summary !== null) {
    const previous =
      s.previousSummary !== null && (s.change === "up" || s.change === "down" || s.change === "same")
        ? `; ${e(L.changeLine(labels.levels[s.previousSummary].short))}`
        : "";
    standing.push(`**${e(L.summaryLine)}: ${level(s.summary, labels)}** (${e(labels.summary.changes[s.change])}${previous})`);
  }
  standing.push(e(L.standing(s.observed, s.expected)));
  out.push(standing.join(" · "), "", e(s.narrative), "");
  const assessed = assessedItems(s);
  if (assessed.length === 0) out.push(e(L.noneAssessed), "");
  else {
    out.push(
      table(
        [{ label: L.item }, { label: L.latest }, { label: L.date }, { label: L.observedInPeriod, num: true }],
        assessed.map((i) => [
          i.growth === undefined ? e(i.text) : `${e(i.text)}: ${e(i.growth.text)}`,
          i.latest ? level(i.latest.level, labels) : i.growth !== undefined ? e(labels.growthAnswers[i.growth.answer]) : "–",
          i.latest ? e(date(i.latest.date, report)) : i.growth?.date ? e(date(i.growth.date, report)) : "–",
          String(i.observedInPeriod),
        ]),
      ),
      "",
    );
  }
  const unassessed = unassessedItems(s);
  if (unassessed.length > 0) {
    const listed = report.concerns.some((c) => c.kind === "not-observed" && c.section === s.id);
    out.push(listed ? e(L.notAssessedSeeConcerns(unassessed.length)) : `**${e(L.notAssessed(unassessed.length))}** ${unassessed.map((i) => e(i.text)).join(" · ")}`, "");
  }
  if (s.evidence.length > 0) {
    out.push(`**${e(L.evidence)}**`, "");
    for (const ev of s.evidence) {
      const refs = ev.refs.length > 0 ? ` (${e(L.files)}: ${ev.refs.map(e).join(", ")})` : "";
      const text = ev.kind === "anecdote" ? `“${e(ev.text)}”` : e(ev.text);
      out.push(`- ${e(L.evidenceKinds[ev.kind])}, ${e(date(ev.date, report))}: ${text}${refs}`);
    }
    out.push("");
  }
  return out.join("\n");
}

/**
 * Renders a progress report (rapor) as Markdown in the report's locale: the identity block, the
 * summary table with the level legend, per section the summary, narrative, assessed items and
 * evidence, the concerns grouped by kind, Montessori work, growth, observations per week, the
 * parent reflection and the notices. Text from the report is escaped with
 * {@link escapeMarkdown}, so `|` and line breaks in names or notes cannot break a table.
 *
 * @param report - a report from `progressReport`
 * @returns the Markdown, ending with a newline
 * @example
 * ```ts
 * const md = renderReportMarkdown(progressReport(centre, "c-00037", { asOf }));
 * md.split("\n")[0]; // => "# Laporan Perkembangan Anak (Rapor)"
 * ```
 * @category Render
 */
export function renderReportMarkdown(report: ProgressReport): string {
  const labels: ReportLabels = REPORT_LABELS[report.locale];
  const H = labels.header;
  const out: string[] = [`# ${e(labels.title)}`, "", `**${e(report.centre.name)}** · *${e(labels.audience[report.audience])}*`, ""];
  const child = report.child.nickname !== report.child.name ? `${e(report.child.name)} (${e(report.child.nickname)})` : e(report.child.name);
  // A band without official text says so in words, and what the report uses instead.
  const band = report.band
    ? report.band.coverage === "missing"
      ? `${e(report.band.label)} — ${e(report.band.status)}`
      : `${e(report.band.label)} (${e(H.coverage[report.band.coverage])})`
    : e(H.noBand);
  const period = `${e(report.period.name)}: ${e(labels.range(date(report.period.from, report), date(report.period.to, report)))}`;
  out.push(
    `- **${e(H.child)}:** ${child}`,
    `- **${e(H.group)}:** ${e(report.child.group)}`,
    `- **${e(H.age)}:** ${e(report.age.text)}`,
    `- **${e(H.band)}:** ${band}`,
    `- **${e(H.period)}:** ${period}`,
    `- **${e(H.framework)}:** ${e(report.framework.name)}`,
    `- **${e(H.asOf)}:** ${e(date(report.asOf, report))}`,
    "",
  );

  // Summary
  const S = labels.summary;
  const levels = levelsShown(report);
  out.push(`## ${e(S.heading)}`, "", e(S.intro), "");
  out.push(
    table(
      [
        { label: S.sectionColumn[sectionKind(report)] },
        ...levels.map((l) => ({ label: labels.levels[l].short, num: true })),
        { label: S.notAssessed, num: true },
        { label: S.expected, num: true },
        { label: S.summaryLevel },
        { label: S.change },
      ],
      levelRows(report, levels).map((r) => [
        e(r.section.name),
        ...r.values.map(String),
        String(r.section.expected),
        r.section.summary ? level(r.section.summary, labels) : "–",
        e(S.changes[r.section.change]),
      ]),
    ),
    "",
    e(S.rule),
    "",
    `**${e(S.legendHeading)}**`,
    "",
  );
  for (const l of levels.length > 0 ? levels : (["BB", "MB", "BSH", "BSB"] as const)) {
    out.push(`- **${e(labels.levels[l].short)}** ${e(labels.levels[l].name)}: ${e(labels.levels[l].meaning)}`);
  }
  out.push("");
  // The growth indicators are answered by a rule of ours: it belongs to the legend.
  if (report.sections.some((x) => x.items.some((i) => i.growth !== undefined))) out.push(`*${e(report.growthStatus.rule)}*`, "");

  // Sections
  out.push(`## ${e(labels.sections.heading[sectionKind(report)])}`, "");
  for (const s of report.sections) out.push(section(report, s, labels));

  // Concerns
  const C = labels.concerns;
  out.push(`## ${e(C.heading)}`, "", e(C.intro), "");
  const groups = concernGroups(report);
  if (groups.length === 0) out.push(e(C.none), "");
  for (const g of groups) {
    out.push(`### ${e(C.kinds[g.kind].title)}`, "", `*${e(C.kinds[g.kind].note)}*`, "");
    if (g.kind === "not-observed") {
      for (const s of bySection(report, g.concerns)) {
        out.push(`- **${e(sectionName(report, s.section, C.other))} (${e(C.count(s.concerns.length))}):** ${s.concerns.map((c) => e(c.text)).join(" · ")}`);
      }
      out.push("");
    } else {
      out.push(
        table(
          [{ label: C.item }, { label: C.section }, { label: C.reason }],
          g.concerns.map((c) => [e(c.text), e(sectionName(report, c.section, C.other)), e(c.reason)]),
        ),
        "",
      );
    }
  }

  // Montessori
  const M = labels.montessori;
  const m = report.montessori;
  out.push(`## ${e(M.heading)}`, "", e(M.intro), "");
  out.push(
    table(
      [{ label: M.area }, { label: M.stages.presented, num: true }, { label: M.stages.practicing, num: true }, { label: M.stages.mastered, num: true }, { label: M.total, num: true }],
      areaRows(report, labels).map((r) => [e(r.label), ...r.values.map(String), String(r.total)]),
    ),
    "",
    `### ${e(M.stalledHeading)}`,
    "",
  );
  if (m.stalled.length === 0) out.push(e(M.stalledNone), "");
  else {
    out.push(
      e(M.stalledIntro(m.stalledAfterDays)),
      "",
      table(
        [{ label: M.lesson }, { label: M.area }, { label: M.since }, { label: M.days, num: true }],
        m.stalled.map((s) => [e(s.name), e(labels.areas[s.area]), s.since ? e(date(s.since, report)) : "–", s.days === null ? "–" : String(s.days)]),
      ),
      "",
    );
  }
  out.push(`### ${e(M.nextHeading)}`, "");
  if (m.next.length === 0) out.push(e(M.nextNone), "");
  else {
    out.push(e(M.nextIntro), "");
    for (const n of m.next) out.push(`- **${e(n.name)}** (${e(labels.areas[n.area])}): ${e(n.explanation)}`);
    out.push("");
  }

  // Growth and development
  const G = labels.growth;
  const D = labels.development;
  out.push(
    `## ${e(D.heading)}`,
    "",
    `### ${e(G.heading)}`,
    "",
    table(
      [{ label: G.measure }, { label: G.value }, { label: G.date }],
      growthRows(report, labels).map((r) => [e(r.label), r.value === null ? e(G.none) : e(r.value), r.date === null ? "–" : e(r.date)]),
    ),
    "",
  );
  // The growth status in words, the chart's numbers as tables (no SVG in Markdown), the rule.
  const gs = report.growthStatus;
  if (gs.latest.length > 0) {
    out.push(`**${e(G.statusHeading)}**`, "");
    for (const l of gs.latest) out.push(`- **${e(l.name)}** (${e(date(l.date, report))}): ${e(l.words)}${l.label === "" || report.audience === "family" ? "" : ` — ${e(l.label)}`}`);
    out.push("");
    if (gs.advice !== null) out.push(`**${e(gs.advice)}**`, "");
  }
  for (const c of gs.charts) {
    const t = growthChartTable(c, report, labels);
    out.push(`**${e(c.title)}**`, "", table(t.header.map((label, i) => ({ label, num: i > 0 })), t.rows.map((r) => r.map(e))), "");
  }
  if (gs.measurements.length > 0) {
    const t = growthMeasurementTable(report, labels);
    out.push(`**${e(G.measurementsHeading)}**`, "", table(t.header.map((label, i) => ({ label, num: i > 0 })), t.rows.map((r) => r.map(e))), "");
  }
  for (const n of [gs.rule, ...gs.notes]) out.push(`*${e(n)}*`, "");

  const dev = report.development;
  out.push(`### ${e(D.screeningHeading)}`, "");
  const sc = dev.screening;
  if (sc === null) out.push(e(D.noScreening), "");
  else {
    out.push(`**${e(D.form(sc.formAgeMonths))}, ${e(date(sc.date, report))}: ${e(sc.label)}** (${e(D.answers(sc.yes, sc.total))}). ${e(sc.meaning)}`, "");
    if (sc.followUp !== null) out.push(`**${e(D.followUp)}:** ${e(sc.followUp)}`, "");
    if (sc.referral) out.push(`**${e(D.referral)}**`, "");
  }
  if (dev.nextScreeningDue !== null) out.push(`**${e(D.nextDue)}:** ${e(date(dev.nextScreeningDue, report))}`, "");
  const ms = dev.milestones;
  if (ms !== null) {
    out.push(`### ${e(D.milestonesHeading(ms.checklistMonths))}`, "", `*${e(D.milestonesIntro)}*`, "");
    for (const [title, list] of [
      [D.reached, ms.reached],
      [D.notYet, ms.notYet],
      [D.notSure, ms.notSure],
      [D.notObserved, ms.notObserved],
    ] as const) {
      if (list.length === 0) continue;
      out.push(`- **${e(title)} (${list.length}):** ${list.map((x) => (x.date !== null ? `${e(x.text)} (${e(date(x.date, report))})` : e(x.text))).join(" · ")}`);
    }
    out.push("");
  }

  // Observations per week
  const A = labels.activity;
  const weeks = weekRows(report);
  out.push(`## ${e(A.heading)}`, "", e(A.intro(report.observationsInPeriod)), "");
  out.push(weeks.length === 0 ? e(A.empty) : table([{ label: A.week }, { label: A.count, num: true }], weeks.map((w) => [e(w.label), String(w.count)])), "");

  // Attendance
  if (report.attendance !== null) {
    const T = labels.attendance;
    const a = report.attendance;
    out.push(`## ${e(T.heading)}`, "");
    out.push(table([{ label: T.present, num: true }, { label: T.sakit, num: true }, { label: T.izin, num: true }, { label: T.tanpaKeterangan, num: true }, { label: T.days, num: true }], [[a.present, a.sakit, a.izin, a.tanpaKeterangan, a.daysRecorded].map(String)]), "");
  }

  // Parent reflection
  const R = labels.reflection;
  out.push(`## ${e(R.heading)}`, "", e(report.parentReflection.prompt), "");
  const entries = report.parentReflection.entries;
  if (entries.length === 0) out.push("> &nbsp;\n>\n> &nbsp;\n>\n> &nbsp;", "");
  for (const f of entries) out.push(`> **${e(R.entryKind[f.entry])}, ${e(f.date)}, ${e(f.author)}:** ${e(f.text)}`, "");
  out.push(`${e(R.placeDate)}: ____________  ·  ${e(R.parent)}: ____________  ·  ${e(R.educator)}: ____________`, "");

  // Notices
  const N = labels.notices;
  out.push(`## ${e(N.heading)}`, "");
  for (const n of report.notices) out.push(`- ${e(n)}`);
  if (report.notices.length > 0) out.push("");
  out.push(`*${e(N.footer)}*`, "");
  return out.join("\n");
}

/**
 * The report itself as pretty JSON: two-space indentation and a final newline. The key order is
 * the order in which `progressReport` builds the report and every list in it is already sorted,
 * so the same report always gives the same text; `JSON.parse` gives the report back.
 *
 * @param report - a report from `progressReport`
 * @returns the JSON text
 * @example
 * ```ts
 * renderReportJson(report).split("\n")[1]; // => '  "version": 1,'
 * ```
 * @category Render
 */
export function renderReportJson(report: ProgressReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
