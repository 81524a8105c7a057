/// <reference types="node" />
/**
 * `tumbuh erase <dir|file> --child ID`: erases a child (UU PDP), asking for confirmation unless
 * `--yes`, and reports what was removed and what remains elsewhere.
 *
 * @module
 */
import { createInterface } from "node:readline";
import { ValidationError } from "../errors/index.js";
import { eraseChild } from "../index.js";
import { dateOption, onePositional, parseCommand, required } from "./args.js";
import { type Cli, CliError } from "./context.js";
import { loadCentre } from "./inspect.js";
import { validationFailure } from "./io.js";
import { updateCentre } from "./save.js";

/** The first line of standard input, or undefined at its end. */
async function readAnswer(): Promise<string | undefined> {
  const rl = createInterface({ input: process.stdin, terminal: false });
  try {
    for await (const line of rl) return line;
    return undefined;
  } finally {
    rl.close();
  }
}

/** Runs `tumbuh erase`. */
export async function eraseCommand(cli: Cli, args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommand(cli, "erase", args, {
    child: { type: "string" },
    yes: { type: "boolean" },
    scrub: { type: "boolean" },
    date: { type: "string" },
  });
  const path = onePositional(cli, "erase", positionals, cli.m.erase.what);
  const childId = required(cli, "erase", "--child", values.child);
  // Like every date of the CLI, the day of erasure is given, never read from a clock.
  const erasedOn = dateOption(cli, "erase", "--date", values.date);
  const m = cli.m.erase;
  const { centre } = await loadCentre(cli, path);
  const child = centre.children.find((c) => c.id === childId);
  const entries = centre.journal.entries.filter((e) => e.child === childId).length;
  if (child === undefined && entries === 0) throw new CliError(m.unknownChild(childId), 1);

  if (values.yes !== true) {
    cli.print(m.confirm(childId, child?.name, entries));
    const answer = (await readAnswer())?.trim();
    if (answer !== childId) {
      cli.print(m.cancelled);
      return 1;
    }
  }
  const erase = (current: typeof centre) => {
    try {
      return eraseChild(current, childId, { ...(erasedOn === undefined ? {} : { erasedOn }), scrub: values.scrub === true });
    } catch (e) {
      if (e instanceof ValidationError) throw validationFailure(m.failed(childId), e);
      throw e;
    }
  };
  // Under the folder's lock, on the data as it is then (a hand edit since the confirmation is
  // kept); the store writes the tombstones and the shortened journal before the roster, so if the
  // machine stops half way no entry names a child the roster lacks.
  const { value: result, written } = await updateCentre(cli, path, (current) => {
    const erased = erase(current);
    return { centre: erased.centre, value: erased };
  });
  cli.print(m.removed(childId, result.child !== undefined, result.observations.length));
  cli.print(m.tombstone(erasedOn));
  const mentions = values.scrub === true ? result.scrubbed : result.remaining;
  if (mentions.length > 0) {
    cli.print(values.scrub === true ? m.scrubbed(mentions.length) : m.remaining(mentions.length));
    for (const x of mentions) cli.print(`  ${x.observation} (${x.child}) ${x.path}: ${m.matched[x.matched]}`);
    if (values.scrub !== true) cli.print(m.scrubHint(path, childId));
  }
  if (mentions.some((x) => x.path.endsWith(".ref"))) cli.print(m.files);
  cli.print(m.copies);
  cli.print(cli.m.data.saved(written));
  return 0;
}
