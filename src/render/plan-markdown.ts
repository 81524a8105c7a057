/**
 * Markdown for weekly plans (RPPM) and daily plans (RPPH), in Bahasa Indonesia or English.
 * Every piece of user text (names, themes, indicator texts) is escaped so it cannot turn into
 * Markdown or HTML markup.
 *
 * @module
 */
import type { ChildWeek, DailyPlan, ObserveItem, PlanRoutine, PlanSlot, Presentation, WeeklyPlan } from "../planning/schema.js";
import { type Locale, addDays, formatDate, weekdayName } from "../time/index.js";
import { LEVEL_WORDS, PLAN_MESSAGES, type PlanMessages, displayNames, localized, reasonsWords, unplacedWords } from "./plan-messages.js";
import { escapeMarkdown } from "./report-markdown.js";

/**
 * Options of the plan renderers.
 *
 * @example
 * ```ts
 * renderWeeklyPlanMarkdown(plan, { locale: "en", maxObserve: 10 });
 * ```
 * @category Render
 */
export interface PlanRenderOptions {
  /** Language of the page. Default: the plan's locale. */
  readonly locale?: Locale;
  /** Most observation rows on the weekly page (the daily plans list all). Default 10. */
  readonly maxObserve?: number;
}

const em = (t: string) => `*${escapeMarkdown(t)}*`;

type Names = (child: string) => string;

function presentationLines(p: Presentation, locale: Locale, m: PlanMessages, names: Names): string[] {
  const materials = p.materials.map((x) => escapeMarkdown(localized(x.name, locale))).join(", ");
  const head =
    `- **${escapeMarkdown(localized(p.name, locale))}** — ${m.areas[p.area]}, ${m.grouping[p.grouping]}, ${m.minutes(p.minutes)}.` +
    (materials !== "" ? ` ${m.materials}: ${materials}.` : "");
  const lines = [head];
  for (const c of p.children) {
    // No "(new)" / "(again)" label: the first reason already says which.
    lines.push(`  - ${escapeMarkdown(names(c.child))}: ${reasonsWords(c.reasons, locale, em)}.`);
  }
  return lines;
}

function slotLines(slot: PlanSlot, locale: Locale, m: PlanMessages, names: Names): string[] {
  const times = slot.start !== undefined && slot.end !== undefined ? ` · ${slot.start}–${slot.end}` : "";
  const out = [`### ${m.slot(slot.slot)}${times} · ${m.minutes(slot.minutes)}`, ""];
  if (slot.presentations.length === 0) out.push(m.nothingPlanned);
  for (const p of slot.presentations) out.push(...presentationLines(p, locale, m, names));
  out.push("");
  return out;
}

/** The day's slots with its care routines between them, in time order (slots alone when untimed). */
function dayLines(slots: readonly PlanSlot[], routines: readonly PlanRoutine[] | undefined, locale: Locale, m: PlanMessages, names: Names): string[] {
  const out: string[] = [];
  const items: { start: string; lines: () => string[] }[] = slots.map((slot) => ({ start: slot.start ?? "", lines: () => slotLines(slot, locale, m, names) }));
  for (const r of routines ?? []) {
    items.push({ start: r.start, lines: () => [`### ${r.start}–${r.end} · ${escapeMarkdown(localized(r.name, locale))}`, "", `*${m.careBlock}*`, ""] });
  }
  // Stable: untimed slots keep their order; routines only exist beside timed slots.
  items.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  for (const item of items) out.push(...item.lines());
  return out;
}

function headerTable(rows: readonly (readonly [string, string | undefined])[]): string[] {
  const out = ["| | |", "|---|---|"];
  for (const [k, v] of rows) if (v !== undefined && v !== "") out.push(`| ${k} | ${v} |`);
  out.push("");
  return out;
}

function observeTable(items: readonly ObserveItem[], locale: Locale, m: PlanMessages, names: Names, activityName: (id: string) => string, showDays: boolean): string[] {
  if (items.length === 0) return [m.noObserve, ""];
  const head = showDays ? `| ${m.indicator} | ${m.purpose} | ${m.children} | ${m.activity} | ${m.days} |` : `| ${m.indicator} | ${m.purpose} | ${m.children} | ${m.activity} |`;
  const out = [head, showDays ? "|---|---|---|---|---|" : "|---|---|---|---|"];
  for (const o of items) {
    const text = o.text !== undefined ? `${escapeMarkdown(localized(o.text, locale))} (\`${o.indicator}\`)` : `\`${o.indicator}\``;
    const kids = o.children.map((c) => `${escapeMarkdown(names(c.child))}${c.level !== undefined ? ` (${LEVEL_WORDS[locale][c.level]})` : ""}`).join(", ");
    const acts = o.activities.map((a) => escapeMarkdown(activityName(a))).join(", ");
    const days = o.dates.map((d) => weekdayName(d, locale)).join(", ");
    out.push(showDays ? `| ${text} | ${m.purposes[o.purpose]} | ${kids} | ${acts} | ${days} |` : `| ${text} | ${m.purposes[o.purpose]} | ${kids} | ${acts} |`);
  }
  out.push("");
  return out;
}

function activityNames(slots: readonly { readonly slots: readonly PlanSlot[] }[], locale: Locale): (id: string) => string {
  const map = new Map<string, string>();
  for (const d of slots) for (const s of d.slots) for (const p of s.presentations) map.set(p.activity, localized(p.name, locale));
  return (id) => map.get(id) ?? id;
}

function childRow(c: ChildWeek, plan: WeeklyPlan, locale: Locale, m: PlanMessages, names: Names, activityName: (id: string) => string): string {
  const lessons = c.planned.map((p) => `${weekdayName(p.date, locale)} ${p.slot}: ${escapeMarkdown(activityName(p.activity))}${p.kind === "practice-again" ? ` (${m.kinds["practice-again"]})` : ""}`);
  const absent = plan.days.filter((d) => !c.availableDays.includes(d.date)).map((d) => `${weekdayName(d.date, locale)}: ${m.notAvailable}`);
  const needs = c.needs.slice(0, 3).map((n) => (n.text !== undefined ? escapeMarkdown(localized(n.text, locale)) : `\`${n.indicator}\``) + (n.level !== undefined ? ` (${LEVEL_WORDS[locale][n.level]})` : "")).join("; ");
  return `| ${escapeMarkdown(names(c.child))} | ${m.ageMonths(c.ageMonths)} | ${c.newPresentations} | ${c.practiceAgain} | ${[...lessons, ...absent].join("; ") || m.nothingPlanned} | ${needs || m.nothingPlanned} |`;
}

/**
 * Renders a weekly plan (RPPM) as Markdown: the header, each working day with its slots and
 * presentations (children and reasons), a summary per child, what could not be placed and why,
 * and the assessment plan.
 *
 * @param plan - from {@link weeklyPlan}
 * @param options - locale (default the plan's) and how many observation rows to show
 * @returns Markdown text
 * @example
 * ```ts
 * renderWeeklyPlanMarkdown(plan, { locale: "en" }).split("\n")[0]; // => "# Weekly plan (RPPM) — TK A"
 * ```
 * @category Render
 */
export function renderWeeklyPlanMarkdown(plan: WeeklyPlan, options: PlanRenderOptions = {}): string {
  const locale = options.locale ?? plan.locale;
  const m = PLAN_MESSAGES[locale];
  const names = displayNames(plan.children);
  const activityName = activityNames(plan.days, locale);
  // The week as the centre works it (Monday to its last working weekday), holidays included.
  const last = addDays(plan.week, Math.max(1, ...plan.settings.workingDays) - 1);
  const out: string[] = [`# ${m.weeklyTitle} — ${escapeMarkdown(plan.group.name)}`, ""];
  out.push(
    ...headerTable([
      [m.centre, escapeMarkdown(plan.centre)],
      [m.group, escapeMarkdown(plan.group.name)],
      [m.educators, plan.educators.map((e) => escapeMarkdown(e.name)).join(", ")],
      [m.week, m.range(formatDate(plan.week, locale), formatDate(last, locale))],
      [m.theme, plan.theme !== undefined ? escapeMarkdown(localized(plan.theme.name, locale)) : undefined],
      [m.subtheme, plan.theme?.subtheme !== undefined ? escapeMarkdown(localized(plan.theme.subtheme, locale)) : undefined],
    ]),
  );
  out.push(m.dataUntil(formatDate(plan.asOf, locale)), "");
  if (plan.days.length === 0) out.push(m.closed, "");
  for (const day of plan.days) {
    out.push(`## ${weekdayName(day.date, locale)}, ${formatDate(day.date, locale)}`, "");
    out.push(...dayLines(day.slots, day.routines, locale, m, names));
  }
  out.push(`## ${m.perChild}`, "");
  out.push(`| ${m.child} | ${m.age} | ${m.newCount} | ${m.againCount} | ${m.activity} | ${m.needs} |`, "|---|---|---|---|---|---|");
  for (const c of plan.children) out.push(childRow(c, plan, locale, m, names, activityName));
  out.push("", `## ${m.unplaced}`, "");
  if (plan.unplaced.length === 0) out.push(m.noUnplaced, "");
  else {
    out.push(`| ${m.activity} | ${m.children} | ${m.why} |`, "|---|---|---|");
    for (const u of plan.unplaced) {
      const kids = u.children.map((c) => escapeMarkdown(names(c.child))).join(", ");
      out.push(`| ${escapeMarkdown(localized(u.name, locale))} | ${kids} | ${unplacedWords(u.reason, locale, em)} |`);
    }
    out.push("");
  }
  const max = options.maxObserve ?? 10;
  out.push(`## ${m.observe}`, "");
  out.push(...observeTable(plan.observe.slice(0, max), locale, m, names, activityName, true));
  if (plan.observe.length > max) out.push(m.moreObserve(plan.observe.length - max), "");
  return `${out.join("\n").trimEnd()}\n`;
}

/**
 * Renders a daily plan (RPPH) as Markdown: header, opening, core (slots and presentations with
 * reasons), closing, materials to prepare and what to observe.
 *
 * @param plan - from {@link dailyPlan}
 * @param options - locale (default the plan's)
 * @returns Markdown text
 * @example
 * ```ts
 * renderDailyPlanMarkdown(dailyPlan(plan, "2026-12-01")).split("\n")[0];
 * // => "# Rencana Pelaksanaan Pembelajaran Harian (RPPH) — TK A"
 * ```
 * @category Render
 */
export function renderDailyPlanMarkdown(plan: DailyPlan, options: PlanRenderOptions = {}): string {
  const locale = options.locale ?? plan.locale;
  const m = PLAN_MESSAGES[locale];
  const names = displayNames(plan.children);
  const activityName = activityNames([{ slots: plan.core }], locale);
  const theme = plan.theme !== undefined ? localized(plan.theme.name, locale) : undefined;
  const out: string[] = [`# ${m.dailyTitle} — ${escapeMarkdown(plan.group.name)}`, ""];
  out.push(
    ...headerTable([
      [m.centre, escapeMarkdown(plan.centre)],
      [m.group, escapeMarkdown(plan.group.name)],
      [m.educators, plan.educators.map((e) => escapeMarkdown(e.name)).join(", ")],
      [m.date, `${weekdayName(plan.date, locale)}, ${formatDate(plan.date, locale)}`],
      [m.theme, theme !== undefined ? escapeMarkdown(theme) : undefined],
      [m.subtheme, plan.theme?.subtheme !== undefined ? escapeMarkdown(localized(plan.theme.subtheme, locale)) : undefined],
    ]),
  );
  if (!plan.workingDay) return `${[...out, m.closed].join("\n")}\n`;
  const steps = m.steps(theme !== undefined ? escapeMarkdown(theme) : undefined);
  out.push(`## ${m.opening}`, "", ...plan.opening.map((s, i) => `${i + 1}. ${steps[s]}`), "");
  out.push(`## ${m.core}`, "");
  out.push(...dayLines(plan.core, plan.routines, locale, m, names));
  out.push(`## ${m.closing}`, "", ...plan.closing.map((s, i) => `${i + 1}. ${steps[s]}`), "");
  out.push(`## ${m.prepare}`, "");
  if (plan.materials.length === 0) out.push(m.nothingPlanned, "");
  else {
    out.push(`| ${m.materials} | ${m.needed} | ${m.copies} |`, "|---|---|---|");
    for (const x of plan.materials) out.push(`| ${escapeMarkdown(localized(x.name, locale))} | ${x.needed} | ${x.copies} |`);
    out.push("");
  }
  out.push(`## ${m.observe}`, "");
  out.push(...observeTable(plan.observe, locale, m, names, activityName, false));
  return `${out.join("\n").trimEnd()}\n`;
}
