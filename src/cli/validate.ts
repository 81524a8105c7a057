/**
 * `tumbuh validate <dir|file>`: every problem with its file and place; exit code 1 when any.
 *
 * @module
 */
import { dateOption, onePositional, parseCommand } from "./args.js";
import type { Cli } from "./context.js";
import { formatProblem, inspectData, problemCodes } from "./io.js";

/** Runs `tumbuh validate`. */
export async function validateCommand(cli: Cli, args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommand(cli, "validate", args, { "as-of": { type: "string" } });
  const path = onePositional(cli, "validate", positionals, cli.m.validate.what);
  const asOf = dateOption(cli, "validate", "--as-of", values["as-of"]);
  const { centre, problems } = await inspectData(cli, path, asOf);
  if (problems.length === 0 && centre !== undefined) {
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
  cli.print("");
  cli.print(cli.m.codesHeading);
  for (const code of problemCodes(problems)) cli.print(`  ${code}: ${cli.m.codes[code]}`);
  cli.print("");
  cli.print(cli.m.validate.found(problems.length, path));
  return 1;
}
