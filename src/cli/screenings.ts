/**
 * `tumbuh screenings`: the month's KPSP work list.
 *
 * @module
 */
import { formatDate, screeningsDue } from "../index.js";
import type { CalendarDate } from "../time/index.js";
import { choiceOption, dateOption, monthOption, onePositional, parseCommand, required } from "./args.js";
import { type Cli, CliError } from "./context.js";
import { loadCentre } from "./inspect.js";

/** Lines of a plain-text table, columns padded to their widest cell. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)];
}

/** Runs `tumbuh screenings`. */
export async function screeningsCommand(cli: Cli, args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommand(cli, "screenings", args, {
    month: { type: "string" },
    "as-of": { type: "string" },
    group: { type: "string" },
    format: { type: "string" },
  });
  const path = onePositional(cli, "screenings", positionals, cli.m.screenings.what);
  const month = monthOption(cli, "screenings", "--month", required(cli, "screenings", "--month", values.month));
  // No clock: without --as-of the list is made as on the first day of the month.
  const asOf = dateOption(cli, "screenings", "--as-of", values["as-of"]) ?? (`${month}-01` as CalendarDate);
  const format = choiceOption(cli, "screenings", "--format", values.format, ["text", "json"], "text");

  const { centre } = await loadCentre(cli, path);
  if (values.group !== undefined && !centre.groups.some((g) => g.id === values.group)) {
    throw new CliError(cli.m.report.unknownGroup(values.group), 1);
  }
  const due = screeningsDue(centre, { month, asOf }).filter((d) => values.group === undefined || d.group === values.group);
  if (format === "json") {
    cli.print(JSON.stringify({ month, asOf, screenings: due }, null, 2));
    return 0;
  }
  const m = cli.m.screenings;
  // "1 Desember 2026" without the day names the month in the chosen language.
  cli.print(m.title(formatDate(`${month}-01` as CalendarDate, cli.lang).replace(/^1 /, ""), formatDate(asOf, cli.lang)));
  cli.print("");
  if (due.length === 0) {
    cli.print(m.none);
    return 0;
  }
  const groupName = (id: string) => centre.groups.find((g) => g.id === id)?.name ?? id;
  const c = m.columns;
  const rows = due.map((d) => [formatDate(d.dueOn, cli.lang), d.child, d.name, groupName(d.group), m.form(d.form), m.reasons[d.reason]]);
  for (const line of textTable([c.due, c.child, c.name, c.group, c.form, c.reason], rows)) cli.print(line);
  cli.print("");
  cli.print(m.total(due.length, due.filter((d) => d.reason === "recheck-overdue").length));
  return 0;
}
