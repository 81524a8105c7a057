/// <reference types="node" />
/**
 * The data folder: reading it into a `Centre` with every problem located in its file, and
 * writing it back atomically.
 *
 * ```
 * data/
 *   settings.json   { format, schemaVersion, settings, educators, groups, curriculum }
 *   roster.json     [ child, … ]             (required; [] when there are no children yet)
 *   inventory.json  [ { material, copies } ] (optional)
 *   journal.jsonl   one observation per line (optional; append-only, so git diffs stay small)
 * ```
 *
 * The folder is one centre document split by who edits what: settings and the roster by hand,
 * the journal only through tumbuh. Together they are exactly what `parseCentre` reads, so the
 * folder and a single `centre.json` are validated by the same rules.
 *
 * @module
 */
import { mkdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ValidationError } from "../errors/index.js";
import { type Centre, canonicalJson, serializeCentre } from "../index.js";
import { type Cli, CliError } from "./context.js";
import { parseJson } from "../io/json.js";

/** The files of a data folder, in the order they are written. */
export const DATA_FILES = {
  settings: "settings.json",
  roster: "roster.json",
  inventory: "inventory.json",
  journal: "journal.jsonl",
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

/** Writes a file atomically: to a temporary file beside it, then renamed over it. */
export async function writeAtomic(cli: Cli, path: string, text: string): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    await writeFile(tmp, text, "utf8");
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
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

/**
 * Saves a centre where it was read from. A file is written only when its data changed (a
 * hand-written `settings.json` keeps its layout when an import adds children), and new journal
 * entries are appended after the existing lines, which stay as they are; so a git diff shows
 * exactly what was added. Files are written settings and roster first, the journal last, so a
 * journal never names a child the roster lacks, even if the machine stops in between.
 *
 * @returns the files written
 */
export async function saveCentre(cli: Cli, source: Source, centre: Centre): Promise<string[]> {
  if (source.kind === "file") {
    const text = `${serializeCentre(centre, { indent: 1 })}\n`;
    if ((await readText(cli, source.path)) === text) return [];
    await writeAtomic(cli, source.path, text);
    return [source.path];
  }
  const { format, schemaVersion, settings, educators, groups, curriculum } = centre;
  const parts: [keyof typeof DATA_FILES, unknown][] = [
    ["settings", { format, schemaVersion, settings, educators, groups, curriculum }],
    ["roster", centre.children],
    ["inventory", centre.inventory],
  ];
  const written: string[] = [];
  for (const [key, value] of parts) {
    const path = join(source.path, DATA_FILES[key]);
    const old = await readText(cli, path);
    const parsed = old === undefined ? undefined : parseJson(old);
    if (parsed?.ok && canonicalJson(parsed.value) === canonicalJson(value)) continue;
    await writeAtomic(cli, path, `${formatJson(value)}\n`);
    written.push(path);
  }
  const path = join(source.path, DATA_FILES.journal);
  const text = journalText(centre, await readText(cli, path));
  if (text !== undefined) {
    await writeAtomic(cli, path, text);
    written.push(path);
  }
  return written;
}

/**
 * The new text of `journal.jsonl`: the old lines kept and the new entries appended when the old
 * lines are the first entries of the journal (the usual case: the journal only grows), otherwise
 * one line per entry; undefined when the file exists and nothing changed.
 */
function journalText(centre: Centre, old: string | undefined): string | undefined {
  const entries = centre.journal.entries;
  if (old === undefined) return entries.map((e) => `${JSON.stringify(e)}\n`).join("");
  const lines = old.split("\n").filter((l) => l.trim() !== "");
  const kept =
    lines.length <= entries.length &&
    lines.every((line, i) => {
      const parsed = parseJson(line.replace(/\r$/, ""));
      return parsed.ok && canonicalJson(parsed.value) === canonicalJson(entries[i]);
    });
  if (!kept) return entries.map((e) => `${JSON.stringify(e)}\n`).join("");
  if (lines.length === entries.length) return undefined;
  const head = old === "" || old.endsWith("\n") ? old : `${old}\n`;
  return head + entries.slice(lines.length).map((e) => `${JSON.stringify(e)}\n`).join("");
}

/** Turns a library {@link ValidationError} into a CLI error listing its issues (exit 1). */
export function validationFailure(message: string, error: ValidationError): CliError {
  return new CliError(
    message,
    1,
    error.issues.map((i) => `${i.path === "" ? "" : `${i.path}: `}${i.message} [${i.code}]`),
  );
}
