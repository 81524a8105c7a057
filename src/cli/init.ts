/// <reference types="node" />
/**
 * `tumbuh init <dir>`: a starter data folder, with the sample centre or empty.
 *
 * @module
 */
import { access } from "node:fs/promises";
import { join } from "node:path";
import { type Centre, addDays, createCentre, createSampleCentre, mondayOf, parseCentre } from "../index.js";
import type { CalendarDate } from "../time/index.js";
import { countOption, dateOption, onePositional, parseCommand } from "./args.js";
import { type Cli, CliError } from "./context.js";
import { DATA_FILES, ensureFolder, writeAtomic } from "./io.js";
import { saveCentre } from "./save.js";

/** The day the bundled sample's journal ends, unless `--as-of` moves it. */
const SAMPLE_AS_OF = "2026-11-27";
const README = "README.md";

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Runs `tumbuh init`. */
export async function initCommand(cli: Cli, args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommand(cli, "init", args, {
    empty: { type: "boolean" },
    name: { type: "string" },
    children: { type: "string" },
    seed: { type: "string" },
    "as-of": { type: "string" },
  });
  const dir = onePositional(cli, "init", positionals, cli.m.init.what);
  const children = countOption(cli, "init", "--children", values.children, 10_000);
  const seed = countOption(cli, "init", "--seed", values.seed, 2 ** 31 - 1);
  const asOf = dateOption(cli, "init", "--as-of", values["as-of"]) ?? (SAMPLE_AS_OF as CalendarDate);

  for (const file of [...Object.values(DATA_FILES), README]) {
    const path = join(dir, file);
    if (await exists(path)) throw new CliError(cli.m.init.exists(path), 1);
  }

  let centre: Centre;
  if (values.empty) {
    centre = createCentre(values.name ?? cli.m.init.defaultName);
  } else {
    const sample = createSampleCentre({ asOf, ...(children === undefined ? {} : { children }), ...(seed === undefined ? {} : { seed }) });
    centre = values.name === undefined ? sample : { ...sample, settings: { ...sample.settings, name: values.name } };
  }
  if (cli.lang === "en") centre = { ...centre, settings: { ...centre.settings, defaultLocale: "en" } };
  // Written as a later save would write it (keys in schema order), so the first import or
  // merge changes only the lines it adds.
  centre = parseCentre(centre);

  await ensureFolder(cli, dir);
  await saveCentre(cli, { kind: "folder", path: dir }, centre);
  await writeAtomic(cli, join(dir, README), cli.m.readme(centre.settings.name));

  const f = cli.m.init.files;
  const rows: [string, string][] = [
    [DATA_FILES.settings, f.settings],
    [DATA_FILES.roster, f.roster(centre.children.length)],
    [DATA_FILES.inventory, f.inventory(centre.inventory.length)],
    [DATA_FILES.journal, f.journal(centre.journal.entries.length)],
    [README, f.readme],
  ];
  cli.print(cli.m.init.created(dir));
  for (const [file, what] of rows) cli.print(`  ${file.padEnd(16)}${what}`);
  cli.print(values.empty ? cli.m.init.emptyNote : cli.m.init.sampleNote(asOf));
  cli.print("");
  cli.print(cli.m.init.next);
  const lang = cli.lang === "en" ? " --lang en" : "";
  const q = /^[\w./-]+$/.test(dir) ? dir : JSON.stringify(dir);
  cli.print(`  tumbuh validate ${q}${lang}`);
  if (values.empty) {
    cli.print(`  tumbuh import roster.csv --into ${q} --create-groups${lang}`);
  } else {
    // Suggest the group with the most children (the later one on a tie: older children, fuller plans).
    const size = (id: string) => centre.children.filter((c) => c.group === id).length;
    const group = centre.groups.reduce<(typeof centre.groups)[number] | undefined>((best, g) => (best === undefined || size(g.id) >= size(best.id) ? g : best), undefined);
    const child = centre.children.find((c) => c.group === group?.id);
    if (child) cli.print(`  tumbuh report ${q} --child ${child.id} --as-of ${asOf} --out ${cli.lang === "en" ? "report" : "rapor"}-${child.id}.html${lang}`);
    if (group) cli.print(`  tumbuh plan ${q} --group ${group.id} --week ${addDays(mondayOf(asOf), 7)} --out ${cli.lang === "en" ? "plan" : "rppm"}-${group.id}.html${lang}`);
    cli.print(`  tumbuh screenings ${q} --month ${asOf.slice(0, 7)} --as-of ${asOf}${lang}`);
  }
  return 0;
}
