/// <reference types="node" />
/**
 * Reading a data folder (or a centre document) into a `Centre`, with every problem located in its
 * file: shape problems and reference problems (unknown child, duplicate id, a date before the
 * birth) in one run, and never more than {@link PROBLEM_CAP} problems kept per file, so a junk
 * journal of 200 000 bad lines is judged in about a second and flat memory, with a count of the
 * rest.
 *
 * @module
 */
import { join } from "node:path";
import type { Issue, IssueCode, IssueDetail } from "../errors/index.js";
import { isExactObservation } from "../io/fast-observation.js";
import { issuesFromZod } from "../io/issues.js";
import { type JsonSyntaxError, parseJson } from "../io/json.js";
import { type Centre, CentreSchema, ChildSchema, ObservationSchema, checkCentre, safeParseCentre } from "../index.js";
import { type CalendarDate, isCalendarDate } from "../time/index.js";
import { type Cli, CliError } from "./context.js";
import { readJournalText } from "./folder-store.js";
import { DATA_FILES, reasonOf, type Source, sourceOf } from "./io.js";
import { wordIssue } from "./messages.js";
import { readDataText } from "./read-text.js";
import { terminalSafe } from "./safe-text.js";

/** Problems kept (and shown) per file; past it, each further line with a problem is only counted. */
export const PROBLEM_CAP = 20;

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
      /** The problem as a key and values, worded in the CLI's language when present. */
      readonly detail?: IssueDetail;
    };

/** What reading the data found. */
export interface Inspection {
  readonly source: Source;
  /** The centre, when the data is valid (problems about `asOf` do not prevent it). */
  readonly centre: Centre | undefined;
  /** The problems kept: at most {@link PROBLEM_CAP} per file, in file order, then line order. */
  readonly problems: readonly Problem[];
  /** Per file, how many more problems there were past the cap (each further bad line counts once). */
  readonly omitted: ReadonlyMap<string, number>;
  /** Notices about how files were read (a file decoded from Windows-1252 or UTF-16). */
  readonly notices: readonly string[];
}

/** Keeps the first {@link PROBLEM_CAP} problems of each file (by line, then order found) and counts the rest. */
class ProblemSink {
  readonly #kept = new Map<string, { problem: Problem; line: number; seq: number }[]>();
  readonly #omitted = new Map<string, number>();
  #seq = 0;

  add(problem: Problem): void {
    const list = this.#kept.get(problem.file) ?? [];
    if (list.length === 0) this.#kept.set(problem.file, list);
    list.push({ problem, line: lineOf(problem), seq: this.#seq++ });
    if (list.length > 2 * PROBLEM_CAP) this.#trim(problem.file, list);
  }

  /** Counts a problem past the cap without keeping it. */
  omit(file: string): void {
    this.#omitted.set(file, (this.#omitted.get(file) ?? 0) + 1);
  }

  /** Whether a problem at this line of the file would be dropped anyway (the cap is full with earlier lines). */
  full(file: string, line: number): boolean {
    const list = this.#kept.get(file);
    if (list === undefined || list.length < PROBLEM_CAP) return false;
    this.#trim(file, list);
    return list[list.length - 1]!.line < line;
  }

  #trim(file: string, list: { problem: Problem; line: number; seq: number }[]): void {
    list.sort((a, b) => a.line - b.line || a.seq - b.seq);
    const dropped = list.length - PROBLEM_CAP;
    if (dropped <= 0) return;
    list.length = PROBLEM_CAP;
    this.#omitted.set(file, (this.#omitted.get(file) ?? 0) + dropped);
  }

  get empty(): boolean {
    return this.#kept.size === 0 && this.#omitted.size === 0;
  }

  /** Every kept problem, files in the given order (others after), then by line. */
  result(order: readonly string[]): { problems: Problem[]; omitted: Map<string, number> } {
    const files = [...this.#kept.keys()].sort((a, b) => rank(order, a) - rank(order, b));
    const problems: Problem[] = [];
    for (const file of files) {
      const list = this.#kept.get(file)!;
      this.#trim(file, list);
      for (const k of list) problems.push(k.problem);
    }
    return { problems, omitted: new Map(this.#omitted) };
  }
}

function rank(order: readonly string[], file: string): number {
  const i = order.indexOf(file);
  return i < 0 ? order.length : i;
}

function lineOf(p: Problem): number {
  return p.kind === "json" ? p.error.line : (p.line ?? 0);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

const KINDS = new Set(["assessment", "lesson", "anecdote", "evidence", "growth", "screening", "retraction", "correction"]);

/**
 * Whether a parsed journal line certainly fails `ObservationSchema` (a cheap look at the fields
 * every entry has). False means "maybe valid": the schema must decide.
 */
function certainlyInvalid(value: unknown): boolean {
  if (!isPlainObject(value)) return true;
  return typeof value.id !== "string" || typeof value.kind !== "string" || !KINDS.has(value.kind) || !isCalendarDate(value.date);
}

/** Whether a journal line is a problem, decided as cheaply as possible (used past the cap). */
function lineIsBad(raw: string): { bad: true } | { bad: false; value: unknown } {
  const t = raw.trim();
  // Not an object, whatever else it is: no need to parse it.
  if (!t.startsWith("{") || !t.endsWith("}")) return { bad: true };
  let value: unknown;
  try {
    value = JSON.parse(t);
  } catch {
    return { bad: true };
  }
  if (isExactObservation(value)) return { bad: false, value };
  if (certainlyInvalid(value) || !ObservationSchema.safeParse(value).success) return { bad: true };
  return { bad: false, value };
}

/** Where an issue of the assembled centre lies in the folder's files. */
function locate(issue: Issue, dir: string, lines: readonly number[], childIndex: readonly number[]): Problem {
  const at = (file: string, path: string, line?: number): Problem => ({
    kind: "issue",
    file: join(dir, file),
    ...(line === undefined ? {} : { line }),
    path,
    message: issue.message,
    code: issue.code,
    ...(issue.detail === undefined ? {} : { detail: issue.detail }),
  });
  const entry = /^journal\.entries\[(\d+)\]\.?(.*)$/.exec(issue.path);
  if (issue.path === "journal.erased" || issue.path.startsWith("journal.erased[")) return at(DATA_FILES.erased, issue.path.slice("journal.erased".length));
  if (entry) return at(DATA_FILES.journal, entry[2]!, lines[Number(entry[1])]);
  if (issue.path === "journal" || issue.path.startsWith("journal.")) return at(DATA_FILES.journal, "");
  const child = /^children\[(\d+)\](.*)$/.exec(issue.path);
  if (child) return at(DATA_FILES.roster, `[${childIndex[Number(child[1])] ?? Number(child[1])}]${child[2]!}`);
  for (const [key, file] of [["children", DATA_FILES.roster], ["inventory", DATA_FILES.inventory]] as const) {
    if (issue.path === key) return at(file, "");
    if (issue.path.startsWith(`${key}[`)) return at(file, issue.path.slice(key.length));
  }
  return at(DATA_FILES.settings, issue.path);
}

/**
 * Validates an assembled centre value whose journal entries (and children) each have the right
 * shape already: the document's shape, then the integrity checks (and the future-date check with
 * `asOf`). With `shapeOnly` (a file could not be read at all) only the shape.
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
  const sink = new ProblemSink();
  const notices: string[] = [];
  let broken = false;
  const read = async (name: string): Promise<string | undefined> => {
    const found = await readDataText(cli, join(dir, name));
    if (found?.notice !== undefined) notices.push(found.notice);
    return found?.text;
  };
  const readJson = async (name: string, required: boolean, fallback: unknown): Promise<unknown> => {
    const file = join(dir, name);
    const text = await read(name);
    if (text === undefined) {
      if (!required) return fallback;
      sink.add({ kind: "issue", file, path: "", message: cli.m.data.fileMissing, code: "missing" });
      broken = true;
      return fallback;
    }
    const parsed = parseJson(text);
    if (parsed.ok) return parsed.value;
    sink.add({ kind: "json", file, error: parsed.error });
    broken = true;
    return fallback;
  };

  const settingsFile = join(dir, DATA_FILES.settings);
  const settingsText = await read(DATA_FILES.settings);
  if (settingsText === undefined) throw new CliError(cli.m.data.notDataFolder(dir), 1);
  const settingsParsed = parseJson(settingsText);
  let settings: Record<string, unknown> = {};
  if (!settingsParsed.ok) {
    sink.add({ kind: "json", file: settingsFile, error: settingsParsed.error });
    broken = true;
  } else if (!isPlainObject(settingsParsed.value)) {
    sink.add({ kind: "issue", file: settingsFile, path: "", message: cli.m.data.notAnObject, code: "invalid_type" });
    broken = true;
  } else {
    settings = { ...settingsParsed.value };
    for (const [key, file] of [["children", DATA_FILES.roster], ["inventory", DATA_FILES.inventory], ["journal", DATA_FILES.journal]] as const) {
      if (Object.hasOwn(settings, key)) {
        sink.add({ kind: "issue", file: settingsFile, path: key, message: cli.m.data.belongsElsewhere(key, file), code: "unrecognized_key" });
        delete settings[key];
      }
    }
  }

  // Children one by one: a child with a bad shape is reported and left out, so the references
  // of the others (and of the journal) are still checked in the same run.
  const rosterFile = join(dir, DATA_FILES.roster);
  const rawChildren = await readJson(DATA_FILES.roster, true, []);
  let children: unknown = rawChildren;
  const childIndex: number[] = [];
  const badChildIds = new Set<string>();
  if (Array.isArray(rawChildren)) {
    const kept: unknown[] = [];
    rawChildren.forEach((child: unknown, i) => {
      const parsed = ChildSchema.safeParse(child, { reportInput: true });
      if (parsed.success) {
        kept.push(child);
        childIndex.push(i);
        return;
      }
      if (isPlainObject(child) && typeof child.id === "string") badChildIds.add(child.id);
      for (const issue of issuesFromZod(parsed.error, ["children", i])) {
        sink.add({ kind: "issue", file: rosterFile, path: issue.path.slice("children".length), message: issue.message, code: issue.code });
      }
    });
    children = kept;
  }
  const inventory = await readJson(DATA_FILES.inventory, false, []);

  // Journal lines one by one, the same way; past the cap a bad line is only counted.
  const entries: unknown[] = [];
  const lines: number[] = [];
  const badEntryIds = new Set<string>();
  const journalFile = join(dir, DATA_FILES.journal);
  // Without the bytes of an unfinished append (being written, or cut off by a crash).
  const journalText =
    (await readJournalText(dir).catch((e: unknown) => {
      throw new CliError(cli.m.data.cannotRead(journalFile, reasonOf(cli, e)), 1);
    })) ?? "";
  let start = 0;
  for (let n = 1; start <= journalText.length; n++) {
    const end = journalText.indexOf("\n", start);
    const raw = journalText.slice(start, end < 0 ? journalText.length : end).replace(/\r$/, "");
    start = end < 0 ? journalText.length + 1 : end + 1;
    if (raw.trim() === "") continue; // trim() also drops a byte-order mark
    if (sink.full(journalFile, n)) {
      const judged = lineIsBad(raw);
      if (judged.bad) sink.omit(journalFile);
      else {
        entries.push(judged.value);
        lines.push(n);
      }
      continue;
    }
    const parsed = parseJson(raw);
    if (!parsed.ok) {
      sink.add({ kind: "json", file: journalFile, error: { ...parsed.error, line: n } });
      continue;
    }
    if (!isExactObservation(parsed.value)) {
      const shape = ObservationSchema.safeParse(parsed.value, { reportInput: true });
      if (!shape.success) {
        const v = parsed.value;
        if (isPlainObject(v) && typeof v.id === "string") badEntryIds.add(v.id);
        for (const issue of issuesFromZod(shape.error)) sink.add({ kind: "issue", file: journalFile, line: n, path: issue.path, message: issue.message, code: issue.code });
        continue;
      }
    }
    entries.push(parsed.value);
    lines.push(n);
  }

  // Entries about a child left out above, or correcting an entry left out, would only repeat
  // that problem as an "unknown reference": they are left out of the reference checks.
  const keptEntries: unknown[] = [];
  const keptLines: number[] = [];
  entries.forEach((e, i) => {
    const o = e as { child?: unknown; target?: unknown };
    if ((typeof o.child === "string" && badChildIds.has(o.child)) || (typeof o.target === "string" && badEntryIds.has(o.target))) return;
    keptEntries.push(e);
    keptLines.push(lines[i]!);
  });

  const erased = await readJson(DATA_FILES.erased, false, undefined);
  const value = { ...settings, children, inventory, journal: { schemaVersion: 1, entries: keptEntries, ...(erased === undefined ? {} : { erased }) } };
  const { centre, issues } = judge(value, { asOf, shapeOnly: broken });
  for (const issue of issues) sink.add(locate(issue, dir, keptLines, childIndex));
  const { problems, omitted } = sink.result(Object.values(DATA_FILES).map((f) => join(dir, f)));
  return { source, centre: usable(problems, omitted) ? centre : undefined, problems, omitted, notices };
}

/** Whether data with these problems can be used: only future dates (`--as-of`) are allowed. */
function usable(problems: readonly Problem[], omitted: ReadonlyMap<string, number>): boolean {
  return omitted.size === 0 && problems.every((p) => p.kind === "issue" && p.code === "after_as_of");
}

async function inspectFile(cli: Cli, path: string, asOf: CalendarDate | undefined): Promise<Inspection> {
  const source: Source = { kind: "file", path };
  const found = await readDataText(cli, path);
  const notices = found?.notice === undefined ? [] : [found.notice];
  const parsed = parseJson(found?.text ?? "");
  const sink = new ProblemSink();
  if (!parsed.ok) {
    sink.add({ kind: "json", file: path, error: parsed.error });
    return { source, centre: undefined, ...sink.result([path]), notices };
  }
  const { centre, issues } = judge(parsed.value, { asOf, shapeOnly: false });
  for (const i of issues) sink.add({ kind: "issue", file: path, path: i.path, message: i.message, code: i.code });
  const { problems, omitted } = sink.result([path]);
  return { source, centre: usable(problems, omitted) ? centre : undefined, problems, omitted, notices };
}

/**
 * Reads a data folder or a centre document and lists its problems, each located in its file (at
 * most {@link PROBLEM_CAP} per file, with a count of the rest).
 *
 * @param asOf - also report observations dated after this day
 * @throws {@link CliError} (exit 1) when the path does not exist or is not a data folder
 */
export async function inspectData(cli: Cli, path: string, asOf?: CalendarDate): Promise<Inspection> {
  const source = await sourceOf(cli, path);
  return source.kind === "folder" ? inspectFolder(cli, source.path, asOf) : inspectFile(cli, source.path, asOf);
}

/** How many problems an inspection found: those kept plus those only counted. */
export function problemCount(found: Inspection): number {
  let n = found.problems.length;
  for (const more of found.omitted.values()) n += more;
  return n;
}

/** The lines that say how many problems of each file were counted but not shown. */
export function omittedLines(cli: Cli, found: Inspection): string[] {
  return [...found.omitted].map(([file, count]) => cli.m.data.moreInFile(count, terminalSafe(file), PROBLEM_CAP));
}

/**
 * Reads valid data, or fails with its problems (the first 20) and a pointer to `tumbuh validate`.
 *
 * @throws {@link CliError} (exit 1)
 */
export async function loadCentre(cli: Cli, path: string): Promise<{ centre: Centre; source: Source }> {
  const found = await inspectData(cli, path);
  for (const notice of found.notices) cli.warn(notice);
  if (found.centre === undefined || found.problems.length > 0 || found.omitted.size > 0) {
    const shown = found.problems.slice(0, PROBLEM_CAP).flatMap((p) => formatProblem(cli, p));
    const total = problemCount(found);
    if (total > PROBLEM_CAP) shown.push(cli.m.data.more(total - Math.min(PROBLEM_CAP, found.problems.length)));
    throw new CliError(cli.m.data.invalid(total, path), 1, shown);
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
  return [`${where}: ${problem.path === "" ? "" : `${problem.path}: `}${wordIssue(cli.m, problem)} [${problem.code}]`];
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
