/// <reference types="node" />
/**
 * `tumbuh report`: the rapor of one child, or of every child with an index page.
 *
 * @module
 */
import { stat } from "node:fs/promises";
import { dirname, extname, join } from "node:path";
import {
  type Centre,
  type Child,
  type ProgressReport,
  ValidationError,
  escapeHtml,
  escapeMarkdown,
  formatDate,
  progressReport,
  renderReportHtml,
  renderReportJson,
  renderReportMarkdown,
  semesterOf,
} from "../index.js";
import { htmlPage } from "../render/html.js";
import type { CalendarDate, Locale } from "../time/index.js";
import { choiceOption, dateOption, onePositional, parseCommand, required } from "./args.js";
import { type Cli, CliError, usageError } from "./context.js";
import { loadCentre } from "./inspect.js";
import { OutputGuard, STDOUT, caseFoldKey } from "./out.js";
import { DATA_FILES, ensureFolder, writeAtomic } from "./io.js";
import { progressBar } from "./progress.js";
import { wordIssue } from "./messages.js";
import { terminalSafe } from "./safe-text.js";

/** Output formats of reports and plans, with their file extensions. */
export const FORMATS = ["html", "md", "json"] as const;
/** An output format. */
export type Format = (typeof FORMATS)[number];

/** The format asked for, else the one the `--out` file's extension names, else HTML. */
export function formatOf(cli: Cli, command: string, value: string | undefined, out: string | undefined): Format {
  const fromExtension = out === undefined ? undefined : extname(out).slice(1).toLowerCase();
  const guess = (FORMATS as readonly string[]).includes(fromExtension ?? "") ? (fromExtension as Format) : fromExtension === "markdown" ? "md" : "html";
  return choiceOption(cli, command, "--format", value, FORMATS, guess);
}

/** A file name made from an id (ids may hold `:`, which some file systems refuse). */
export function fileNameOf(id: string, format: Format): string {
  return `${id.replace(/[^A-Za-z0-9._+-]/g, "_")}.${format}`;
}

/** Whether `--out` names a folder: an existing one, or a path ending in a slash. */
async function isFolder(path: string): Promise<boolean> {
  if (/[\\/]$/.test(path)) return true;
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/** Writes text to `--out` (creating its folder) or, without `--out`, to stdout. */
export async function emit(cli: Cli, out: string | undefined, text: string): Promise<void> {
  if (out === undefined) {
    // A report or plan shown on the screen holds children's names: none may drive the terminal.
    const safe = terminalSafe(text);
    process.stdout.write(safe.endsWith("\n") ? safe : `${safe}\n`);
    return;
  }
  await ensureFolder(cli, dirname(out));
  await writeAtomic(cli, out, text);
}

function render(report: ProgressReport, format: Format): string {
  switch (format) {
    case "html":
      return renderReportHtml(report);
    case "md":
      return renderReportMarkdown(report);
    case "json":
      return renderReportJson(report);
    default:
      return format satisfies never;
  }
}

interface Written {
  readonly child: Child;
  readonly group: string;
  readonly file: string;
}

function indexPage(cli: Cli, centre: Centre, written: readonly Written[], format: Format, asOf: CalendarDate, locale: Locale): string {
  const period = semesterOf(centre.settings, asOf);
  const periodName = locale === "en" ? (period.name.en ?? period.name.id) : period.name.id;
  const m = cli.m.report;
  const title = m.indexTitle(centre.settings.name);
  const intro = m.indexIntro(periodName, formatDate(asOf, locale));
  const c = m.indexColumns;
  if (format === "json") {
    const reports = written.map((w) => ({ child: w.child.id, name: w.child.name, group: w.child.group, file: w.file }));
    return `${JSON.stringify({ centre: centre.settings.name, period: { from: period.from, to: period.to, name: periodName }, asOf, reports }, null, 2)}\n`;
  }
  if (format === "md") {
    const e = escapeMarkdown;
    const rows = written.map((w) => `| ${e(w.child.id)} | ${e(w.child.name)} | ${e(w.group)} | [${e(w.file)}](${encodeURI(w.file)}) |`);
    return [`# ${e(title)}`, "", e(intro), "", `| ${c.child} | ${c.name} | ${c.group} | ${c.file} |`, "|---|---|---|---|", ...rows, ""].join("\n");
  }
  const h = escapeHtml;
  const rows = written.map(
    (w) => `<tr><td>${h(w.child.id)}</td><td>${h(w.child.name)}</td><td>${h(w.group)}</td><td><a href="${h(encodeURI(w.file))}">${h(w.file)}</a></td></tr>`,
  );
  const body = `<h1>${h(title)}</h1>
<p>${h(intro)}</p>
<table>
<thead><tr><th>${h(c.child)}</th><th>${h(c.name)}</th><th>${h(c.group)}</th><th>${h(c.file)}</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>`;
  return htmlPage({ lang: locale, title, body });
}

/** Runs `tumbuh report`. */
export async function reportCommand(cli: Cli, args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommand(cli, "report", args, {
    child: { type: "string" },
    all: { type: "boolean" },
    group: { type: "string" },
    "as-of": { type: "string" },
    audience: { type: "string" },
    framework: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
    progress: { type: "boolean" },
  });
  const path = onePositional(cli, "report", positionals, cli.m.report.what);
  if (values.child !== undefined && values.all) throw usageError(cli.m.usage.conflicting("--child", "--all"), "report");
  if (values.child === undefined && !values.all) throw usageError(cli.m.usage.oneOf("--child <id>", "--all"), "report");
  if (values.group !== undefined && !values.all) throw usageError(cli.m.usage.conflicting("--group", "--child"), "report");
  const asOf = dateOption(cli, "report", "--as-of", required(cli, "report", "--as-of", values["as-of"]))!;
  const audience = choiceOption(cli, "report", "--audience", values.audience, ["staff", "family"], "staff");
  const framework = choiceOption(cli, "report", "--framework", values.framework, ["stppa2014", "merdeka-cp"], "stppa2014");
  if (values.all && values.out === STDOUT) throw usageError(cli.m.out.dashNotHere("report --all"), "report");
  const out = values.out === STDOUT ? undefined : values.out;
  if (values.all && out === undefined) throw usageError(cli.m.report.outForAll, "report");
  const format = formatOf(cli, "report", values.format, values.all ? undefined : out);

  const { centre, source } = await loadCentre(cli, path);
  const guard = new OutputGuard(cli, source);
  const locale: Locale = values.lang === undefined ? centre.settings.defaultLocale : cli.lang;
  const groupName = (id: string) => centre.groups.find((g) => g.id === id)?.name ?? id;
  const make = (child: Child) => render(progressReport(centre, child.id, { asOf, locale, audience, framework }), format);

  if (values.child !== undefined) {
    const child = centre.children.find((c) => c.id === values.child);
    const roster = source.kind === "folder" ? join(source.path, DATA_FILES.roster) : source.path;
    if (child === undefined) throw new CliError(cli.m.report.unknownChild(values.child, roster), 1);
    let text: string;
    try {
      text = make(child);
    } catch (e) {
      if (e instanceof ValidationError) throw new CliError(cli.m.report.failed(child.id, e.issues.map((i) => wordIssue(cli.m, i)).join("; ")), 1);
      throw e;
    }
    const target = out !== undefined && (await isFolder(out)) ? join(out, fileNameOf(child.id, format)) : out;
    if (target !== undefined) await guard.check(target);
    await emit(cli, target, text);
    if (target !== undefined) cli.print(cli.m.report.written(target, child.name));
    return 0;
  }

  const dir = out!;
  if (values.group !== undefined && !centre.groups.some((g) => g.id === values.group)) throw new CliError(cli.m.report.unknownGroup(values.group), 1);
  const period = semesterOf(centre.settings, asOf);
  const inGroup = centre.children.filter((c) => values.group === undefined || c.group === values.group);
  const eligible = inGroup.filter((c) => c.birthDate <= asOf && c.enrolledOn <= asOf && (c.leftOn === undefined || c.leftOn >= period.from));
  if (eligible.length === 0) throw new CliError(cli.m.report.noChildren, 1);
  await ensureFolder(cli, dir);

  const progress = progressBar({
    total: eligible.length,
    label: cli.m.progress.reports,
    stream: cli.stderr,
    mode: cli.stderrIsTTY ? "tty" : values.progress ? "lines" : "off",
  });
  const written: Written[] = [];
  const failures: string[] = [];
  const index = join(dir, `index.${format}`);
  await guard.check(index);
  // A child whose id is "index" must not overwrite the index page. Names are compared ignoring
  // case: on Windows and macOS `C-1.html` and `c-1.html` are the same file.
  const names = new Map<string, string>([[caseFoldKey(`index.${format}`), `index.${format}`]]);
  const clashes: string[] = [];
  try {
    for (const child of eligible) {
      progress.tick(child.id);
      const wanted = fileNameOf(child.id, format);
      let file = wanted;
      // Two ids that differ only in characters a file name cannot hold, or only in case, would share a file.
      for (let n = 2; names.has(caseFoldKey(file)); n++) file = fileNameOf(`${child.id}-${n}`, format);
      const earlier = names.get(caseFoldKey(wanted));
      if (earlier !== undefined && earlier !== wanted) clashes.push(cli.m.out.caseClash(earlier, wanted));
      names.set(caseFoldKey(file), file);
      try {
        await guard.check(join(dir, file));
        await writeAtomic(cli, join(dir, file), make(child));
        written.push({ child, group: groupName(child.group), file });
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e;
        failures.push(cli.m.report.failed(child.id, e.issues.map((i) => wordIssue(cli.m, i)).join("; ")));
      }
    }
  } finally {
    progress.done();
  }
  await writeAtomic(cli, index, indexPage(cli, centre, written, format, asOf, locale));
  cli.print(cli.m.report.allWritten(written.length, dir, index));
  for (const clash of clashes) cli.print(clash);
  if (inGroup.length > eligible.length) cli.print(cli.m.report.skipped(inGroup.length - eligible.length));
  if (failures.length === 0) return 0;
  for (const f of failures) cli.warn(`${cli.m.errorPrefix}: ${f}`);
  cli.warn(`${cli.m.errorPrefix}: ${cli.m.report.failedCount(failures.length)}`);
  return 1;
}
