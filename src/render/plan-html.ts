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
import { LEVEL_WORDS, PLAN_MESSAGES, type PlanMessages, displayNames, localized, readinessWords, unplacedWords } from "./plan-messages.js";

const em = (t: string) => `<em>${escapeHtml(t)}</em>`;
const e = escapeHtml;

/**
 * Plan pages are A4 portrait with compact tables: the week's schedule fits its first page (the
 * assessment plan and per-child summary follow it), and each day (RPPH) starts a new page and
 * fits about one page for a class of a dozen children.
 */
const PLAN_CSS = `
@page { size: A4; margin: 10mm 10mm 11mm 10mm; }
body { max-width: 190mm; }
html { font-size: 9pt; }
.plan h1 { font-size: 13pt; margin: 0 0 2mm; }
.plan h2 { font-size: 11pt; margin: 2.5mm 0 1.2mm; }
.plan table { font-size: 8pt; margin: 0 0 2mm; }
.plan th, .plan td { padding: 0.6mm 1.2mm; }
.plan .meta { width: 100%; }
.plan .meta th { width: 18mm; }
.plan .core { font-size: 7.5pt; }
.plan .core th, .plan .core td { padding: 0.4mm 1mm; }
.plan .materials { font-size: 8pt; }
.plan .grid { font-size: 7.5pt; }
.plan .grid th[scope="row"] { width: 12mm; }
.plan .grid p { margin: 0 0 0.8mm; line-height: 1.2; }
.plan ul, .plan ol { margin: 0; padding-left: 4mm; }
.plan li { margin: 0; }
.plan .num { text-align: right; }
.plan .muted { color: #333; font-size: 8pt; }
.plan .day td p { margin: 0 0 0.4mm; }
.plan ol.steps { columns: 2; column-gap: 8mm; }
.plan .day h2 { margin-top: 2mm; }
`;

function metaTable(rows: readonly (readonly [string, string | undefined])[]): string {
  const cells = rows.filter(([, v]) => v !== undefined && v !== "").map(([k, v]) => `<th scope="row">${e(k)}</th><td>${v}</td>`);
  const lines: string[] = [];
  // Three pairs a row: the header of a landscape page stays two lines high.
  for (let i = 0; i < cells.length; i += 3) lines.push(`<tr>${cells[i]}${cells[i + 1] ?? "<td></td><td></td>"}${cells[i + 2] ?? "<td></td><td></td>"}</tr>`);
  return `<table class="meta"><tbody>${lines.join("")}</tbody></table>`;
}

/** The reasons printed on an RPPH beside each child: why the lesson is ready (or due again). */
function readiness(reasons: readonly PlanReason[]): PlanReason[] {
  return reasons.filter((r) => r.kind === "next-after" || r.kind === "age-window" || r.kind === "practice-again");
}

/**
 * The day's core activities as one table. The needs a lesson works on are not repeated beside
 * each child: they are the "what to observe" column, with each child's level.
 */
function coreTable(plan: DailyPlan, locale: Locale, m: PlanMessages, name: (id: string) => string): string {
  const byIndicator = new Map<string, ObserveItem[]>();
  for (const o of plan.observe) byIndicator.set(o.indicator, [...(byIndicator.get(o.indicator) ?? []), o]);
  const rows: string[] = [];
  // Care routines (meals, naps …) sit between the timed slots, as rows without a lesson.
  const careRows = (before: string | undefined) => {
    for (const r of plan.routines ?? []) {
      if (before !== undefined ? r.start < before && !shown.has(r) : !shown.has(r)) {
        shown.add(r);
        rows.push(`<tr class="care"><th scope="row">${e(r.start)}–${e(r.end)}</th><td colspan="3"><strong>${e(localized(r.name, locale))}</strong> <span class="muted">· ${e(m.careBlock)}</span></td></tr>`);
      }
    }
  };
  const shown = new Set<object>();
  for (const slot of plan.core) {
    careRows(slot.start);
    const times = slot.start !== undefined && slot.end !== undefined ? `<br><span class="muted">${e(slot.start)}–${e(slot.end)}</span>` : "";
    const label = `<th scope="row" rowspan="${Math.max(1, slot.presentations.length)}">${e(m.slot(slot.slot))}${times}<br><span class="muted">${e(m.minutes(slot.minutes))}</span></th>`;
    if (slot.presentations.length === 0) rows.push(`<tr>${label}<td colspan="3">${e(m.nothingPlanned)}</td></tr>`);
    slot.presentations.forEach((p, i) => {
      const materials = p.materials.map((x) => e(localized(x.name, locale))).join(", ");
      const activity =
        `<strong>${e(localized(p.name, locale))}</strong> <span class="muted">· ${e(m.areas[p.area])}, ${e(m.grouping[p.grouping])}, ${e(m.minutes(p.minutes))}` +
        `${materials !== "" ? `<br>${e(m.materials)}: ${materials}` : ""}</span>`;
      // Children with the same reason share one line ("Ayu, Bima: next after Pink tower").
      const byWords = new Map<string, string[]>();
      for (const c of p.children) {
        const words = readiness(c.reasons).map((r) => readinessWords(r, locale, em)).join("; ");
        byWords.set(words, [...(byWords.get(words) ?? []), e(name(c.child))]);
      }
      const why = [...byWords].map(([words, kids]) => `<p><strong>${kids.join(", ")}</strong>: ${words}</p>`).join("");
      const inIt = new Set<string>(p.children.map((c) => c.child));
      const observe = p.observe
        .flatMap((id) =>
          (byIndicator.get(id) ?? []).map((o) => {
            const kids = o.children
              .filter((c) => inIt.has(c.child))
              .map((c) => `${e(name(c.child))} (${e(c.level !== undefined ? LEVEL_WORDS[locale][c.level] : m.purposes[o.purpose])})`);
            return kids.length === 0 ? "" : `<p>${e(o.text !== undefined ? localized(o.text, locale) : o.indicator)} — ${kids.join(", ")}</p>`;
          }),
        )
        .join("");
      rows.push(`<tr>${i === 0 ? label : ""}<td>${activity}</td><td>${why}</td><td>${observe || "—"}</td></tr>`);
    });
  }
  careRows(undefined);
  return `<table class="core"><colgroup><col style="width:12mm"><col style="width:27%"><col style="width:28%"><col></colgroup><thead><tr><th scope="col">${e(m.slotLabel)}</th><th scope="col">${e(m.activity)}</th><th scope="col">${e(m.children)} — ${e(m.why)}</th><th scope="col">${e(m.observe)}</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
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
  const cols = showDays ? `<col style="width:42%"><col style="width:24%"><col style="width:24%"><col>` : `<col style="width:45%"><col style="width:27%"><col>`;
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
  parts.push(`<h2>${e(m.opening)}</h2><ol class="steps">${plan.opening.map((s) => `<li>${e(steps[s])}</li>`).join("")}</ol>`);
  parts.push(`<h2>${e(m.core)}</h2>`, coreTable(plan, locale, m, name));
  parts.push(`<h2>${e(m.closing)}</h2><ol class="steps">${plan.closing.map((s) => `<li>${e(steps[s])}</li>`).join("")}</ol>`);
  parts.push(`<h2>${e(m.prepare)}</h2>`);
  // "name ×in use at once (of copies)", in one paragraph: a day's materials are many and short.
  parts.push(
    `<p class="materials">${
      plan.materials.length === 0
        ? e(m.nothingPlanned)
        : plan.materials.map((x) => `${e(localized(x.name, locale))} <span class="muted">${e(m.inUse(x.needed, x.copies))}</span>`).join(" · ")
    }</p>`,
  );
  return `<section class="page day">\n${parts.join("\n")}\n</section>`;
}

/**
 * Renders a weekly plan (RPPM) as a printable HTML page (A4): the week's schedule on the first
 * page, what could not be placed, the assessment plan and the per-child summary after it, then
 * (unless `includeDays` is false) one RPPH page per working day.
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
    const first = plan.days[0]?.slots[s];
    const times = first?.start !== undefined && first.end !== undefined ? `<br><span class="muted">${e(first.start)}–${e(first.end)}</span>` : "";
    return `<tr><th scope="row">${e(m.slot(s + 1))}${times}</th>${cells}</tr>`;
  }).join("");
  const unplaced =
    plan.unplaced.length === 0
      ? `<p>${e(m.noUnplaced)}</p>`
      : `<table><thead><tr><th scope="col">${e(m.activity)}</th><th scope="col">${e(m.children)}</th><th scope="col">${e(m.why)}</th></tr></thead><tbody>${plan.unplaced
          .map((u) => `<tr><td>${e(localized(u.name, locale))}</td><td>${u.children.map((c) => e(name(c.child))).join(", ")}</td><td>${unplacedWords(u.reason, locale, em)}</td></tr>`)
          .join("")}</tbody></table>`;
  const max = options.maxObserve ?? 10;
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
  // Per child: age, the week's lessons in order (repeats marked) and the strongest need.
  const childRows = plan.children
    .map((c) => {
      const lessons = c.planned.map((p) => `${e(weekdayName(p.date, locale))} ${p.slot}: ${e(activityName(p.activity))}${p.kind === "practice-again" ? ` (${e(m.kinds["practice-again"])})` : ""}`);
      const need = c.needs[0];
      const needText = need === undefined ? "—" : `${e(need.text !== undefined ? localized(need.text, locale) : need.indicator)}${need.level !== undefined ? ` (${e(LEVEL_WORDS[locale][need.level])})` : ""}`;
      return `<tr><td>${e(name(c.child))}<br><span class="muted">${e(m.ageMonths(c.ageMonths))}</span></td><td>${lessons.join("; ") || "—"}</td><td>${needText}</td></tr>`;
    })
    .join("");
  const children = `<h2>${e(m.perChild)}</h2><table><colgroup><col style="width:16%"><col style="width:56%"><col></colgroup><thead><tr><th scope="col">${e(m.child)}</th><th scope="col">${e(m.activity)}</th><th scope="col">${e(m.needs)}</th></tr></thead><tbody>${childRows}</tbody></table>`;
  const sections = [`<section class="page week">\n${week.join("\n")}\n${assessment.join("\n")}\n${children}\n</section>`];
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
