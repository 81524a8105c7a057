/**
 * Observations (catatan pengamatan) as CSV: one row per assessment, lesson, anecdote or growth
 * measurement.
 *
 * @module
 */
import { type ResolvedCurriculum, resolveCurriculum } from "../../curricula/resolve.js";
import { type Issue, ValidationError } from "../../errors/index.js";
import { effectiveObservations } from "../../journal/effective.js";
import { record as recordObservations } from "../../journal/record.js";
import { type BaseObservation, type Centre, type Observation, type ObservationInput, ObservationSchema } from "../../model/index.js";
import type { CalendarDate } from "../../time/index.js";
import { issuesFromZod } from "../issues.js";
import { cellText, escapeFormula, show } from "./cells.js";
import { MEASUREMENT_COLUMNS, OBSERVATION_COLUMNS, type ObservationField, headerOf } from "./columns.js";
import { fnv1a64 } from "./hash.js";
import { RefIndex, cellOf, extraCellProblems, fieldOfPath, issuesToProblems, keyOf } from "./importing.js";
import { CSV_KINDS, type CsvKind, type CsvObservation, type RowContext, type RowValues, observationCells, observationInput, readObservationRow } from "./observation-row.js";
import { type ColumnSpec, type CsvRecord, mapColumns, problem, readTable, writeTable } from "./table.js";
import type { CsvExportOptions, CsvImportResult, CsvProblem, ObservationImportOptions } from "./types.js";

const FIELDS = new Set<string>(OBSERVATION_COLUMNS.map((s) => s.field));
/**
 * The fields hashed into the id of a row without one, in this order. Part of the format (documented
 * in docs/data-format.md): changing it would give rows already imported new ids, so never reorder.
 */
const CONTENT_FIELDS: readonly ObservationField[] = [
  "date",
  "child",
  "author",
  "kind",
  "indicator",
  "level",
  "context",
  "activity",
  "stage",
  "threePeriodStage",
  "variants",
  "text",
  "weightKg",
  "heightCm",
  "headCircumferenceCm",
  "note",
  "visibility",
];
/** Columns left out of a pseudonymous export: free text often names children. */
const FREE_TEXT = new Set<ObservationField>(["note", "context", "text"]);

function isCsvObservation(o: BaseObservation): o is CsvObservation {
  return (CSV_KINDS as readonly string[]).includes(o.kind);
}

function fieldFor(path: string): ObservationField | undefined {
  const f = fieldOfPath(path);
  const field = f === "indicators" ? "indicator" : f;
  return FIELDS.has(field) ? (field as ObservationField) : undefined;
}

/**
 * The id of a row that has none: `csv.` and the FNV-1a 64-bit hash (16 hex digits) of the JSON
 * array of the row's values in `CONTENT_FIELDS` order (references resolved to ids, dates as
 * `YYYY-MM-DD`, empty cells as `null`), so the same row always gets the same id.
 */
function derivedId(row: RowValues): string {
  return `csv.${fnv1a64(contentKey(row))}`;
}

/**
 * The row's content as hashed and compared: the `CONTENT_FIELDS` values, then the measurement
 * position only when the row has one (added after the format was fixed, so that rows without it
 * keep the ids they always had).
 */
function contentKey(row: RowValues): string {
  const values = CONTENT_FIELDS.map((f) => row.values.get(f));
  const position = row.values.get("position");
  return keyOf(position === undefined ? values : [...values, position]);
}

/**
 * What `record` would reject in a row that has the right shape: a date before the child's birth,
 * an indicator or activity the centre's curriculum does not have. Children and educators were
 * matched against the centre while reading the row.
 */
function referenceIssues(o: CsvObservation, births: ReadonlyMap<string, CalendarDate>, curriculum: ResolvedCurriculum): Issue[] {
  const issues: Issue[] = [];
  const birth = births.get(o.child);
  if (birth !== undefined && o.date < birth) {
    issues.push({ path: "date", code: "before_birth", message: `date ${o.date} is before the child's birth date ${birth}` });
  }
  const unknown = (path: string, what: string, id: string) => issues.push({ path, code: "unknown_reference", message: `unknown ${what} ${show(id)}` });
  switch (o.kind) {
    case "assessment":
      if (!curriculum.indicators.has(o.indicator)) unknown("indicator", "indicator", o.indicator);
      break;
    case "lesson":
      if (!curriculum.activities.has(o.activity)) unknown("activity", "activity", o.activity);
      break;
    case "anecdote":
      for (const id of o.indicators) if (!curriculum.indicators.has(id)) unknown("indicators", "indicator", id);
      break;
    case "growth":
      break;
    default:
      o satisfies never;
  }
  return issues;
}

/** A row that passed every check, waiting to be recorded. */
interface GoodRow {
  readonly input: ObservationInput;
  readonly record: CsvRecord;
}

/**
 * Records the good rows with one call to `record`. The rows were checked one by one already; should
 * `record` still reject some (a check added there later), those rows are reported and the rest
 * recorded, so one bad row never blocks the others.
 */
function recordRows(
  centre: Centre,
  rows: readonly GoodRow[],
  names: ReadonlyMap<ObservationField, string>,
  problems: CsvProblem[],
): { centre: Centre; added: number } {
  let pending = rows;
  for (;;) {
    if (pending.length === 0) return { centre, added: 0 };
    try {
      return { centre: recordObservations(centre, pending.map((r) => r.input)), added: pending.length };
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      const bad = new Map<number, Issue[]>();
      for (const issue of e.issues) {
        const m = /^\[(\d+)\]/.exec(issue.path);
        if (m === null) throw e;
        const i = Number(m[1]);
        bad.set(i, [...(bad.get(i) ?? []), issue]);
      }
      for (const [i, issues] of bad) {
        const row = pending[i]!;
        for (const issue of issues) {
          const field = fieldFor(issue.path);
          problems.push(problem(row.record, field === undefined ? undefined : names.get(field), issue.code, issue.message));
        }
      }
      pending = pending.filter((_, i) => !bad.has(i));
    }
  }
}

/**
 * Imports observations from a CSV file into a centre's journal: assessments (penilaian), Montessori
 * lessons (pelajaran), anecdotes (anekdot) and growth measurements (pertumbuhan).
 *
 * Reads Indonesian Excel files (`;`, byte-order mark, CRLF, `28/11/2026`, `16,5`) and plain `,` CSV
 * with no options; headers may be Indonesian or English, matched ignoring case, spaces and
 * punctuation. Every row is judged alone: a bad row is reported with its row number, column and
 * reason, and the good rows are recorded (in one call to {@link record}).
 *
 * - `jenis` / `kind` may be left out when a row's filled cells tell the kind (a growth sheet with
 *   only `berat_kg` and `tinggi_cm` needs no `jenis`); cells of another kind's columns must be empty.
 * - `anak` / `child` and `guru` / `author` hold an id or a name that exactly one child or educator
 *   has; `options.author` fills empty author cells.
 * - `bagikan_ke_keluarga` takes `ya`/`tidak` (or `visibility` with `family`/`staff`); empty means
 *   `options.visibility`, default `staff`.
 * - Idempotent: a row without an `id` gets `csv.` + a 64-bit FNV-1a hash of its content, so the
 *   same row imported again has the same id. A row whose id is already in the journal with equal
 *   content (in the columns the file has) is skipped; with different content it is reported as a
 *   `conflict` and the journal is not changed (use `correct` for that).
 *
 * @param centre - the centre (not changed)
 * @param text - the CSV text (a leading byte-order mark is ignored)
 * @param options - `author` and `visibility` for rows that leave them empty
 * @returns the new centre, counts of added and skipped rows, and the problems
 * @example
 * ```ts
 * const csv = "\uFEFFtanggal;anak;guru;jenis;indikator;capaian;berat_kg\r\n" +
 *   "28/11/2026;c-001;e-01;penilaian;stppa2014.48-60.kog.c.3;BSH;\r\n" +
 *   "28/11/2026;c-002;e-01;pertumbuhan;;;16,5\r\n" +
 *   "28/11/2026;c-009;e-01;pertumbuhan;;;16,5\r\n";
 * const first = importObservationsCsv(centre, csv);
 * first.added; // => 2
 * first.problems; // => [{ row: 4, line: 4, column: "anak", code: "unknown_reference", message: 'unknown child "c-009"' }]
 * importObservationsCsv(first.centre, csv).added; // => 0 (skipped: 2)
 * ```
 * @category Spreadsheets
 */
export function importObservationsCsv(centre: Centre, text: string, options: ObservationImportOptions = {}): CsvImportResult {
  return importRows(centre, text, options, OBSERVATION_COLUMNS, undefined);
}

/**
 * Imports growth measurements from a spreadsheet (tanggal, anak, berat, tinggi, lingkar kepala,
 * cara ukur) into a centre's journal: every row is a growth measurement, no `jenis` column needed.
 *
 * Reads Indonesian Excel files (`;`, byte-order mark, CRLF, `28/11/2026`, decimal commas `12,4`)
 * and plain `,` CSV. Headers are matched ignoring case, spaces and punctuation: `Tanggal`,
 * `Anak` (the child's id or unique name), `Berat` / `BB` / `berat_kg` (kg), `Tinggi` / `Panjang` /
 * `TB` / `tinggi_cm` (cm), `Lingkar Kepala` / `LK` / `lingkar_kepala_cm` (cm), `Cara Ukur`
 * (`berbaring` / `terlentang` or `berdiri`; `lying` / `standing`, WHO's `L` / `H`), and the
 * optional `guru`, `catatan`, `bagikan_ke_keluarga` and `id` of {@link importObservationsCsv}, whose
 * rules (row-by-row problems, idempotent ids, conflicts) apply unchanged. Columns of other
 * observation kinds are ignored. An empty cara ukur means WHO's default for the age (lying below
 * 2 years), which the z-scores then say they assumed.
 *
 * @param centre - the centre (not changed)
 * @param text - the CSV text (a leading byte-order mark is ignored)
 * @param options - `author` and `visibility` for rows that leave them empty
 * @returns the new centre, counts of added and skipped rows, and the problems
 * @example
 * ```ts
 * const csv = "\uFEFFTanggal;Anak;Berat;Tinggi;Lingkar Kepala;Cara Ukur\r\n" +
 *   "03/11/2026;c-001;12,4;86,5;47;berdiri\r\n" +
 *   "03/11/2026;c-002;9,8;74;;berbaring\r\n";
 * const { added, problems } = importMeasurementsCsv(centre, csv, { author: "e-01" });
 * [added, problems.length]; // => [2, 0]
 * ```
 * @category Spreadsheets
 */
export function importMeasurementsCsv(centre: Centre, text: string, options: ObservationImportOptions = {}): CsvImportResult {
  return importRows(centre, text, options, MEASUREMENT_COLUMNS, "growth");
}

function importRows(
  centre: Centre,
  text: string,
  options: ObservationImportOptions,
  specs: readonly ColumnSpec<ObservationField>[],
  defaultKind: CsvKind | undefined,
): CsvImportResult {
  const table = readTable(text);
  const problems: CsvProblem[] = [...table.problems];
  const done = (next: Centre, added: number, skipped: number, ignored: readonly string[]): CsvImportResult => ({
    centre: next,
    added,
    skipped,
    problems: problems.sort((a, b) => a.row - b.row),
    ignoredColumns: ignored,
  });
  const header = table.header;
  if (header === undefined) {
    problems.push({
      row: 1,
      line: 1,
      code: "missing",
      message: `no header row: the first row must name the columns, e.g. ${defaultKind === "growth" ? "tanggal;anak;berat;tinggi;lingkar_kepala;cara_ukur" : "tanggal;anak;guru;jenis;indikator;capaian"}`,
    });
    return done(centre, 0, 0, []);
  }
  const map = mapColumns(header, specs);
  problems.push(...map.problems);
  if (!map.index.has("date")) problems.push(problem(header, undefined, "missing", "no tanggal / date column"));
  if (!map.index.has("child")) problems.push(problem(header, undefined, "missing", "no anak / child column"));
  if (!map.index.has("author") && options.author === undefined) {
    problems.push(problem(header, undefined, "missing", "no guru / author column: add one, or import with { author }"));
  }
  if (problems.some((p) => p.row === 1)) return done(centre, 0, 0, map.ignored);

  const ctx: RowContext = {
    children: new RefIndex(centre.children),
    educators: new RefIndex(centre.educators),
    decimalComma: table.delimiter !== ",",
    author: options.author,
    visibility: options.visibility ?? "staff",
    ...(defaultKind === undefined ? {} : { defaultKind }),
  };
  // Existing observations are compared as they would read back from an export.
  const readBack = (o: CsvObservation) => {
    const cells = observationCells(o, { excel: false, language: "en" });
    return readObservationRow((f) => cellText(escapeFormula(cells.get(f) ?? "")), { ...ctx, decimalComma: false });
  };
  // Author and visibility are compared only when the file has them (otherwise they are defaults).
  const compared: ObservationField[] = ["kind", ...CONTENT_FIELDS.filter((f) => f !== "kind" && map.index.has(f)), ...(map.index.has("position") ? (["position"] as const) : [])];
  const effective = new Map<string, BaseObservation>(effectiveObservations(centre.journal).map((o) => [o.id, o]));
  const raw = new Map<string, Observation>(centre.journal.entries.map((o) => [o.id, o]));
  const births = new Map<string, CalendarDate>(centre.children.map((c) => [c.id, c.birthDate]));
  const curriculum = resolveCurriculum(centre);
  const seen = new Map<string, { key: string; row: number }>();
  const good: GoodRow[] = [];
  let skipped = 0;

  for (const record of table.records) {
    const rowProblems = extraCellProblems(record, header.cells.length);
    const read = readObservationRow((f) => cellOf(record, map, f), ctx);
    if (!read.ok) for (const p of read.problems) rowProblems.push(problem(record, map.names.get(p.field), p.code, p.message));
    if (!read.ok || rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }
    const row = read.row;
    const id = (row.values.get("id") as string | undefined) ?? derivedId(row);
    const idColumn = map.names.get("id");

    const old = effective.get(id);
    if (old !== undefined && isCsvObservation(old)) {
      const back = readBack(old);
      const differing = back.ok ? compared.filter((f) => keyOf([back.row.values.get(f)]) !== keyOf([row.values.get(f)])) : compared;
      if (differing.length === 0) skipped++;
      else {
        const names = differing.map((f) => map.names.get(f) ?? f);
        problems.push(problem(record, idColumn, "conflict", `observation ${show(id)} is already in the journal with a different ${names.join(", ")}; use a correction to change it`));
      }
      continue;
    }
    const used = raw.get(id);
    if (used !== undefined) {
      const why = old === undefined && used.kind !== "retraction" && used.kind !== "correction" ? "a retracted observation" : `${/^[aeiou]/.test(used.kind) ? "an" : "a"} ${used.kind} record`;
      problems.push(problem(record, idColumn, "conflict", `id ${show(id)} already belongs to ${why} in the journal`));
      continue;
    }
    const key = contentKey(row);
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      if (earlier.key === key) skipped++;
      else problems.push(problem(record, idColumn, "duplicate_id", `id ${show(id)} is also on row ${earlier.row} with different content`));
      continue;
    }

    const parsed = ObservationSchema.safeParse(observationInput(row, id), { reportInput: true });
    const issues = parsed.success ? referenceIssues(parsed.data as CsvObservation, births, curriculum) : issuesFromZod(parsed.error);
    if (issues.length > 0) {
      problems.push(...issuesToProblems(record, issues, map, specs, fieldFor));
      continue;
    }
    seen.set(id, { key, row: record.row });
    good.push({ input: parsed.data as ObservationInput, record });
  }
  const recorded = recordRows(centre, good, map.names, problems);
  return done(recorded.centre, recorded.added, skipped, map.ignored);
}

/**
 * Writes a centre's observations as CSV in the columns {@link importObservationsCsv} reads, one
 * row per effective observation of a kind that has columns (assessment, lesson, anecdote, growth),
 * in journal order, so the file imports back to the same observations.
 *
 * Not written: evidence (work samples and photo series are references to files, not table data)
 * and KPSP screenings; retractions and corrections as history (the effective content is written
 * under the original id, retracted observations are left out). Cells that a spreadsheet would run
 * as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) get a leading `'`, which the importer
 * removes again; numeric columns are never negative, so no number is ever escaped.
 *
 * @param centre - the centre
 * @param options - `excel` for Indonesian Excel (`;`, BOM, CRLF, `DD/MM/YYYY`, `16,5`), `pseudonymous`, `language`
 * @returns the CSV text
 * @example
 * ```ts
 * exportObservationsCsv(centre).split("\n").slice(0, 2);
 * // => ["id,tanggal,anak,guru,jenis,indikator,capaian,konteks,kegiatan,tahap,tiga_periode,varian,teks_anekdot,berat_kg,tinggi_cm,lingkar_kepala_cm,catatan,bagikan_ke_keluarga",
 * //     "o-1,2026-09-01,c-001,e-01,penilaian,stppa2014.48-60.kog.c.3,MB,,,,,,,,,,,ya"]
 * ```
 * @category Spreadsheets
 */
export function exportObservationsCsv(centre: Centre, options: CsvExportOptions = {}): string {
  const language = options.language ?? centre.settings.defaultLocale;
  const excel = options.excel === true;
  const observations = effectiveObservations(centre.journal).filter(isCsvObservation);
  // cara_ukur is written only when some measurement records it, so journals without it keep their columns.
  const withPosition = observations.some((o) => o.kind === "growth" && o.position !== undefined);
  const columns = OBSERVATION_COLUMNS.filter((s) => !(options.pseudonymous === true && FREE_TEXT.has(s.field)) && (withPosition || s.field !== "position"));
  const rows = observations
    .map((o) => {
      const cells = observationCells(o, { excel, language });
      return columns.map((s) => cells.get(s.field) ?? "");
    });
  return writeTable(
    columns.map((s) => headerOf(s, language)),
    rows,
    { excel },
  );
}
