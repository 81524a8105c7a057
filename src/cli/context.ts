/// <reference types="node" />
/**
 * What every command gets: the language, the messages, and where to print. The CLI is the only
 * part of tumbuh that prints; commands print through this context, never through `console`.
 *
 * @module
 */
import { type Lang, MESSAGES, type Messages } from "./messages.js";
import { terminalSafe } from "./safe-text.js";

/** The running CLI: language, messages, output streams. */
export interface Cli {
  readonly lang: Lang;
  readonly m: Messages;
  /** Prints a line (or several) on stdout, control and bidi characters shown as escapes. */
  readonly print: (text: string) => void;
  /** Prints a line (or several) on stderr, control and bidi characters shown as escapes. */
  readonly warn: (text: string) => void;
  readonly stderr: NodeJS.WriteStream;
  /** Whether stderr is a terminal (progress bars redraw in place there). */
  readonly stderrIsTTY: boolean;
}

/** Creates the context for a language, printing to the process's streams. */
export function createCli(lang: Lang): Cli {
  return {
    lang,
    m: MESSAGES[lang],
    // Names, headers and lines of broken files are printed: none may drive the terminal.
    print: (text) => void process.stdout.write(`${terminalSafe(text)}\n`),
    warn: (text) => void process.stderr.write(`${terminalSafe(text)}\n`),
    stderr: process.stderr,
    stderrIsTTY: process.stderr.isTTY === true,
  };
}

/**
 * A failure the CLI explains in one line (plus optional detail lines) and turns into an exit
 * code: 1 for bad input or problems in the data, 2 for a wrong command line.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
    readonly details: readonly string[] = [],
    /** For usage errors: the command whose help to point to. */
    readonly command?: string,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** A usage error (exit code 2) pointing to the command's help. */
export function usageError(message: string, command: string | undefined): CliError {
  return new CliError(message, 2, [], command);
}
