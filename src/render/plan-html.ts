/**
 * Printable HTML for weekly plans (RPPM) and daily plans (RPPH): self-contained pages with A4 print
 * CSS, real tables and headings, the `lang` attribute set, every user text escaped. The weekly
 * page starts with the week on one page (the schedule grid, what could not be placed, the
 * assessment plan), then a page per child summary and one page per working day (the RPPH).
 *
 * @module
 */
import { dailyPlan } from "../planning/daily.js";
import type { DailyPlan, ObserveItem, PlanReason, PlanSlot, WeeklyPlan } from "../planning/schema.js";
import { type Locale, addDays, formatDate, weekdayName } from "../time/index.js";
import { escapeHtml, htmlPage } from "./html.js";
import type { PlanRenderOptions } from "./plan-markdown.js";
import { LEVEL_WORDS, PLAN_MESSAGES, type PlanMessages, displayNames, localized, reasonsWords, unplacedWords } from "./plan-messages.js";

const em = (t: string) => `<em>${escapeHtml(t)}</em>`;
const e = escapeHtml;

/**
 * Plan pages are A4 landscape (a week is a table of days): compact tables so the week fits one
 * page and each day (RPPH) fits about one page; every section starts a new page.
 */
const PLAN_CSS = `
@page { size: A4 landscape; margin: 10mm 10mm 11mm 10mm; }
body { max-width: 277mm; }
html { font-size: 9pt; }
.plan h1 { font-size: 13pt; margin: 0 0 2mm; }
.plan h2 { font-size: 11pt; margin: 3mm 0 1.5mm; }
.plan table { font-size: 8pt; margin: 0 0 2mm; }
.plan th, .plan td { padding: 0.6mm 1.2mm; }
.plan .meta th { width: 22mm; }
.plan .grid { font-size: 7.5pt; }
.plan .grid th[scope="row"] { width: 12mm; }
.plan .grid p { margin: 0 0 0.8mm; line-height: 1.2; }
.plan ul, .plan ol { margin: 0; padding-left: 4mm; }
.plan li { margin: 0; }
.plan .num { text-align: right; }
.plan .muted { color: #333; font-size: 8pt; }
.plan .day td p { margin: 0; }
`;

function metaTable(rows: readonly (readonly [string, string | undefined])[]): string {
  const cells = rows.filter(([, v]) => v !== undefined && v !== "").map(([k, v]) => `<th scope="row">${e(k)}</th><td>${v}</td>`);
  const lines: string[] = [];
  for (let i = 0; i < cells.length; i += 2) lines.push(`<tr>${cells[i]}${cells[i + 1] ?? "<td></td><td></td>"}</tr>`);
  return `<table class="meta"><tbody>${lines.join("")}</tbody></table>`;
}

/** The reasons printed on an RPPH: why it is ready (or due again) and the strongest need. */
function briefReasons(reasons: readonly PlanReason[]): PlanReason[] {
  const ready = reasons.filter((r) => r.kind === "next-after" || r.kind === "age-window" || r.kind === "practice-again");
  const need = reasons.find((r) => r.kind === "supports" || r.kind === "milestone" || r.kind === "extra-need");
  return need !== undefined ? [...ready, need] : ready;
}

function coreTable(slots: readonly PlanSlot[], locale: Locale, m: PlanMessages, name: (id: string) => string): string {
  const rows: string[] = [];
  for (const slot of slots) {
    const label = `<th scope="row" rowspan="${Math.max(1, slot.presentations.length)}">${e(m.slot(slot.slot))}<br><span class="muted">${e(m.minutes(slot.minutes))}</span></th>`;
    if (slot.presentations.length === 0) rows.push(`<tr>${label}<td colspan="4">${e(m.nothingPlanned)}</td></tr>`);
    slot.presentations.forEach((p, i) => {
      const activity = `<strong>${e(localized(p.name, locale))}</strong><br><span class="muted">${e(m.areas[p.area])}, ${e(m.grouping[p.grouping])}, ${e(m.minutes(p.minutes))}</span>`;
      const kids = p.children.map((c) => `${e(name(c.child))}${c.kind === "practice-again" ? ` (${e(m.kinds[c.kind])})` : ""}`).join(", ");
      const materials = p.materials.map((x) => e(localized(x.name, locale))).join(", ");
      const why = p.children.map((c) => `<p><strong>${e(name(c.child))}</strong>: ${reasonsWords(briefReasons(c.reasons), locale, em)}</p>`).join("");
      rows.push(`<tr>${i === 0 ? label : ""}<td>${activity}</td><td>${kids}</td><td>${materials || "—"}</td><td>${why}</td></tr>`);
    });
  }
  return `<table class="core"><colgroup><col style="width:12mm"><col style="width:20%"><col style="width:14%"><col style="width:16%"><col></colgroup><thead><tr><th scope="col">${e(m.slotLabel)}</th><th scope="col">${e(m.activity)}</th><th scope="col">${e(m.children)}</th><th scope="col">${e(m.materials)}</th><th scope="col">${e(m.why)}</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function observeTable(items: readonly ObserveItem[], locale: Locale, m: PlanMessages, name: (id: string) => string, activityName: (id: string) => string, showDays: boolean): string {
  if (items.length === 0) return `<p>${e(m.noObserve)}</p>`;
  const rows = items
    .map((o) => {
      const text = `${e(o.text !== undefined ? localized(o.text, locale) : o.indicator)} <span class="muted">(${e(o.indicator)}; ${e(m.purposes[o.purpose])})</span>`;
      const kids = o.children.map((c) => `${e(name(c.child))}${c.level !== undefined ? ` (${e(LEVEL_WORDS[locale][c.level])})` : ""}`).join(", ");
      const acts = o.activities.map((a) => e(activityName(a))).join(", ");
      const days = showDays ? `<td>${o.dates.map((d) => e(weekdayName(d, locale))).join(", ")}</td>` : "";
      return `<tr><td>${text}</td><td>${kids}</td><td>${acts}</td>${days}</tr>`;
    })
    .join("");
  const cols = showDays ? `<col style="width:38%"><col style="width:24%"><col style="width:24%"><col>` : `<col style="width:45%"><col style="width:27%"><col>`;
  const daysHead = showDays ? `<th scope="col">${e(m.days)}</th>` : "";
  return `<table><colgroup>${cols}</colgroup><thead><tr><th scope="col">${e(m.indicator)}</th><th scope="col">${e(m.children)}</th><th scope="col">${e(m.activity)}</th>${daysHead}</tr></thead><tbody>${rows}</tbody></table>`;
}

function activityNames(days: readonly { readonly slots: readonly PlanSlot[] }[], locale: Locale): (id: string) => string {
  const map = new Map<string, string>();
  for (const d of days) for (const s of d.slots) for (const p of s.presentations) map.set(p.activity, localized(p.name, locale));
  return (id) => map.get(id) ?? id;
}

function dailySection(plan: DailyPlan, locale: Locale): string {
  const m = PLAN_MESSAGES[locale];
  const name = displayNames(plan.children);
  const theme = plan.theme !== undefined ? localized(plan.theme.name, locale) : undefined;
  const parts = [
    `<h1>${e(m.dailyTitle)} — ${e(plan.group.name)}</h1>`,
    metaTable([
      [m.centre, e(plan.centre)],
      [m.group, e(plan.group.name)],
      [m.educators, plan.educators.map((x) => e(x.name)).join(", ")],
      [m.date, e(`${weekdayName(plan.date, locale)}, ${formatDate(plan.date, locale)}`)],
      [m.theme, theme !== undefined ? e(theme) : undefined],
      [m.subtheme, plan.theme?.subtheme !== undefined ? e(localized(plan.theme.subtheme, locale)) : undefined],
    ]),
  ];
  if (!plan.workingDay) {
    parts.push(`<p>${e(m.closed)}</p>`);
    return `<section class="page day">${parts.join("\n")}</section>`;
  }
  const steps = m.steps(theme);
  parts.push(`<h2>${e(m.opening)}</h2><ol>${plan.opening.map((s) => `<li>${e(steps[s])}</li>`).join("")}</ol>`);
  parts.push(`<h2>${e(m.core)}</h2>`, coreTable(plan.core, locale, m, name));
  parts.push(`<h2>${e(m.closing)}</h2><ol>${plan.closing.map((s) => `<li>${e(steps[s])}</li>`).join("")}</ol>`);
  parts.push(`<h2>${e(m.prepare)}</h2>`);
  parts.push(
    plan.materials.length === 0
      ? `<p>${e(m.nothingPlanned)}</p>`
      : `<table><thead><tr><th scope="col">${e(m.materials)}</th><th scope="col" class="num">${e(m.needed)}</th><th scope="col" class="num">${e(m.copies)}</th></tr></thead><tbody>${plan.materials
          .map((x) => `<tr><td>${e(localized(x.name, locale))}</td><td class="num">${x.needed}</td><td class="num">${x.copies}</td></tr>`)
          .join("")}</tbody></table>`,
  );
  parts.push(`<h2>${e(m.observe)}</h2>`, observeTable(plan.observe, locale, m, name, activityNames([{ slots: plan.core }], locale), false));
  return `<section class="page day">\n${parts.join("\n")}\n</section>`;
}

/**
 * Renders a weekly plan (RPPM) as a printable HTML page (A4): the week on the first page, the
 * per-child summary next, then (unless `includeDays` is false) one RPPH page per working day.
 *
 * @param plan - from {@link weeklyPlan}
 * @param options - locale (default the plan's), rows of the assessment plan on the week page,
 *   and whether to add the daily pages (default true)
 * @returns a complete HTML document
 * @example
 * ```ts
 * const html = renderWeeklyPlanHtml(plan, { locale: "en" });
 * html.includes('<html lang="en">'); // => true
 * ```
 * @category Render
 */
export function renderWeeklyPlanHtml(plan: WeeklyPlan, options: PlanRenderOptions & { readonly includeDays?: boolean } = {}): string {
  const locale = options.locale ?? plan.locale;
  const m = PLAN_MESSAGES[locale];
  const name = displayNames(plan.children);
  const activityName = activityNames(plan.days, locale);
  // The week as the centre works it (Monday to its last working weekday), holidays included.
  const last = addDays(plan.week, Math.max(1, ...plan.settings.workingDays) - 1);
  const range = m.range(formatDate(plan.week, locale), formatDate(last, locale));
  const slots = plan.settings.slotsPerDay;
  const head = plan.days.map((d) => `<th scope="col">${e(weekdayName(d.date, locale))}<br>${e(formatDate(d.date, locale))}</th>`).join("");
  const rows = Array.from({ length: slots }, (_, s) => {
    const cells = plan.days
      .map((d) => {
        const slot = d.slots[s];
        const items = (slot?.presentations ?? []).map(
          (p) => `<p><strong>${e(localized(p.name, locale))}</strong>: ${p.children.map((c) => e(name(c.child))).join(", ")}</p>`,
        );
        return `<td>${items.length > 0 ? items.join("") : e(m.nothingPlanned)}</td>`;
      })
      .join("");
    return `<tr><th scope="row">${e(m.slot(s + 1))}</th>${cells}</tr>`;
  }).join("");
  const unplaced =
    plan.unplaced.length === 0
      ? `<p>${e(m.noUnplaced)}</p>`
      : `<table><thead><tr><th scope="col">${e(m.activity)}</th><th scope="col">${e(m.children)}</th><th scope="col">${e(m.why)}</th></tr></thead><tbody>${plan.unplaced
          .map((u) => `<tr><td>${e(localized(u.name, locale))}</td><td>${u.children.map((c) => e(name(c.child))).join(", ")}</td><td>${unplacedWords(u.reason, locale, em)}</td></tr>`)
          .join("")}</tbody></table>`;
  const max = options.maxObserve ?? 15;
  const week = [
    `<h1>${e(m.weeklyTitle)} — ${e(plan.group.name)}</h1>`,
    metaTable([
      [m.centre, e(plan.centre)],
      [m.group, e(plan.group.name)],
      [m.educators, plan.educators.map((x) => e(x.name)).join(", ")],
      [m.week, e(range)],
      [m.theme, plan.theme !== undefined ? e(localized(plan.theme.name, locale)) : undefined],
      [m.subtheme, plan.theme?.subtheme !== undefined ? e(localized(plan.theme.subtheme, locale)) : undefined],
    ]),
    `<p class="muted">${e(m.dataUntil(formatDate(plan.asOf, locale)))}</p>`,
    `<h2>${e(m.overview)}</h2>`,
    plan.days.length === 0 ? `<p>${e(m.closed)}</p>` : `<table class="grid"><thead><tr><th scope="col"></th>${head}</tr></thead><tbody>${rows}</tbody></table>`,
    `<h2>${e(m.unplaced)}</h2>`,
    unplaced,
  ];
  const assessment = [
    `<h2>${e(m.observe)}</h2>`,
    observeTable(plan.observe.slice(0, max), locale, m, name, activityName, true),
    plan.observe.length > max ? `<p class="muted">${e(m.moreObserve(plan.observe.length - max))}</p>` : "",
  ];
  const childRows = plan.children
    .map((c) => {
      const lessons = c.planned.map((p) => `${e(weekdayName(p.date, locale))} ${p.slot}: ${e(activityName(p.activity))}${p.kind === "practice-again" ? ` (${e(m.kinds["practice-again"])})` : ""}`);
      const needs = c.needs.slice(0, 2).map((n) => `${e(n.text !== undefined ? localized(n.text, locale) : n.indicator)}${n.level !== undefined ? ` (${e(LEVEL_WORDS[locale][n.level])})` : ""}`);
      return `<tr><td>${e(name(c.child))}</td><td>${e(m.ageMonths(c.ageMonths))}</td><td class="num">${c.newPresentations}</td><td class="num">${c.practiceAgain}</td><td>${lessons.join("; ") || "—"}</td><td>${needs.join("; ") || "—"}</td></tr>`;
    })
    .join("");
  const children = `<h2>${e(m.perChild)} — ${e(plan.group.name)}</h2><table><colgroup><col style="width:14%"><col style="width:9%"><col style="width:7%"><col style="width:7%"><col style="width:33%"><col style="width:30%"></colgroup><thead><tr><th scope="col">${e(m.child)}</th><th scope="col">${e(m.age)}</th><th scope="col" class="num">${e(m.newCount)}</th><th scope="col" class="num">${e(m.againCount)}</th><th scope="col">${e(m.activity)}</th><th scope="col">${e(m.needs)}</th></tr></thead><tbody>${childRows}</tbody></table>`;
  const sections = [
    `<section class="page week">\n${week.join("\n")}\n</section>`,
    `<section class="page children">\n${assessment.join("\n")}\n${children}\n</section>`,
  ];
  if (options.includeDays ?? true) for (const d of plan.days) sections.push(dailySection(dailyPlan(plan, d.date), locale));
  return htmlPage({
    lang: locale,
    title: `${m.weeklyShort} — ${plan.group.name} — ${range}`,
    css: PLAN_CSS,
    body: `<main class="plan">\n${sections.join("\n")}\n</main>`,
  });
}

/**
 * Renders a daily plan (RPPH) as a printable HTML page (A4).
 *
 * @param plan - from {@link dailyPlan}
 * @param options - locale (default the plan's)
 * @returns a complete HTML document
 * @example
 * ```ts
 * renderDailyPlanHtml(dailyPlan(plan, "2026-12-01")).includes("<h2>Pembukaan</h2>"); // => true
 * ```
 * @category Render
 */
export function renderDailyPlanHtml(plan: DailyPlan, options: PlanRenderOptions = {}): string {
  const locale = options.locale ?? plan.locale;
  const m = PLAN_MESSAGES[locale];
  return htmlPage({
    lang: locale,
    title: `${m.dailyShort} — ${plan.group.name} — ${formatDate(plan.date, locale)}`,
    css: PLAN_CSS,
    body: `<main class="plan">\n${dailySection(plan, locale)}\n</main>`,
  });
}
