/**
 * `tumbuh plan`: the weekly plan (RPPM) of a group, or one day of it (RPPH).
 *
 * @module
 */
import {
  ValidationError,
  dailyPlan,
  formatDate,
  mondayOf,
  renderDailyPlanHtml,
  renderDailyPlanMarkdown,
  renderWeeklyPlanHtml,
  renderWeeklyPlanMarkdown,
  weeklyPlan,
} from "../index.js";
import type { Locale } from "../time/index.js";
import { dateOption, onePositional, parseCommand, required } from "./args.js";
import { type Cli, CliError } from "./context.js";
import { loadCentre } from "./inspect.js";
import { OutputGuard, STDOUT } from "./out.js";
import { validationFailure } from "./io.js";
import { emit, formatOf } from "./report.js";

/** Runs `tumbuh plan`. */
export async function planCommand(cli: Cli, args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommand(cli, "plan", args, {
    group: { type: "string" },
    week: { type: "string" },
    day: { type: "string" },
    "as-of": { type: "string" },
    theme: { type: "string" },
    subtheme: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
  });
  const path = onePositional(cli, "plan", positionals, cli.m.plan.what);
  const groupId = required(cli, "plan", "--group", values.group);
  const week = dateOption(cli, "plan", "--week", required(cli, "plan", "--week", values.week))!;
  const day = dateOption(cli, "plan", "--day", values.day);
  const asOf = dateOption(cli, "plan", "--as-of", values["as-of"]);
  const format = formatOf(cli, "plan", values.format, values.out);

  const out = values.out === STDOUT ? undefined : values.out;
  const { centre, source } = await loadCentre(cli, path);
  if (out !== undefined) await new OutputGuard(cli, source).check(out);
  const group = centre.groups.find((g) => g.id === groupId);
  if (group === undefined) throw new CliError(cli.m.plan.unknownGroup(groupId, centre.groups.map((g) => g.id)), 1);
  const locale: Locale = values.lang === undefined ? centre.settings.defaultLocale : cli.lang;
  const theme =
    values.theme === undefined ? undefined : { name: values.theme, ...(values.subtheme === undefined ? {} : { subtheme: values.subtheme }) };

  let text: string;
  try {
    const plan = weeklyPlan(centre, group.id, { week, locale, ...(asOf === undefined ? {} : { asOf }), ...(theme === undefined ? {} : { theme }) });
    if (day === undefined) {
      text = format === "html" ? renderWeeklyPlanHtml(plan) : format === "md" ? renderWeeklyPlanMarkdown(plan) : `${JSON.stringify(plan, null, 2)}\n`;
    } else {
      const daily = dailyPlan(plan, day);
      text = format === "html" ? renderDailyPlanHtml(daily) : format === "md" ? renderDailyPlanMarkdown(daily) : `${JSON.stringify(daily, null, 2)}\n`;
    }
  } catch (e) {
    if (e instanceof ValidationError) throw validationFailure(cli.m.plan.failed(group.id), e);
    throw e;
  }
  await emit(cli, out, text);
  if (out !== undefined) {
    cli.print(
      day === undefined
        ? cli.m.plan.written(out, group.name, formatDate(mondayOf(week), cli.lang))
        : cli.m.plan.dayWritten(out, group.name, formatDate(day, cli.lang)),
    );
  }
  return 0;
}
