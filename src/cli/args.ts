/// <reference types="node" />
/**
 * Reading the command line with `node:util` `parseArgs` (strict: an unknown option is a usage
 * error, exit code 2) and checking option values (dates, months, choices) before any file is read.
 *
 * @module
 */
import { type ParseArgsConfig, parseArgs } from "node:util";
import { type CalendarDate, MAX_YEAR, MIN_YEAR, calendarDateProblem } from "../time/index.js";
import { type Cli, usageError } from "./context.js";
import { MESSAGES, type Lang } from "./messages.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** The values of parsed options (none of the CLI's options repeat or have defaults). */
export type OptionValues<O extends Options> = { [K in keyof O]?: O[K]["type"] extends "boolean" ? boolean : string };

/** Options every command takes (`--help` never reaches a command: main answers it). */
const COMMON = {
  lang: { type: "string" },
} as const;

/**
 * Parses a command's arguments strictly; `--lang` is added to every command.
 *
 * @throws {@link CliError} with exit code 2 for unknown options or missing values
 */
export function parseCommand<const O extends Options>(
  cli: Cli,
  command: string,
  args: readonly string[],
  options: O,
): { values: OptionValues<typeof COMMON & O>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options: { ...COMMON, ...options }, allowPositionals: true, strict: true });
    return { values: values as OptionValues<typeof COMMON & O>, positionals };
  } catch (e) {
    throw usageError(describeParseError(cli, e), command);
  }
}

/** Puts a `parseArgs` error into the CLI's words (its own messages are English only). */
function describeParseError(cli: Cli, e: unknown): string {
  const code = (e as { code?: unknown }).code;
  const message = e instanceof Error ? e.message : String(e);
  const name = /'([^']+)'/.exec(message)?.[1]?.replace(/ <value>$/, "").replace(/^-\w, /, "") ?? message;
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return cli.m.usage.unknownOption(name);
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return /does not take an argument/.test(message) ? cli.m.usage.noValueWanted(name) : cli.m.usage.missingValue(name);
    default:
      return cli.m.usage.badArguments(message);
  }
}

/**
 * The language asked for with `--lang` anywhere on the command line (before the command is
 * parsed, so even a usage error is reported in that language).
 *
 * @throws {@link CliError} (exit 2) for a language other than `id` and `en`
 */
export function languageOf(argv: readonly string[]): Lang {
  let value: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === "--lang") value = argv[i + 1];
    else if (arg.startsWith("--lang=")) value = arg.slice("--lang=".length);
  });
  if (value === undefined || value === "id" || value === "en") return value ?? "id";
  throw usageError(MESSAGES.id.usage.badLang(value), undefined);
}

/** The one positional argument a command needs. */
export function onePositional(cli: Cli, command: string, positionals: readonly string[], what: string): string {
  const [first, extra] = positionals;
  if (first === undefined) throw usageError(cli.m.usage.missingPositional(what), command);
  if (extra !== undefined) throw usageError(cli.m.usage.extraPositional(extra), command);
  return first;
}

/** A required option's value. */
export function required(cli: Cli, command: string, name: string, value: string | undefined): string {
  if (value === undefined || value === "") throw usageError(cli.m.usage.missingOption(name), command);
  return value;
}

/** A `YYYY-MM-DD` option value, checked. */
export function dateOption(cli: Cli, command: string, name: string, value: string | undefined): CalendarDate | undefined {
  if (value === undefined) return undefined;
  if (calendarDateProblem(value) !== undefined) throw usageError(cli.m.usage.badDate(name, value), command);
  return value as CalendarDate;
}

/** A `YYYY-MM` option value, checked. */
export function monthOption(cli: Cli, command: string, name: string, value: string): string {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value);
  if (m === null || Number(m[1]) < MIN_YEAR || Number(m[1]) > MAX_YEAR) throw usageError(cli.m.usage.badMonth(name, value), command);
  return value;
}

/** One of a few allowed values, or the default when the option is absent. */
export function choiceOption<const C extends string>(cli: Cli, command: string, name: string, value: string | undefined, choices: readonly C[], fallback: C): C {
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) throw usageError(cli.m.usage.badChoice(name, value, choices), command);
  return value as C;
}

/** A whole number from 1 to `max`, or undefined when absent. */
export function countOption(cli: Cli, command: string, name: string, value: string | undefined, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > max) throw usageError(cli.m.usage.badCount(name, value, max), command);
  return n;
}
