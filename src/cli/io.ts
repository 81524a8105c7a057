/// <reference types="node" />
/**
 * The data folder: reading it into a `Centre` with every problem located in its file, and
 * writing it back atomically.
 *
 * ```
 * data/
 *   settings.json   { format, schemaVersion, settings, educators, groups, curriculum, educatorAttendance? }
 *   roster.json     [ child, … ]             (required; [] when there are no children yet)
 *   inventory.json  [ { material, copies } ] (optional)
 *   journal.jsonl   one observation per line (optional; append-only, so git diffs stay small)
 *   erased.json     [ tombstone, … ]         (optional; the children erased, see `eraseChild`)
 * ```
 *
 * The folder is one centre document split by who edits what: settings and the roster by hand,
 * the journal only through tumbuh. Together they are exactly what `parseCentre` reads, so the
 * folder and a single `centre.json` are validated by the same rules.
 *
 * @module
 */
import { mkdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { ValidationError } from "../errors/index.js";
import { type Cli, CliError } from "./context.js";
import { installSignalCleanup, writeFileSafely } from "./safe-files.js";
import { storeMessages } from "./store-messages.js";

/** The files of a data folder, in the order they are written. */
export const DATA_FILES = {
  settings: "settings.json",
  roster: "roster.json",
  inventory: "inventory.json",
  journal: "journal.jsonl",
  erased: "erased.json",
} as const;

/** Where the data lives: a data folder or a single centre document. */
export type Source = { readonly kind: "folder"; readonly path: string } | { readonly kind: "file"; readonly path: string };

function errnoOf(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** Why a file operation failed, in words when the error code is a common one. */
export function reasonOf(cli: Cli, e: unknown): string {
  const code = errnoOf(e);
  return code === undefined ? String(e) : (cli.m.data.reasons[code] ?? code);
}

/** Reads a text file; undefined when it does not exist. */
async function readText(cli: Cli, path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (e) {
    if (errnoOf(e) === "ENOENT") return undefined;
    throw new CliError(cli.m.data.cannotRead(path, reasonOf(cli, e)), 1);
  }
}

/** Whether a path is a folder or a file. */
export async function sourceOf(cli: Cli, path: string): Promise<Source> {
  let kind: Source["kind"];
  try {
    const s = await stat(path);
    if (s.isDirectory()) kind = "folder";
    else if (s.isFile()) kind = "file";
    else throw new CliError(cli.m.data.notFileOrFolder(path), 1);
  } catch (e) {
    if (e instanceof CliError) throw e;
    if (errnoOf(e) === "ENOENT" || errnoOf(e) === "ENOTDIR") throw new CliError(cli.m.data.notFound(path), 1);
    throw new CliError(cli.m.data.cannotRead(path, reasonOf(cli, e)), 1);
  }
  return { kind, path };
}

/**
 * JSON for people: two-space indents, but any array or object that fits on one line of 100
 * characters stays on one line (`"workingWeekdays": [1, 2, 3, 4, 5]`), so a child's consent or a
 * group reads as one line in an editor and in a git diff.
 */
export function formatJson(value: unknown, indent = "", width = 100): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  const items: [string | undefined, unknown][] = Array.isArray(value)
    ? value.map((v: unknown) => [undefined, v ?? null])
    : Object.entries(value).filter(([, v]) => v !== undefined);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  if (items.length === 0) return `${open}${close}`;
  const key = (k: string | undefined) => (k === undefined ? "" : `${JSON.stringify(k)}: `);
  const flat = `${open}${items.map(([k, v]) => `${key(k)}${formatJson(v, "", Number.POSITIVE_INFINITY)}`).join(", ")}${close}`;
  if (indent.length + flat.length <= width) return flat;
  const inner = `${indent}  `;
  return `${open}\n${items.map(([k, v]) => `${inner}${key(k)}${formatJson(v, inner, width)}`).join(",\n")}\n${indent}${close}`;
}

/**
 * Writes a file atomically and durably: a temporary file with a random name beside it (opened
 * exclusively, with the file's mode), fsynced, renamed over it, and the folder fsynced.
 */
export async function writeAtomic(cli: Cli, path: string, text: string): Promise<void> {
  installSignalCleanup((signal) => cli.warn(storeMessages(cli.lang).interrupted(signal)));
  try {
    await writeFileSafely(path, text);
  } catch (e) {
    throw new CliError(cli.m.data.cannotWrite(path, reasonOf(cli, e)), 1);
  }
}

/** Creates a folder (and its parents) for output. */
export async function ensureFolder(cli: Cli, path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (e) {
    throw new CliError(cli.m.data.cannotWrite(path, reasonOf(cli, e)), 1);
  }
}

/** Turns a library {@link ValidationError} into a CLI error listing its issues (exit 1). */
export function validationFailure(message: string, error: ValidationError): CliError {
  return new CliError(
    message,
    1,
    error.issues.map((i) => `${i.path === "" ? "" : `${i.path}: `}${i.message} [${i.code}]`),
  );
}
