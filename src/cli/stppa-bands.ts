/// <reference types="node" />
/**
 * `tumbuh stppa-bands`: the CSV template for the STPPA bands tumbuh has no official text for, and
 * loading the items a centre typed from its printed regulation into a data folder.
 *
 * @module
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { type Centre, type Framework, ValidationError, extendCurriculum, parseStppaBandsCsv, stppaBandsCsvTemplate } from "../index.js";
import { onePositional, parseCommand } from "./args.js";
import { type Cli, CliError, usageError } from "./context.js";
import { loadCentre } from "./inspect.js";
import { reasonOf, validationFailure, writeAtomic } from "./io.js";
import { saveCentre } from "./save.js";

/** Runs `tumbuh stppa-bands`. */
export async function stppaBandsCommand(cli: Cli, args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommand(cli, "stppa-bands", args, {
    template: { type: "string" },
    load: { type: "string" },
    source: { type: "string" },
    complete: { type: "string" },
    excel: { type: "boolean" },
    "dry-run": { type: "boolean" },
  });
  const m = cli.m.stppaBands;
  if (values.template !== undefined) {
    if (values.load !== undefined) throw usageError(cli.m.usage.conflicting("--template", "--load"), "stppa-bands");
    if (positionals.length > 0) throw usageError(cli.m.usage.extraPositional(positionals[0]!), "stppa-bands");
    await writeAtomic(cli, values.template, stppaBandsCsvTemplate({ language: cli.lang, excel: values.excel === true }));
    cli.print(m.templateWritten(values.template));
    return 0;
  }
  if (values.load === undefined) throw usageError(cli.m.usage.oneOf("--template", "--load"), "stppa-bands");
  const path = onePositional(cli, "stppa-bands", positionals, m.what);
  const file = values.load;
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new CliError((e as { code?: unknown }).code === "ENOENT" ? cli.m.data.notFound(file) : cli.m.data.cannotRead(file, reasonOf(cli, e)), 1);
  }
  const { centre, source } = await loadCentre(cli, path);
  const name = basename(file);
  let next: Centre;
  let typed: Framework;
  try {
    typed = parseStppaBandsCsv(text, {
      ...(values.source === undefined ? {} : { source: { title: values.source } }),
      ...(values.complete === undefined ? {} : { complete: values.complete.split(",").map((b) => b.trim()).filter((b) => b !== "") }),
    });
    next = extendCurriculum(centre, { frameworks: [typed] });
  } catch (e) {
    if (e instanceof ValidationError) throw validationFailure(m.failed(name), e);
    throw e;
  }
  const items = typed.bands.reduce((n, b) => n + b.indicators.length, 0);
  cli.print(m.loaded(name, items, typed.bands.filter((b) => b.indicators.length > 0).map((b) => b.id)));
  if (values["dry-run"]) cli.print(m.dryRun);
  else cli.print(cli.m.data.saved(await saveCentre(cli, source, next)));
  return 0;
}
