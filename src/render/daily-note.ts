/**
 * The daily note (buku penghubung) as chat text, Markdown and printable HTML.
 *
 * @module
 */
import type { DailyNote } from "../care/index.js";
import { formatDate, parseCalendarDate } from "../time/index.js";
import { CARE_LABELS, dailyNoteSections } from "./daily-note-messages.js";
import { escapeHtml, htmlPage } from "./html.js";
import { escapeMarkdown } from "./report-markdown.js";

function heading(note: DailyNote, locale: "id" | "en"): { title: string; day: string } {
  return { title: `${CARE_LABELS[locale].title} · ${note.child.name}`, day: formatDate(parseCalendarDate(note.date), locale) };
}

function totals(note: DailyNote, locale: "id" | "en"): string | null {
  const t = note.totals;
  if (t.milkMl === 0 && t.sleepMinutes === 0 && t.nappies === 0) return null;
  return CARE_LABELS[locale].totals(t.milkMl, t.sleepMinutes, t.nappies);
}

/**
 * The daily note as plain text for a messaging app (WhatsApp): `*bold*` headings, one line per
 * moment, no markup beyond that.
 *
 * @param note - from `dailyNote`
 * @param locale - `id` (default) or `en`
 * @returns the text
 * @example
 * ```ts
 * renderDailyNoteText(dailyNote(centre, "c-001", "2026-11-23")).split("\n")[0]; // => "*Buku Penghubung · Ayu*"
 * ```
 * @category Render
 */
export function renderDailyNoteText(note: DailyNote, locale: "id" | "en" = "id"): string {
  const h = heading(note, locale);
  // Asterisks and underscores in names or notes would toggle chat formatting: neutralised.
  const plain = (s: string) => s.replace(/[*_~`]/g, (c) => `${c}\u200b`);
  const out = [`*${plain(h.title)}*`, `${h.day} · ${plain(note.centre)}`, ""];
  const sections = dailyNoteSections(note, locale);
  if (sections.length === 0) out.push(CARE_LABELS[locale].nothing, "");
  for (const s of sections) out.push(`*${s.heading}*`, ...s.lines.map((l) => `• ${plain(l)}`), "");
  const t = totals(note, locale);
  if (t !== null) out.push(t, "");
  return out.join("\n");
}

/**
 * The daily note as Markdown.
 *
 * @param note - from `dailyNote`
 * @param locale - `id` (default) or `en`
 * @returns the Markdown
 * @example
 * ```ts
 * renderDailyNoteMarkdown(note, "en").startsWith("# Daily note · Ayu"); // => true
 * ```
 * @category Render
 */
export function renderDailyNoteMarkdown(note: DailyNote, locale: "id" | "en" = "id"): string {
  const e = escapeMarkdown;
  const h = heading(note, locale);
  const out = [`# ${e(h.title)}`, "", `${e(h.day)} · ${e(note.centre)}`, ""];
  const sections = dailyNoteSections(note, locale);
  if (sections.length === 0) out.push(e(CARE_LABELS[locale].nothing), "");
  for (const s of sections) out.push(`## ${e(s.heading)}`, "", ...s.lines.map((l) => `- ${e(l)}`), "");
  const t = totals(note, locale);
  if (t !== null) out.push(`**${e(t)}**`, "");
  return out.join("\n");
}

const NOTE_CSS = `
.day { margin: 0 0 4mm; }
ul { margin: 0 0 2mm; padding-left: 5mm; }
li { margin: 0 0 0.5mm; }
.totals { font-weight: bold; border-top: 1pt solid #000; padding-top: 2mm; }
`;

/**
 * The daily note as a printable, self-contained HTML page (A5-friendly lists on A4).
 *
 * @param note - from `dailyNote`
 * @param locale - `id` (default) or `en`
 * @returns the page
 * @example
 * ```ts
 * renderDailyNoteHtml(note).includes("<h1>Buku Penghubung · Ayu</h1>"); // => true
 * ```
 * @category Render
 */
export function renderDailyNoteHtml(note: DailyNote, locale: "id" | "en" = "id"): string {
  const h = heading(note, locale);
  const body = [`<h1>${escapeHtml(h.title)}</h1>`, `<p class="day">${escapeHtml(h.day)} · ${escapeHtml(note.centre)}</p>`];
  const sections = dailyNoteSections(note, locale);
  if (sections.length === 0) body.push(`<p>${escapeHtml(CARE_LABELS[locale].nothing)}</p>`);
  for (const s of sections) {
    body.push(`<h2>${escapeHtml(s.heading)}</h2>`, `<ul>${s.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>`);
  }
  const t = totals(note, locale);
  if (t !== null) body.push(`<p class="totals">${escapeHtml(t)}</p>`);
  return htmlPage({ lang: locale, title: `${h.title} · ${h.day}`, css: NOTE_CSS, body: body.join("\n") });
}
