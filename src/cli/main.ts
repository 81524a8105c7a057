#!/usr/bin/env node
/// <reference types="node" />
/**
 * `tumbuh`: the command line for educators. Reads a data folder, writes reports, plans and CSV
 * files where it is told to (`--out`, `--into`), and never shows a stack trace: every failure is
 * one clear line (plus the problems found) and an exit code — 0 ok, 1 bad input or problems in
 * the data, 2 a wrong command line.
 *
 * @module
 */
import { readFileSync, realpathSync } from "node:fs";
import { dirname, join } from "node:path";
import { ValidationError } from "../errors/index.js";
import { languageOf } from "./args.js";
import { type Cli, CliError, createCli, usageError } from "./context.js";
import { wordIssue } from "./messages.js";

type Command = (cli: Cli, args: readonly string[]) => Promise<number>;

// Loaded on demand: `tumbuh --help` and usage errors answer without loading the curricula.
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  init: async () => (await import("./init.js")).initCommand,
  validate: async () => (await import("./validate.js")).validateCommand,
  report: async () => (await import("./report.js")).reportCommand,
  plan: async () => (await import("./plan.js")).planCommand,
  screenings: async () => (await import("./screenings.js")).screeningsCommand,
  import: async () => (await import("./import.js")).importCommand,
  export: async () => (await import("./export.js")).exportCommand,
  "stppa-bands": async () => (await import("./stppa-bands.js")).stppaBandsCommand,
  erase: async () => (await import("./erase.js")).eraseCommand,
};

/** tumbuh's version, from the package.json above this script (dist/cli.js or src/cli/main.ts). */
function version(): string {
  try {
    let dir = dirname(realpathSync(process.argv[1] ?? "."));
    for (let i = 0; i < 4; i++, dir = dirname(dir)) {
      try {
        const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: unknown; version?: unknown };
        if (pkg.name === "tumbuh" && typeof pkg.version === "string") return pkg.version;
      } catch {
        // no package.json here: look one folder up
      }
    }
  } catch {
    // the script path cannot be resolved
  }
  return "unknown";
}

/** Moves `--lang` given before the command to after it, so `tumbuh --lang en report …` works. */
function commandFirst(argv: readonly string[]): string[] {
  const lead: string[] = [];
  let i = 0;
  while (i < argv.length) {
    if (argv[i] === "--lang" && i + 1 < argv.length) {
      lead.push(argv[i]!, argv[i + 1]!);
      i += 2;
    } else if (argv[i]!.startsWith("--lang=")) {
      lead.push(argv[i]!);
      i += 1;
    } else break;
  }
  const [command, ...rest] = argv.slice(i);
  return command === undefined ? lead : [command, ...rest, ...lead];
}

/**
 * Runs the CLI.
 *
 * @param argv - the arguments after `node cli.js`
 * @returns the exit code
 */
async function main(argv: readonly string[]): Promise<number> {
  let cli = createCli("id");
  let command: string | undefined;
  try {
    cli = createCli(languageOf(argv));
    const [first, ...rest] = commandFirst(argv);
    if (first === undefined || first === "--lang" || first.startsWith("--lang=")) {
      cli.print(cli.m.help.main);
      return first === undefined ? 2 : 0;
    }
    if (first === "-h" || first === "--help" || first === "help") {
      const topic = rest.find((a) => Object.hasOwn(COMMANDS, a)) as keyof typeof cli.m.help | undefined;
      cli.print(topic === undefined ? cli.m.help.main : cli.m.help[topic]);
      return 0;
    }
    if (first === "-v" || first === "--version") {
      cli.print(version());
      return 0;
    }
    if (!Object.hasOwn(COMMANDS, first)) throw usageError(first.startsWith("-") ? cli.m.usage.unknownOption(first) : cli.m.usage.unknownCommand(first), undefined);
    command = first;
    if (rest.includes("--help") || rest.includes("-h")) {
      cli.print(cli.m.help[first as keyof typeof cli.m.help]);
      return 0;
    }
    const run = await COMMANDS[first]!();
    return await run(cli, rest);
  } catch (e) {
    return fail(cli, e, command);
  }
}

/** Prints a failure in one line (plus details) and gives its exit code. */
function fail(cli: Cli, e: unknown, command: string | undefined): number {
  if (e instanceof CliError) {
    cli.warn(`${cli.m.errorPrefix}: ${e.message}`);
    for (const line of e.details) cli.warn(line);
    if (e.exitCode === 2) cli.warn(cli.m.helpHint(e.command ?? command));
    return e.exitCode;
  }
  if (e instanceof ValidationError) {
    cli.warn(`${cli.m.errorPrefix}: ${e.message.split("\n")[0]}`);
    for (const i of e.issues) cli.warn(`${i.path === "" ? "" : `${i.path}: `}${wordIssue(cli.m, i)} [${i.code}]`);
    return 1;
  }
  const message = e instanceof Error ? e.message : String(e);
  cli.warn(cli.m.unexpected(message.split("\n")[0] ?? ""));
  if (process.env.TUMBUH_DEBUG) cli.warn(e instanceof Error ? (e.stack ?? message) : message);
  return 1;
}

// Output piped into `head` closes early: that is not an error worth a message.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 1;
  },
);
