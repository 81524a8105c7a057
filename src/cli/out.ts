/// <reference types="node" />
/**
 * Where `--out` may write. A report or a plan is written to a regular file (or, with `--out -`, to
 * standard output), never over a device, a FIFO, a socket or a folder (as root, writing "a file"
 * over `/dev/full` would replace the device), and never over the data it was made from
 * (`--out lembaga/roster.json` would replace the roster with a report).
 *
 * @module
 */
import { lstat, realpath, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { type Cli, CliError } from "./context.js";
import { DATA_FILES, type Source } from "./io.js";
import { terminalSafe } from "./safe-text.js";

/** `--out -`: standard output. */
export const STDOUT = "-";

/** What kind of thing is at a path, in the words of a message (undefined when nothing is there). */
async function kindAt(path: string): Promise<"file" | "folder" | "device" | "fifo" | "socket" | "other" | undefined> {
  const s = await stat(path).catch(() => undefined);
  if (s === undefined) {
    // A dangling link: writing through it would create its target somewhere unexpected.
    const l = await lstat(path).catch(() => undefined);
    return l === undefined ? undefined : "other";
  }
  if (s.isFile()) return "file";
  if (s.isDirectory()) return "folder";
  if (s.isCharacterDevice() || s.isBlockDevice()) return "device";
  if (s.isFIFO()) return "fifo";
  if (s.isSocket()) return "socket";
  return "other";
}

/** The real path a file would have: its own when it exists, else its folder's real path and its name. */
async function realTarget(path: string): Promise<string> {
  const direct = await realpath(path).catch(() => undefined);
  if (direct !== undefined) return direct;
  const parent = await realpath(dirname(path)).catch(() => resolve(dirname(path)));
  return join(parent, basename(path));
}

/** The files that hold the data: the data folder's files, or the centre document itself. */
async function dataFiles(source: Source): Promise<Set<string>> {
  const files = source.kind === "file" ? [source.path] : Object.values(DATA_FILES).map((f) => join(source.path, f));
  return new Set(await Promise.all(files.map(realTarget)));
}

/** Checks the targets of `--out`: each must be (or become) a regular file that is not the data's own. */
export class OutputGuard {
  readonly #cli: Cli;
  readonly #data: Promise<Set<string>>;

  constructor(cli: Cli, source: Source) {
    this.#cli = cli;
    this.#data = dataFiles(source);
  }

  /**
   * Refuses a target that is not a regular file (when it exists) or that is one of the data's files.
   *
   * @throws {@link CliError} (exit 1)
   */
  async check(target: string): Promise<void> {
    const m = this.#cli.m.out;
    const kind = await kindAt(target);
    if (kind !== undefined && kind !== "file") throw new CliError(m.notRegular(terminalSafe(target), m.kinds[kind]), 1);
    if ((await this.#data).has(await realTarget(target))) throw new CliError(m.dataFile(terminalSafe(target)), 1);
  }
}

/**
 * The key two file names collide under on a file system that ignores case (Windows, macOS):
 * `C-001.html` and `c-001.html` are one file there.
 */
export function caseFoldKey(name: string): string {
  return name.normalize("NFC").toLowerCase();
}
