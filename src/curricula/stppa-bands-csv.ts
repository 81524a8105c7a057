/**
 * STPPA bands a centre types from its printed copy of Permendikbud 137/2014 Lampiran I, as a
 * spreadsheet: the template tumbuh ships, and the loader that validates the rows and adds them to
 * the centre as a framework that fills in the bundled `stppa2014` bands
 * (see {@link mergeSupplements}). The bundled data never contains these texts: tumbuh could not
 * find a copy of the official table for 12–48 months, and does not invent one.
 *
 * One row per indicator (`band, aspect, sub_scope, number, text`, optionally `text_en`); a row
 * with an empty `number` is a sub-scope heading of that band, for bands whose sub-scopes differ
 * from the framework's (the 2–4 year table appears to have no Keaksaraan and three Seni
 * sub-scopes). Rows with an empty `text` are template lines not filled in and are skipped.
 *
 * @module
 */
import { type Issue, ValidationError } from "../errors/index.js";
import { cellText } from "../io/csv/cells.js";
import { type ColumnSpec, type CsvRecord, mapColumns, readTable, writeTable } from "../io/csv/table.js";
import { issuesFromZod } from "../io/issues.js";
import { type AgeBand, type Aspect, type Centre, type Framework, FrameworkSchema, type Indicator, MAX_LONG_TEXT } from "../model/index.js";
import { extendCurriculum } from "./own-data.js";
import { stppa2014 } from "./stppa-2014/index.js";

/** The id of the framework a loaded file becomes (loading a file again replaces it). @category Curricula */
export const TYPED_STPPA_FRAMEWORK_ID = "stppa2014-typed";
/** The source key of the indicators a centre typed. @category Curricula */
export const TYPED_STPPA_SOURCE_KEY = "centre-printed-lampiran";

type Field = "band" | "aspect" | "scope" | "number" | "text" | "textEn";

const COLUMNS: readonly ColumnSpec<Field>[] = [
  { field: "band", id: "kelompok_usia", en: "band", aliases: ["usia", "age_band"] },
  { field: "aspect", id: "lingkup", en: "aspect", aliases: ["lingkup_perkembangan"] },
  { field: "scope", id: "sub_lingkup", en: "sub_scope", aliases: ["sublingkup_perkembangan"] },
  { field: "number", id: "nomor", en: "number", aliases: ["no"] },
  { field: "text", id: "teks", en: "text", aliases: ["teks_indikator", "indicator_text"] },
  { field: "textEn", id: "teks_inggris", en: "text_en", aliases: ["english"] },
];
const REQUIRED: readonly Field[] = ["band", "aspect", "scope", "number", "text"];

/**
 * Options for {@link parseStppaBandsCsv} and {@link loadStppaBands}.
 *
 * @category Curricula
 */
export interface StppaBandsCsvOptions {
  /** Where the centre's copy comes from, e.g. "Salinan cetak Lampiran I, arsip TPA Melati". Default: a centre's printed copy. */
  readonly source?: { readonly title: string; readonly note?: string };
  /** Bands the file gives in full (every official item typed): their coverage becomes `complete`. Default: none (`partial`). */
  readonly complete?: readonly string[];
}

/**
 * Options for {@link stppaBandsCsvTemplate}.
 *
 * @category Curricula
 */
export interface StppaBandsTemplateOptions {
  /** Header language: `id` (default, `kelompok_usia, lingkup, …`) or `en` (`band, aspect, …`). */
  readonly language?: "id" | "en";
  /** Write for Excel: `;`, CRLF and a byte-order mark. Default false. */
  readonly excel?: boolean;
}

/** Bands of the bundled STPPA that lack official text, with the (aspect, sub-scope) pairs they lack. */
function gaps(): { band: AgeBand; aspect: Aspect; scope: string }[] {
  const stppa = stppa2014();
  const out: { band: AgeBand; aspect: Aspect; scope: string }[] = [];
  for (const band of stppa.bands) {
    if (band.coverage === "complete") continue;
    const filled = new Set(band.indicators.map((i) => `${i.aspect}.${i.scope}`));
    for (const aspect of stppa.aspects) for (const s of aspect.scopes) if (!filled.has(`${aspect.id}.${s.id}`)) out.push({ band, aspect, scope: s.id });
  }
  return out;
}

/**
 * The CSV template a centre fills in with the STPPA items it holds in print: for every bundled
 * band without official text (and every empty sub-scope of a partial band), a heading line and
 * a first item line with empty texts. Lines left empty are skipped when the file is loaded.
 *
 * @param options - header language, Excel format
 * @returns the CSV text
 * @example
 * ```ts
 * stppaBandsCsvTemplate({ language: "en" }).split("\n")[0]; // => "band,aspect,sub_scope,number,text,text_en"
 * ```
 * @category Curricula
 */
export function stppaBandsCsvTemplate(options: StppaBandsTemplateOptions = {}): string {
  const language = options.language ?? "id";
  const header = COLUMNS.map((c) => (language === "en" ? c.en : c.id));
  const rows: string[][] = [];
  for (const g of gaps()) {
    rows.push([g.band.id, g.aspect.id, g.scope, "", "", ""]);
    rows.push([g.band.id, g.aspect.id, g.scope, "1", "", ""]);
  }
  return writeTable(header, rows, { excel: options.excel === true });
}

/** The cells of one record, by field. */
type Row = { readonly record: CsvRecord; readonly cells: Readonly<Record<Field, string>> };

/**
 * Reads the STPPA items a centre typed into the template (see {@link stppaBandsCsvTemplate}) and
 * checks every row: the band is a bundled STPPA band that lacks official text, the aspect is an
 * STPPA aspect, the sub-scope is the framework's or declared by a heading row of that band, the
 * numbers of each sub-scope run 1, 2, 3 … without gaps or repeats, and no sub-scope whose
 * official text is bundled is typed again. Indicator ids follow the bundled scheme
 * `stppa2014.<band>.<aspect>.<sub-scope>.<number>`, so records made with them stay valid when the
 * file is loaded again.
 *
 * @param csv - the CSV text (`,` or `;`, as Excel writes it)
 * @param options - the source of the centre's copy, bands given in full
 * @returns a framework that fills in `stppa2014` (add it with {@link extendCurriculum} or use {@link loadStppaBands})
 * @throws {@link ValidationError} naming every bad row and column: `rows[4].sub_scope: unknown sub-scope "c" …` (the
 *   spreadsheet row number, the header being row 1)
 * @example
 * ```ts
 * const typed = parseStppaBandsCsv("band,aspect,sub_scope,number,text\n24-36,bhs,a,1,…\n");
 * typed.bands[0]?.indicators[0]?.id; // => "stppa2014.24-36.bhs.a.1"
 * ```
 * @category Curricula
 */
export function parseStppaBandsCsv(csv: string, options: StppaBandsCsvOptions = {}): Framework {
  const stppa = stppa2014();
  const issues: Issue[] = [];
  const table = readTable(csv);
  for (const p of table.problems) issues.push({ path: `rows[${p.row}]`, code: p.code, message: p.message });
  if (table.header === undefined) throw new ValidationError([{ path: "header", code: "missing", message: "the file is empty; it needs the header band, aspect, sub_scope, number, text" }]);
  const map = mapColumns(table.header, COLUMNS);
  for (const p of map.problems) issues.push({ path: "header", code: p.code, message: p.message });
  const missing = REQUIRED.filter((f) => !map.index.has(f));
  if (missing.length > 0) {
    issues.push({ path: "header", code: "missing", message: `missing column(s) ${missing.map((f) => COLUMNS.find((c) => c.field === f)!.en).join(", ")}` });
    throw new ValidationError(issues);
  }
  const column = (f: Field) => map.names.get(f) ?? COLUMNS.find((c) => c.field === f)!.en;
  const at = (row: Row, f: Field) => `rows[${row.record.row}].${column(f)}`;

  const rows: Row[] = [];
  for (const record of table.records) {
    const get = (f: Field) => {
      const i = map.index.get(f);
      return i === undefined ? "" : cellText(record.cells[i]);
    };
    const cells = { band: get("band"), aspect: get("aspect"), scope: get("scope"), number: get("number"), text: get("text"), textEn: get("textEn") };
    if (cells.text === "") continue; // a template line not filled in
    rows.push({ record, cells });
  }

  const aspects = new Map(stppa.aspects.map((a) => [a.id, a]));
  const bands = new Map(stppa.bands.map((b) => [b.id, b]));
  // Pass 1: rows that name a band and aspect we know, and the sub-scope headings they declare.
  const headings = new Map<string, Map<string, { row: Row; name: { id: string; en?: string } }>>();
  const valid: Row[] = [];
  for (const row of rows) {
    const { band: bandId, aspect: aspectId, scope, number, text } = row.cells;
    let ok = true;
    const band = bands.get(bandId);
    if (band === undefined) {
      issues.push({ path: at(row, "band"), code: "unknown_reference", message: `unknown band ${JSON.stringify(bandId)}; known: ${stppa.bands.map((b) => b.id).join(", ")}` });
      ok = false;
    } else if (band.coverage === "complete") {
      issues.push({ path: at(row, "band"), code: "conflict", message: `band ${JSON.stringify(bandId)} is complete in the bundled data; only bands without official text can be typed` });
      ok = false;
    }
    if (!aspects.has(aspectId)) {
      issues.push({ path: at(row, "aspect"), code: "unknown_reference", message: `unknown aspect ${JSON.stringify(aspectId)}; known: ${stppa.aspects.map((a) => a.id).join(", ")}` });
      ok = false;
    }
    if (!/^[a-z]$/.test(scope)) {
      issues.push({ path: at(row, "scope"), code: "invalid_format", message: `sub-scope ${JSON.stringify(scope)} must be one letter a–z` });
      ok = false;
    }
    if (number !== "" && !/^[1-9]\d{0,2}$/.test(number)) {
      issues.push({ path: at(row, "number"), code: "invalid_value", message: `number ${JSON.stringify(number)} must be a whole number from 1 (empty for a sub-scope heading)` });
      ok = false;
    }
    if (text.length > MAX_LONG_TEXT || row.cells.textEn.length > MAX_LONG_TEXT) {
      issues.push({ path: at(row, "text"), code: "too_big", message: `longer than ${MAX_LONG_TEXT} characters` });
      ok = false;
    }
    if (!ok) continue;
    if (number === "") {
      const key = `${bandId}.${aspectId}`;
      let declared = headings.get(key);
      if (declared === undefined) headings.set(key, (declared = new Map()));
      const earlier = declared.get(scope);
      if (earlier !== undefined) {
        issues.push({ path: at(row, "scope"), code: "duplicate_id", message: `sub-scope ${JSON.stringify(scope)} of ${bandId} ${aspectId} is already declared in row ${earlier.row.record.row}` });
        continue;
      }
      declared.set(scope, { row, name: row.cells.textEn === "" ? { id: text } : { id: text, en: row.cells.textEn } });
    } else valid.push(row);
  }

  // A band whose headings leave out a sub-scope with bundled official items would lose them.
  for (const [key, declared] of headings) {
    const [bandId, aspectId] = key.split(".") as [string, string];
    const band = bands.get(bandId)!;
    for (const i of band.indicators) {
      if (i.aspect === aspectId && !declared.has(i.scope)) {
        const first = [...declared.values()][0]!.row;
        issues.push({
          path: at(first, "scope"),
          code: "conflict",
          message: `band ${bandId} ${aspectId} has bundled items in sub-scope ${JSON.stringify(i.scope)}; declare it too (its official name) or declare no headings`,
        });
        break;
      }
    }
  }

  // Pass 2: items, with known sub-scopes, unique numbers, no bundled sub-scope typed again.
  const numbers = new Map<string, Map<number, Row>>();
  for (const row of valid) {
    const { band: bandId, aspect: aspectId, scope } = row.cells;
    const declared = headings.get(`${bandId}.${aspectId}`);
    const known = declared === undefined ? aspects.get(aspectId)!.scopes.map((s) => s.id) : [...declared.keys()];
    if (!known.includes(scope)) {
      issues.push({
        path: at(row, "scope"),
        code: "unknown_reference",
        message: `unknown sub-scope ${JSON.stringify(scope)} of aspect ${aspectId} in band ${bandId}; known: ${known.join(", ")}${declared === undefined ? " (add a heading row with an empty number to declare the band's own)" : ""}`,
      });
      continue;
    }
    if (bands.get(bandId)!.indicators.some((i) => i.aspect === aspectId && i.scope === scope)) {
      issues.push({ path: at(row, "scope"), code: "conflict", message: `the official items of ${bandId} ${aspectId} sub-scope ${JSON.stringify(scope)} are bundled; they are not typed again` });
      continue;
    }
    const key = `${bandId}.${aspectId}.${scope}`;
    let used = numbers.get(key);
    if (used === undefined) numbers.set(key, (used = new Map()));
    const n = Number(row.cells.number);
    const earlier = used.get(n);
    if (earlier !== undefined) {
      issues.push({ path: at(row, "number"), code: "duplicate_id", message: `number ${n} of ${bandId} ${aspectId} sub-scope ${scope} is already used in row ${earlier.record.row}` });
      continue;
    }
    used.set(n, row);
  }
  for (const [key, used] of numbers) {
    const sorted = [...used.keys()].sort((a, b) => a - b);
    sorted.forEach((n, i) => {
      if (n !== i + 1) {
        const row = used.get(n)!;
        if (i === 0 || sorted[i - 1] === i) {
          issues.push({ path: at(row, "number"), code: "invalid_value", message: `the numbers of ${key.split(".").join(" ")} must run 1, 2, 3 …; ${i + 1} is missing before ${n}` });
        }
      }
    });
  }
  if (issues.length > 0) throw new ValidationError(issues);

  const complete = new Set(options.complete ?? []);
  const sourceTitle = options.source?.title ?? "Lampiran I Permendikbud 137/2014, salinan cetak milik satuan PAUD / the centre's printed copy";
  const typedBands: AgeBand[] = [];
  for (const band of stppa.bands) {
    const indicators: Indicator[] = [];
    for (const aspect of stppa.aspects) {
      const declared = headings.get(`${band.id}.${aspect.id}`);
      const scopeIds = declared === undefined ? aspect.scopes.map((s) => s.id) : [...declared.keys()].sort();
      for (const scope of scopeIds) {
        const used = numbers.get(`${band.id}.${aspect.id}.${scope}`);
        if (used === undefined) continue;
        for (const n of [...used.keys()].sort((a, b) => a - b)) {
          const { text, textEn } = used.get(n)!.cells;
          indicators.push({
            id: `${stppa.id}.${band.id}.${aspect.id}.${scope}.${n}` as Indicator["id"],
            aspect: aspect.id,
            scope,
            text: textEn === "" ? { id: text } : { id: text, en: textEn },
            source: TYPED_STPPA_SOURCE_KEY,
            confidence: "secondary",
            remark: textEn === "" ? "Typed by the centre from its printed copy." : "Typed by the centre from its printed copy; the English is the centre's translation.",
          });
        }
      }
    }
    const bandHeadings = stppa.aspects.flatMap((aspect) => {
      const declared = headings.get(`${band.id}.${aspect.id}`);
      if (declared === undefined) return [];
      const scopes = [...declared.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, h]) => ({ id, name: h.name }));
      return [{ id: aspect.id, name: aspect.name, scopes }];
    });
    if (indicators.length === 0 && bandHeadings.length === 0) continue;
    typedBands.push({
      id: band.id,
      fromMonths: band.fromMonths,
      toMonths: band.toMonths,
      label: band.label,
      coverage: complete.has(band.id) ? "complete" : "partial",
      note: {
        id: `${complete.has(band.id) ? "Lengkap menurut" : "Sebagian,"} teks yang diketik satuan PAUD dari salinan cetak Lampiran I Permendikbud 137/2014 (${sourceTitle}). Teks ini bukan data bawaan tumbuh dan belum diperiksa terhadap sumber lain.`,
        en: `${complete.has(band.id) ? "Complete according to" : "Partial:"} text the centre typed from its printed copy of Lampiran I of Permendikbud 137/2014 (${sourceTitle}). It is not tumbuh's bundled data and has not been checked against another source.`,
      },
      ...(bandHeadings.length === 0 ? {} : { aspects: bandHeadings }),
      indicators,
    } as AgeBand);
  }
  for (const id of complete) {
    if (!typedBands.some((b) => b.id === id)) issues.push({ path: "options.complete", code: "unknown_reference", message: `band ${JSON.stringify(id)} has no typed rows` });
  }
  if (issues.length > 0) throw new ValidationError(issues);

  const framework = {
    id: TYPED_STPPA_FRAMEWORK_ID,
    kind: "stppa",
    name: { id: "STPPA 137/2014: kelompok usia yang diketik satuan PAUD", en: "STPPA 137/2014: age bands typed by the centre" },
    version: stppa.version,
    sources: [
      {
        key: TYPED_STPPA_SOURCE_KEY,
        title: sourceTitle,
        note: options.source?.note ?? "Typed by the centre from a printed copy of the regulation and loaded from a CSV file; tumbuh has not checked it.",
      },
    ],
    scale: stppa.scale,
    supplements: stppa.id,
    aspects: [],
    bands: typedBands,
    elements: [],
    learningGoals: [],
  };
  const parsed = FrameworkSchema.safeParse(framework, { reportInput: true });
  if (!parsed.success) throw new ValidationError(issuesFromZod(parsed.error, []));
  return parsed.data as Framework;
}

/**
 * Loads the STPPA items a centre typed into the template into its curriculum: reads and checks
 * the file with {@link parseStppaBandsCsv}, then adds it with {@link extendCurriculum} (which
 * checks it against the centre, including records that would lose their indicator). Loading a
 * file again replaces the one loaded before.
 *
 * @param centre - the centre (it uses the bundled `stppa2014`)
 * @param csv - the CSV text
 * @param options - the source of the centre's copy, bands given in full
 * @returns a new centre whose `stppa2014` bands include the typed items
 * @throws {@link ValidationError} naming every bad row, or what the centre check found
 * @example
 * ```ts
 * const next = loadStppaBands(centre, readFileSync("stppa-2-4.csv", "utf8"));
 * resolveCurriculum(next).indicators.has("stppa2014.24-36.bhs.a.1"); // => true
 * ```
 * @category Curricula
 */
export function loadStppaBands(centre: Centre, csv: string, options: StppaBandsCsvOptions = {}): Centre {
  return extendCurriculum(centre, { frameworks: [parseStppaBandsCsv(csv, options)] });
}
