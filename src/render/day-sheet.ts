/**
 * The group day sheet (lembar harian kelompok) as Markdown and printable HTML, for staff.
 *
 * @module
 */
import type { DaySheet, DaySheetChild } from "../care/index.js";
import { formatDate, parseCalendarDate } from "../time/index.js";
import { CARE_LABELS } from "./daily-note-messages.js";
import { escapeHtml, htmlPage } from "./html.js";
import { escapeMarkdown } from "./report-markdown.js";

function cells(c: DaySheetChild, locale: "id" | "en"): string[] {
  const L = CARE_LABELS[locale];
  const status = [L.status[c.status], c.arrival, c.departure].filter((x) => x !== null).join(" ");
  const watch = [
    ...c.allergies.map((a) => `${L.allergy}: ${a}`),
    ...c.requests,
    ...(c.unknownCollector !== null ? [L.unknownCollector(c.unknownCollector)] : []),
    ...(c.temperatureC !== null ? [L.temperature(c.temperatureC)] : []),
  ];
  return [
    c.name,
    c.status === "absent" && c.absence !== null ? L.absent[c.absence] : status,
    c.sleepingSince === null ? "" : L.sleeping(c.sleepingSince),
    c.status === "here" || c.status === "left" ? (c.ate ? L.yes : L.no) : "",
    c.dosesDue.map((d) => `${d.time}${d.overdue ? "!" : ""} ${d.medicine} ${d.dose}`).join("; "),
    watch.join("; "),
  ];
}

function header(sheet: DaySheet, locale: "id" | "en"): string {
  const L = CARE_LABELS[locale];
  return `${L.daySheetTitle} · ${sheet.group.name} · ${formatDate(parseCalendarDate(sheet.date), locale)}${sheet.at === "23:59" ? "" : ` · ${L.at(sheet.at)}`}`;
}

/**
 * The day sheet as a Markdown table, one row per child.
 *
 * @param sheet - from `daySheet`
 * @param locale - `id` (default) or `en`
 * @returns the Markdown
 * @example
 * ```ts
 * renderDaySheetMarkdown(daySheet(centre, "g-bayi", "2026-11-23", "13:00")).startsWith("# Lembar Harian Kelompok"); // => true
 * ```
 * @category Render
 */
export function renderDaySheetMarkdown(sheet: DaySheet, locale: "id" | "en" = "id"): string {
  const e = escapeMarkdown;
  const L = CARE_LABELS[locale];
  const C = L.columns;
  const k = sheet.counts;
  const out = [`# ${e(header(sheet, locale))}`, "", e(L.counts(k.here, k.sleeping, k.notEaten, k.dosesDue, k.absent)), ""];
  out.push(`| ${[C.child, C.status, C.sleeping, C.ate, C.doses, C.notes].map(e).join(" | ")} |`, "|---|---|---|---|---|---|");
  for (const c of sheet.children) out.push(`| ${cells(c, locale).map(e).join(" | ")} |`);
  out.push("");
  return out.join("\n");
}

/**
 * The day sheet as a printable, self-contained HTML page.
 *
 * @param sheet - from `daySheet`
 * @param locale - `id` (default) or `en`
 * @returns the page
 * @example
 * ```ts
 * renderDaySheetHtml(sheet, "en").includes("<th>Asleep</th>"); // => true
 * ```
 * @category Render
 */
export function renderDaySheetHtml(sheet: DaySheet, locale: "id" | "en" = "id"): string {
  const L = CARE_LABELS[locale];
  const C = L.columns;
  const k = sheet.counts;
  const rows = sheet.children.map((c) => `<tr>${cells(c, locale).map((x) => `<td>${escapeHtml(x)}</td>`).join("")}</tr>`).join("\n");
  const body = [
    `<h1>${escapeHtml(header(sheet, locale))}</h1>`,
    `<p>${escapeHtml(L.counts(k.here, k.sleeping, k.notEaten, k.dosesDue, k.absent))}</p>`,
    `<table><thead><tr>${[C.child, C.status, C.sleeping, C.ate, C.doses, C.notes].map((x) => `<th>${escapeHtml(x)}</th>`).join("")}</tr></thead>`,
    `<tbody>${rows}</tbody></table>`,
  ];
  return htmlPage({ lang: locale, title: header(sheet, locale), body: body.join("\n") });
}
