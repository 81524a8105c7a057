/**
 * `tumbuh validate <dir|file>`: every problem with its file and place; exit code 1 when any.
 *
 * @module
 */
import { dateOption, onePositional, parseCommand } from "./args.js";
import type { Cli } from "./context.js";
import { formatProblem, inspectData, omittedLines, problemCodes, problemCount } from "./inspect.js";

/** Runs `tumbuh validate`. */
export async function validateCommand(cli: Cli, args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommand(cli, "validate", args, { "as-of": { type: "string" } });
  const path = onePositional(cli, "validate", positionals, cli.m.validate.what);
  const asOf = dateOption(cli, "validate", "--as-of", values["as-of"]);
  const found = await inspectData(cli, path, asOf);
  const { centre, problems } = found;
  for (const notice of found.notices) cli.warn(notice);
  if (problemCount(found) === 0 && centre !== undefined) {
    cli.print(
      cli.m.validate.ok(path, {
        children: centre.children.length,
        groups: centre.groups.length,
        educators: centre.educators.length,
        entries: centre.journal.entries.length,
      }),
    );
    if (asOf !== undefined) cli.print(cli.m.validate.asOfNote(asOf));
    return 0;
  }
  for (const problem of problems) for (const line of formatProblem(cli, problem)) cli.print(line);
  for (const line of omittedLines(cli, found)) cli.print(line);
  cli.print("");
  cli.print(cli.m.codesHeading);
  for (const code of problemCodes(problems)) cli.print(`  ${code}: ${cli.m.codes[code]}`);
  cli.print("");
  cli.print(cli.m.validate.found(problemCount(found), path));
  return 1;
}
