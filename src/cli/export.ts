/**
 * `tumbuh export <dir> --format csv --out <dir>`: the roster and observations as CSV.
 *
 * @module
 */
import { join } from "node:path";
import { exportObservationsCsv, exportRosterCsv, serializeCentre } from "../index.js";
import { choiceOption, onePositional, parseCommand, required } from "./args.js";
import { type Cli, usageError } from "./context.js";
import { loadCentre } from "./inspect.js";
import { OutputGuard, STDOUT } from "./out.js";
import { ensureFolder, writeAtomic } from "./io.js";

/** Runs `tumbuh export`. */
export async function exportCommand(cli: Cli, args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommand(cli, "export", args, {
    format: { type: "string" },
    out: { type: "string" },
    excel: { type: "boolean" },
    pseudonymous: { type: "boolean" },
  });
  const path = onePositional(cli, "export", positionals, cli.m.export.what);
  const format = choiceOption(cli, "export", "--format", values.format, ["csv", "json"], "csv");
  const out = required(cli, "export", "--out", values.out);
  if (out === STDOUT) throw usageError(cli.m.out.dashNotHere("export"), "export");
  // The JSON document is the whole centre: it cannot leave names out.
  if (format === "json" && values.pseudonymous) throw usageError(cli.m.usage.conflicting("--format json", "--pseudonymous"), "export");
  if (format === "json" && values.excel) throw usageError(cli.m.usage.conflicting("--format json", "--excel"), "export");

  const { centre, source } = await loadCentre(cli, path);
  const guard = new OutputGuard(cli, source);
  const files: [string, string][] = [];
  if (format === "json") {
    files.push(["centre.json", `${serializeCentre(centre, { indent: 1 })}\n`]);
  } else {
    const options = {
      excel: values.excel === true,
      pseudonymous: values.pseudonymous === true,
      ...(values.lang === undefined ? {} : { language: cli.lang }),
    };
    files.push(["roster.csv", exportRosterCsv(centre, options)], ["observations.csv", exportObservationsCsv(centre, options)]);
  }
  await ensureFolder(cli, out);
  const written: string[] = [];
  for (const [name, text] of files) {
    const target = join(out, name);
    await guard.check(target);
    await writeAtomic(cli, target, text);
    written.push(target);
  }
  cli.print(cli.m.export.written(written));
  if (values.pseudonymous) cli.print(cli.m.export.pseudonymous);
  return 0;
}
