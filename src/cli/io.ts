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
import { type Issue, type IssueCode, ValidationError } from "../errors/index.js";
import { issuesFromZod } from "../io/issues.js";
import { type Centre, CentreSchema, canonicalJson, checkCentre, safeParseCentre, serializeCentre } from "../index.js";
import type { CalendarDate } from "../time/index.js";
import { type Cli, CliError } from "./context.js";
import { type JsonSyntaxError, parseJson } from "../io/json.js";

/** The files of a data folder, in the order they are written. */
export const DATA_FILES = {
  settings: "settings.json",
  roster: "roster.json",
  inventory: "inventory.json",
  journal: "journal.jsonl",
} as const;

/** Where the data lives: a data folder or a single centre document. */
export type Source = { readonly kind: "folder"; readonly path: string } | { readonly kind: "file"; readonly path: string };

/** A problem in the data, located in its file. */
export type Problem =
  | { readonly kind: "json"; readonly file: string; readonly error: JsonSyntaxError }
  | {
      readonly kind: "issue";
      readonly file: string;
      /** The line, for journal entries (one per line). */
      readonly line?: number;
      /** The JSON path inside the file (or inside the line), empty for the whole file or line. */
      readonly path: string;
      readonly message: string;
      readonly code: IssueCode;
    };

/** What reading the data found. */
export interface Inspection {
  readonly source: Source;
  /** The centre, when the data is valid (problems about `asOf` do not prevent it). */
  readonly centre: Centre | undefined;
  readonly problems: readonly Problem[];
}

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

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Where an issue of the assembled centre lies in the folder's files. */
function locate(issue: Issue, dir: string, lines: readonly number[]): Problem {
  const at = (file: string, path: string, line?: number): Problem => ({
    kind: "issue",
    file: join(dir, file),
    ...(line === undefined ? {} : { line }),
    path,
    message: issue.message,
    code: issue.code,
  });
  const entry = /^journal\.entries\[(\d+)\]\.?(.*)$/.exec(issue.path);
  if (entry) return at(DATA_FILES.journal, entry[2]!, lines[Number(entry[1])]);
  if (issue.path === "journal" || issue.path.startsWith("journal.")) return at(DATA_FILES.journal, "");
  for (const [key, file] of [["children", DATA_FILES.roster], ["inventory", DATA_FILES.inventory]] as const) {
    if (issue.path === key) return at(file, "");
    if (issue.path.startsWith(`${key}[`)) return at(file, issue.path.slice(key.length));
  }
  return at(DATA_FILES.settings, issue.path);
}

/**
 * Validates an assembled centre value: shape first; the integrity checks (and the future-date
 * check with `asOf`) only when the shape is right, since unknown references mean nothing in a
 * document that could not be read.
 */
function judge(value: unknown, options: { readonly asOf?: CalendarDate | undefined; readonly shapeOnly: boolean }): { centre?: Centre; issues: readonly Issue[] } {
  if (options.shapeOnly) {
    const shape = CentreSchema.safeParse(value, { reportInput: true });
    return { issues: shape.success ? [] : issuesFromZod(shape.error) };
  }
  const result = safeParseCentre(value);
  const asOf = options.asOf === undefined ? {} : { asOf: options.asOf };
  if (result.success) return { centre: result.data, issues: options.asOf === undefined ? [] : checkCentre(result.data, asOf) };
  // parseCentre checks integrity without a date; with one, the same check also reports the future.
  const shape = options.asOf === undefined ? undefined : CentreSchema.safeParse(value);
  return { issues: shape?.success ? checkCentre(shape.data as Centre, asOf) : result.error.issues };
}

async function inspectFolder(cli: Cli, dir: string, asOf: CalendarDate | undefined): Promise<Inspection> {
  const source: Source = { kind: "folder", path: dir };
  const problems: Problem[] = [];
  let broken = false;
  const readJson = async (name: string, required: boolean, fallback: unknown): Promise<unknown> => {
    const file = join(dir, name);
    const text = await readText(cli, file);
    if (text === undefined) {
      if (!required) return fallback;
      problems.push({ kind: "issue", file, path: "", message: cli.m.data.fileMissing, code: "missing" });
      broken = true;
      return fallback;
    }
    const parsed = parseJson(text);
    if (parsed.ok) return parsed.value;
    problems.push({ kind: "json", file, error: parsed.error });
    broken = true;
    return fallback;
  };

  const settingsText = await readText(cli, join(dir, DATA_FILES.settings));
  if (settingsText === undefined) throw new CliError(cli.m.data.notDataFolder(dir), 1);
  const settingsParsed = parseJson(settingsText);
  let settings: Record<string, unknown> = {};
  if (!settingsParsed.ok) {
    problems.push({ kind: "json", file: join(dir, DATA_FILES.settings), error: settingsParsed.error });
    broken = true;
  } else if (!isPlainObject(settingsParsed.value)) {
    problems.push({ kind: "issue", file: join(dir, DATA_FILES.settings), path: "", message: cli.m.data.notAnObject, code: "invalid_type" });
    broken = true;
  } else {
    settings = { ...settingsParsed.value };
    for (const [key, file] of [["children", DATA_FILES.roster], ["inventory", DATA_FILES.inventory], ["journal", DATA_FILES.journal]] as const) {
      if (Object.hasOwn(settings, key)) {
        problems.push({ kind: "issue", file: join(dir, DATA_FILES.settings), path: key, message: cli.m.data.belongsElsewhere(key, file), code: "unrecognized_key" });
        delete settings[key];
      }
    }
  }
  const children = await readJson(DATA_FILES.roster, true, []);
  const inventory = await readJson(DATA_FILES.inventory, false, []);

  const entries: unknown[] = [];
  const lines: number[] = [];
  const journalFile = join(dir, DATA_FILES.journal);
  ((await readText(cli, journalFile)) ?? "").split("\n").forEach((raw, i) => {
    if (raw.trim() === "") return; // trim() also drops a byte-order mark
    const parsed = parseJson(raw.replace(/\r$/, ""));
    if (parsed.ok) {
      entries.push(parsed.value);
      lines.push(i + 1);
    } else {
      problems.push({ kind: "json", file: journalFile, error: { ...parsed.error, line: i + 1 } });
      broken = true;
    }
  });

  const value = { ...settings, children, inventory, journal: { schemaVersion: 1, entries } };
  const { centre, issues } = judge(value, { asOf, shapeOnly: broken });
  for (const issue of issues) problems.push(locate(issue, dir, lines));
  const order = Object.values(DATA_FILES).map((f) => join(dir, f));
  const lineOf = (p: Problem) => (p.kind === "json" ? p.error.line : (p.line ?? 0));
  // Stable sort: file order, then line (journal), then the order the checks found them.
  problems.sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file) || lineOf(a) - lineOf(b));
  return { source, centre: usable(problems) ? centre : undefined, problems };
}

/** Whether data with these problems can be used: only future dates (`--as-of`) are allowed. */
function usable(problems: readonly Problem[]): boolean {
  return problems.every((p) => p.kind === "issue" && p.code === "after_as_of");
}

async function inspectFile(cli: Cli, path: string, asOf: CalendarDate | undefined): Promise<Inspection> {
  const source: Source = { kind: "file", path };
  const text = (await readText(cli, path)) ?? "";
  const parsed = parseJson(text);
  if (!parsed.ok) return { source, centre: undefined, problems: [{ kind: "json", file: path, error: parsed.error }] };
  const { centre, issues } = judge(parsed.value, { asOf, shapeOnly: false });
  const problems = issues.map((i): Problem => ({ kind: "issue", file: path, path: i.path, message: i.message, code: i.code }));
  return { source, centre: usable(problems) ? centre : undefined, problems };
}

/**
 * Reads a data folder or a centre document and lists every problem, each located in its file.
 *
 * @param asOf - also report observations dated after this day
 * @throws {@link CliError} (exit 1) when the path does not exist or is not a data folder
 */
export async function inspectData(cli: Cli, path: string, asOf?: CalendarDate): Promise<Inspection> {
  const source = await sourceOf(cli, path);
  return source.kind === "folder" ? inspectFolder(cli, source.path, asOf) : inspectFile(cli, source.path, asOf);
}

/**
 * Reads valid data, or fails with its problems (the first 20) and a pointer to `tumbuh validate`.
 *
 * @throws {@link CliError} (exit 1)
 */
export async function loadCentre(cli: Cli, path: string): Promise<{ centre: Centre; source: Source }> {
  const found = await inspectData(cli, path);
  if (found.centre === undefined || found.problems.length > 0) {
    const shown = found.problems.slice(0, 20).flatMap((p) => formatProblem(cli, p));
    if (found.problems.length > 20) shown.push(cli.m.data.more(found.problems.length - 20));
    throw new CliError(cli.m.data.invalid(found.problems.length, path), 1, shown);
  }
  return { centre: found.centre, source: found.source };
}

/** One problem as printed: `file: path: message [code]`, or `file:line:column: …` for JSON syntax. */
export function formatProblem(cli: Cli, problem: Problem): string[] {
  if (problem.kind === "json") {
    const e = problem.error;
    const head = `${problem.file}:${e.line}:${e.column}: ${cli.m.data.malformedJson(e.line, e.column)}: ${cli.m.json[e.kind](e.found, e.closer)} [invalid_json]`;
    return [head, ...snippet(e)];
  }
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return [`${where}: ${problem.path === "" ? "" : `${problem.path}: `}${problem.message} [${problem.code}]`];
}

/** The broken line with a caret under the column (long lines cut around it). */
function snippet(e: JsonSyntaxError): string[] {
  const width = 70;
  const start = Math.max(0, Math.min(e.column - 1 - width / 2, e.lineText.length - width));
  const text = e.lineText.slice(start, start + width).replace(/\t/g, " ");
  const gutter = String(e.line);
  return [`  ${gutter} | ${start > 0 ? "…" : ""}${text}`, `  ${" ".repeat(gutter.length)} | ${" ".repeat(e.column - 1 - start + (start > 0 ? 1 : 0))}^`];
}

/** The codes of the problems, each once, in order of first appearance. */
export function problemCodes(problems: readonly Problem[]): IssueCode[] {
  return [...new Set(problems.map((p) => (p.kind === "json" ? "invalid_json" : p.code)))];
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
  const { format, schemaVersion, settings, educators, groups, curriculum, educatorAttendance } = centre;
  const parts: [keyof typeof DATA_FILES, unknown][] = [
    // Educator attendance (for ratio checks) is staff data and lives with the educators.
    ["settings", { format, schemaVersion, settings, educators, groups, curriculum, ...(educatorAttendance === undefined ? {} : { educatorAttendance }) }],
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
