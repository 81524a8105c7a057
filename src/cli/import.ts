/// <reference types="node" />
/**
 * `tumbuh import <file.csv> --into <dir>`: a roster or observations from a spreadsheet.
 *
 * @module
 */
import { basename } from "node:path";
import { type Centre, type CsvImportResult, importObservationsCsv, importRosterCsv } from "../index.js";
import { ROSTER_COLUMNS } from "../io/csv/columns.js";
import { mapColumns, readTable } from "../io/csv/table.js";
import { choiceOption, onePositional, parseCommand, required } from "./args.js";
import { type Cli, CliError } from "./context.js";
import { loadCentre } from "./inspect.js";
import { wordIssue } from "./messages.js";
import { readDataText } from "./read-text.js";
import { updateCentre } from "./save.js";

/** What a CSV file holds. */
type CsvKind = "roster" | "observations";

/** A roster has a birth date column; anything else is read as observations. */
function detectKind(text: string): CsvKind {
  const header = readTable(text).header;
  return header !== undefined && mapColumns(header, ROSTER_COLUMNS).index.has("birthDate") ? "roster" : "observations";
}

/** Runs `tumbuh import`. */
export async function importCommand(cli: Cli, args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommand(cli, "import", args, {
    into: { type: "string" },
    kind: { type: "string" },
    "create-groups": { type: "boolean" },
    author: { type: "string" },
    visibility: { type: "string" },
    "dry-run": { type: "boolean" },
  });
  const file = onePositional(cli, "import", positionals, cli.m.import.what);
  const into = required(cli, "import", "--into", values.into);
  const kindOption = values.kind === undefined ? undefined : choiceOption(cli, "import", "--kind", values.kind, ["roster", "observations"], "roster");
  const visibility = values.visibility === undefined ? undefined : choiceOption(cli, "import", "--visibility", values.visibility, ["staff", "family"], "staff");

  const found = await readDataText(cli, file);
  if (found === undefined) throw new CliError(cli.m.data.notFound(file), 1);
  if (found.notice !== undefined) cli.warn(found.notice);
  const text = found.text;
  const kind = kindOption ?? detectKind(text);
  const m = cli.m.import;
  cli.print(m.detected(file, m.kinds[kind]));

  // Read, import and save holding the folder's lock; when a file changes in between (another
  // import, a hand edit), the import runs again on the new data, so nothing is lost or reverted.
  const importInto = (centre: Centre): { result: CsvImportResult; createdGroups: readonly string[] } => {
    if (kind === "roster") {
      const r = importRosterCsv(centre, text, { createGroups: values["create-groups"] === true });
      return { result: r, createdGroups: r.createdGroups };
    }
    const result = importObservationsCsv(centre, text, {
      ...(values.author === undefined ? {} : { author: values.author }),
      ...(visibility === undefined ? {} : { visibility }),
    });
    return { result, createdGroups: [] };
  };
  const attempt = (centre: Centre) => {
    const outcome = importInto(centre);
    const changed = outcome.result.centre !== centre && values["dry-run"] !== true;
    return { centre: changed ? outcome.result.centre : undefined, value: { ...outcome, changed } };
  };
  // A dry run only reads (no lock: it works on a folder it may not write to).
  const { value, written } = values["dry-run"] ? { value: attempt((await loadCentre(cli, into)).centre).value, written: [] } : await updateCentre(cli, into, attempt);
  const { result, createdGroups } = value;

  const name = basename(file);
  for (const p of result.problems) cli.print(`${m.problem(name, p.row, p.column)}: ${wordIssue(cli.m, p)} [${p.code}]`);
  const badRows = new Set(result.problems.map((p) => p.row)).size;
  cli.print(m.result(result.added, result.skipped, badRows));
  if (result.ignoredColumns.length > 0) cli.print(m.ignored(result.ignoredColumns));
  for (const hint of result.columnHints) cli.print(m.hint(hint.column, hint.closest));
  if (createdGroups.length > 0) cli.print(m.createdGroups(createdGroups));
  if (values["dry-run"]) cli.print(m.dryRun);
  else if (value.changed) cli.print(cli.m.data.saved([...written]));
  if (result.problems.length === 0) return 0;
  cli.print(m.fixAndRepeat);
  return 1;
}
