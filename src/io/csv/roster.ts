/**
 * The roster (daftar anak) as CSV: one row per child.
 *
 * @module
 */
import { type Centre, type Child, ChildSchema, type Group, GroupIdSchema, GroupSchema, type Sex } from "../../model/index.js";
import { issuesFromZod } from "../issues.js";
import { type CellResult, fail, formatBooleanCell, formatDateCell, ok, parseBooleanCell, parseDateCell, show } from "./cells.js";
import { ROSTER_COLUMNS, type RosterField, headerOf } from "./columns.js";
import { fnv1a64 } from "./hash.js";
import { RefIndex, cellOf, csvText, extraCellProblems, fieldOfPath, issuesToProblems, keyOf, normalizeName } from "./importing.js";
import { type CsvRecord, mapColumns, problem, readTable, writeTable } from "./table.js";
import type { CsvExportOptions, CsvProblem, RosterImportOptions, RosterImportResult } from "./types.js";

type Kind = "text" | "date" | "boolean" | "group" | "sex";

const KIND: Readonly<Record<RosterField, Kind>> = {
  id: "text",
  name: "text",
  nickname: "text",
  birthDate: "date",
  sex: "sex",
  group: "group",
  enrolledOn: "date",
  leftOn: "date",
  "consent.photos": "boolean",
  "consent.shareWithFamilyApps": "boolean",
  "consent.aggregateStatistics": "boolean",
  "consent.recordedOn": "date",
  "consent.givenBy": "text",
};

/** A field's value in an existing child, as it would read back from an export. */
function childValue(child: Child, field: RosterField): string | boolean | undefined {
  switch (field) {
    case "id":
    case "group":
    case "birthDate":
    case "enrolledOn":
    case "leftOn":
    case "sex":
      return child[field];
    case "name":
    case "nickname":
      return csvText(child[field]);
    case "consent.photos":
      return child.consent.photos;
    case "consent.shareWithFamilyApps":
      return child.consent.shareWithFamilyApps;
    case "consent.aggregateStatistics":
      return child.consent.aggregateStatistics;
    case "consent.recordedOn":
      return child.consent.recordedOn;
    case "consent.givenBy":
      return csvText(child.consent.givenBy);
    default:
      return field satisfies never;
  }
}

function slug(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Matches `kelompok` cells to groups, planning new groups when asked to. */
function groupResolver(centre: Centre, create: boolean) {
  const index = new RefIndex(centre.groups);
  const taken = new Set<string>(centre.groups.map((g) => g.id));
  const planned = new Map<string, Group>();
  return (value: string): CellResult<{ id: string; create?: Group }> => {
    const match = index.match(value);
    if ("id" in match) return ok({ id: match.id });
    if (match.error === "ambiguous") return fail("invalid_value", `several groups are named ${show(value)}: use the group id`);
    if (!create) return fail("unknown_reference", `unknown group ${show(value)}: add it to the centre first, or import with { createGroups: true }`);
    const key = normalizeName(value);
    const known = planned.get(key);
    if (known) return ok({ id: known.id, create: known });
    const id = GroupIdSchema.safeParse(value).success ? value : `g.${slug(value) || fnv1a64(key)}`;
    if (taken.has(id)) return fail("conflict", `cannot create group ${show(value)}: id ${show(id)} is already used by another group`);
    const parsed = GroupSchema.safeParse({ id, name: value, educators: [] });
    if (!parsed.success) return fail("invalid_value", `cannot create group ${show(value)}: ${parsed.error.issues[0]?.message ?? "invalid"}`);
    taken.add(id);
    planned.set(key, parsed.data as Group);
    return ok({ id, create: parsed.data as Group });
  };
}

function compact<T extends Record<string, unknown>>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out as T;
}

/**
 * Imports children from a roster CSV (daftar anak) into a centre.
 *
 * Reads Indonesian Excel files (`;`, byte-order mark, CRLF, `28/11/2026`) and plain `,` CSV with no
 * options. Headers may be Indonesian or English and are matched ignoring case, spaces and
 * punctuation (`Tanggal Lahir` = `tanggal_lahir` = `birth_date`). Every row is judged alone: a
 * bad row is reported with its row number and reason, and the good rows are still imported.
 *
 * - `id_anak` / `id` is required: tumbuh never makes a child's id from the name or birth date,
 *   because such an id would identify the child (UU PDP No. 27/2022).
 * - `kelompok` / `group` holds a group's id or its exact name (case-insensitive).
 * - `jenis_kelamin` / `sex` (optional) takes `L` / `P`, `laki-laki` / `perempuan` (`male` /
 *   `female`); the WHO growth z-scores need it. It is exported only when some child has it.
 * - Consent cells take `ya`/`tidak` (`yes`/`no`, `1`/`0`, `true`/`false`); an empty cell or a
 *   missing column means no consent.
 * - A child whose id is already in the centre is skipped when every column of the file agrees with
 *   the centre, and reported (`conflict`) otherwise: an import never overwrites a child.
 *   Importing the same file twice therefore adds nothing the second time.
 *
 * @param centre - the centre (not changed)
 * @param text - the CSV text (a leading byte-order mark is ignored)
 * @param options - `createGroups` to create groups the roster names but the centre lacks
 * @returns the new centre, counts of added and skipped rows, the problems and the groups created
 * @example
 * ```ts
 * const csv = "\uFEFFid_anak;nama;tanggal_lahir;kelompok;tanggal_masuk;izin_foto\r\n" +
 *   "c-010;Dewi Anggraini;03/05/2022;g-45;14/07/2025;ya\r\n" +
 *   "c-011;Eka Saputra;31/02/2022;g-45;14/07/2025;tidak\r\n";
 * const { added, problems } = importRosterCsv(centre, csv);
 * added; // => 1
 * problems; // => [{ row: 3, line: 3, column: "tanggal_lahir", code: "invalid_date", message: 'day 31 does not exist in "31/02/2022"' }]
 * ```
 * @category Spreadsheets
 */
export function importRosterCsv(centre: Centre, text: string, options: RosterImportOptions = {}): RosterImportResult {
  const table = readTable(text);
  const problems: CsvProblem[] = [...table.problems];
  const done = (added: Child[], created: Group[], skipped: number, ignored: readonly string[]): RosterImportResult => ({
    centre: added.length === 0 && created.length === 0 ? centre : { ...centre, groups: [...centre.groups, ...created], children: [...centre.children, ...added] },
    added: added.length,
    skipped,
    problems: problems.sort((a, b) => a.row - b.row),
    ignoredColumns: ignored,
    createdGroups: created.map((g) => g.id),
  });
  const header = table.header;
  if (header === undefined) {
    problems.push({ row: 1, line: 1, code: "missing", message: "no header row: the first row must name the columns, e.g. id_anak;nama;tanggal_lahir;kelompok;tanggal_masuk" });
    return done([], [], 0, []);
  }
  const map = mapColumns(header, ROSTER_COLUMNS);
  problems.push(...map.problems);
  if (!map.index.has("id")) problems.push(problem(header, undefined, "missing", "no id_anak / id column: every child needs an id"));
  if (problems.some((p) => p.row === 1)) return done([], [], 0, map.ignored);

  const present = ROSTER_COLUMNS.filter((s) => map.index.has(s.field)).map((s) => s.field);
  const existing = new Map<string, Child>(centre.children.map((c) => [c.id, c]));
  const resolveGroup = groupResolver(centre, options.createGroups === true);
  const added: Child[] = [];
  const created: Group[] = [];
  const seen = new Map<string, { key: string; row: number }>();
  let skipped = 0;

  for (const record of table.records) {
    const rowProblems = extraCellProblems(record, header.cells.length);
    const values = new Map<RosterField, string | boolean | undefined>();
    let newGroup: Group | undefined;
    for (const field of present) {
      const raw = cellOf(record, map, field);
      const result = readRosterCell(field, raw, resolveGroup);
      if (!result.ok) {
        rowProblems.push(problem(record, map.names.get(field), result.problem.code, result.problem.message));
        continue;
      }
      if (field === "group" && result.value !== undefined && typeof result.value === "object") {
        values.set(field, result.value.id);
        newGroup = result.value.create;
      } else {
        values.set(field, result.value as string | boolean | undefined);
      }
    }
    const id = values.get("id");
    if (typeof id !== "string" && !rowProblems.some((p) => p.column === map.names.get("id"))) {
      rowProblems.push(problem(record, map.names.get("id"), "missing", "empty id: every child needs an id"));
    }
    if (rowProblems.length > 0 || typeof id !== "string") {
      problems.push(...rowProblems);
      continue;
    }

    const old = existing.get(id);
    if (old !== undefined) {
      const differing = present.filter((f) => childValue(old, f) !== values.get(f));
      if (differing.length === 0) skipped++;
      else problems.push(conflict(record, id, differing.map((f) => map.names.get(f)!)));
      continue;
    }
    const key = keyOf(present.map((f) => values.get(f)));
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      if (earlier.key === key) skipped++;
      else problems.push(problem(record, map.names.get("id"), "duplicate_id", `id ${show(id)} is also on row ${earlier.row} with different data`));
      continue;
    }

    const parsed = ChildSchema.safeParse(childInput(values), { reportInput: true });
    if (!parsed.success) {
      problems.push(...issuesToProblems(record, issuesFromZod(parsed.error), map, ROSTER_COLUMNS, (p) => fieldOfPath(p) as RosterField));
      continue;
    }
    seen.set(id, { key, row: record.row });
    added.push(parsed.data as Child);
    if (newGroup !== undefined && !created.includes(newGroup)) created.push(newGroup);
  }
  return done(added, created, skipped, map.ignored);
}

function conflict(record: CsvRecord, id: string, columns: readonly string[]): CsvProblem {
  return problem(
    record,
    columns[0],
    "conflict",
    `child ${show(id)} is already in the centre with a different ${columns.join(", ")}; an import never overwrites a child, so change it in the app`,
  );
}

type RosterCell = string | boolean | undefined | { id: string; create?: Group };

function readRosterCell(field: RosterField, raw: string, resolveGroup: ReturnType<typeof groupResolver>): CellResult<RosterCell> {
  switch (KIND[field]) {
    case "text":
      return ok(raw === "" ? undefined : raw);
    case "date":
      return raw === "" ? ok(undefined) : parseDateCell(raw);
    case "boolean":
      // No consent unless the file says so.
      return raw === "" ? ok(false) : parseBooleanCell(raw);
    case "group":
      return raw === "" ? ok(undefined) : resolveGroup(raw);
    case "sex":
      return raw === "" ? ok(undefined) : parseSexCell(raw);
  }
}

const SEX_WORDS: Readonly<Record<string, Sex>> = {
  l: "male",
  "laki-laki": "male",
  lakilaki: "male",
  "laki laki": "male",
  pria: "male",
  male: "male",
  m: "male",
  p: "female",
  perempuan: "female",
  wanita: "female",
  female: "female",
  f: "female",
};

/** Reads a jenis kelamin cell: `L` / `P`, `laki-laki` / `perempuan` (also `male` / `female`, `M` / `F`). */
function parseSexCell(raw: string): CellResult<Sex> {
  const sex = SEX_WORDS[raw.trim().toLowerCase().replace(/\s+/g, " ")];
  return sex === undefined ? fail("invalid_value", `expected L or P (laki-laki / perempuan; male / female), got ${show(raw)}`) : ok(sex);
}

function childInput(values: ReadonlyMap<RosterField, unknown>): Record<string, unknown> {
  const v = (f: RosterField) => values.get(f);
  return compact({
    id: v("id"),
    name: v("name"),
    nickname: v("nickname"),
    birthDate: v("birthDate"),
    sex: v("sex"),
    group: v("group"),
    enrolledOn: v("enrolledOn"),
    leftOn: v("leftOn"),
    consent: compact({
      photos: v("consent.photos") ?? false,
      shareWithFamilyApps: v("consent.shareWithFamilyApps") ?? false,
      aggregateStatistics: v("consent.aggregateStatistics") ?? false,
      recordedOn: v("consent.recordedOn"),
      givenBy: v("consent.givenBy"),
    }),
  });
}

/** A child's cell in a column, before formula escaping. */
function rosterCell(child: Child, field: RosterField, language: "id" | "en", excel: boolean): string {
  switch (field) {
    // Texts are written as they are; `childValue` trims them, which is for comparing.
    case "name":
      return child.name;
    case "nickname":
      return child.nickname ?? "";
    case "consent.givenBy":
      return child.consent.givenBy ?? "";
    default: {
      const value = childValue(child, field);
      if (value === undefined) return "";
      if (typeof value === "boolean") return formatBooleanCell(value, language);
      if (field === "sex") return language === "id" ? (value === "male" ? "L" : "P") : value;
      return KIND[field] === "date" ? formatDateCell(value, excel) : value;
    }
  }
}

/**
 * Writes a centre's roster (daftar anak) as CSV, one row per child in the centre's order, in the
 * columns {@link importRosterCsv} reads, so the file imports back to the same children.
 *
 * Cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) get
 * a leading `'`, which the importer removes again. National ID numbers are never written (the
 * model has none); `pseudonymous` also leaves out names and nicknames.
 *
 * @param centre - the centre
 * @param options - `excel` for Indonesian Excel (`;`, BOM, CRLF, `DD/MM/YYYY`), `pseudonymous`, `language`
 * @returns the CSV text
 * @example
 * ```ts
 * exportRosterCsv(centre).split("\n")[0];
 * // => "id_anak,nama,panggilan,tanggal_lahir,kelompok,tanggal_masuk,tanggal_keluar,izin_foto,izin_aplikasi_keluarga,izin_statistik,izin_dicatat_pada,izin_diberikan_oleh"
 * exportRosterCsv(centre, { excel: true }).split("\r\n")[1];
 * // => "c-001;Ayu Lestari;Ayu;15/04/2022;g-45;14/07/2025;;ya;ya;ya;;"
 * ```
 * @category Spreadsheets
 */
export function exportRosterCsv(centre: Centre, options: CsvExportOptions = {}): string {
  const language = options.language ?? centre.settings.defaultLocale;
  const excel = options.excel === true;
  // jenis_kelamin is written only when some child has it, so rosters that never record it keep their columns.
  const withSex = centre.children.some((c) => c.sex !== undefined);
  const columns = ROSTER_COLUMNS.filter((s) => !(options.pseudonymous === true && (s.field === "name" || s.field === "nickname")) && (withSex || s.field !== "sex"));
  const rows = centre.children.map((child) => columns.map((spec) => rosterCell(child, spec.field, language, excel)));
  return writeTable(
    columns.map((s) => headerOf(s, language)),
    rows,
    { excel },
  );
}
