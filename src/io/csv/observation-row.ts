/**
 * One observation ↔ one CSV row: the words for kinds, stages, levels and visibility, which columns
 * each kind uses, reading a row's cells into values and writing an observation's cells.
 *
 * @module
 */
import type { IssueCode } from "../../errors/index.js";
import type { BaseObservation, Level, MeasurementPosition, Stage, Visibility } from "../../model/index.js";
import {
  type CellResult,
  fail,
  formatBooleanCell,
  formatDateCell,
  formatListCell,
  formatNumberCell,
  ok,
  parseBooleanCell,
  parseDateCell,
  parseIdListCell,
  parseListCell,
  parseNumberCell,
  show,
} from "./cells.js";
import type { ObservationField } from "./columns.js";
import type { RefIndex } from "./importing.js";

/** The observation kinds that have CSV columns. */
export type CsvKind = "assessment" | "lesson" | "anecdote" | "growth";
/** An effective observation of a kind that has CSV columns. */
export type CsvObservation = Extract<BaseObservation, { kind: CsvKind }>;

export const CSV_KINDS: readonly CsvKind[] = ["assessment", "lesson", "anecdote", "growth"];

const KIND_WORDS: Readonly<Record<CsvKind, { readonly id: string; readonly en: string; readonly more: readonly string[] }>> = {
  assessment: { id: "penilaian", en: "assessment", more: ["asesmen", "ceklis", "checklist"] },
  lesson: { id: "pelajaran", en: "lesson", more: ["presentasi", "montessori"] },
  anecdote: { id: "anekdot", en: "anecdote", more: ["catatan anekdot"] },
  growth: { id: "pertumbuhan", en: "growth", more: ["pengukuran", "measurement"] },
};

const STAGE_WORDS: Readonly<Record<Stage, { readonly id: string; readonly en: string; readonly more: readonly string[] }>> = {
  presented: { id: "dipresentasikan", en: "presented", more: ["presentasi"] },
  practicing: { id: "berlatih", en: "practicing", more: ["practising", "latihan"] },
  mastered: { id: "dikuasai", en: "mastered", more: ["kuasai"] },
};

const LEVEL_WORDS: Readonly<Record<string, Level>> = {
  bb: "BB",
  mb: "MB",
  bsh: "BSH",
  bsb: "BSB",
  "belum-muncul": "belum-muncul",
  "sudah-muncul": "sudah-muncul",
  achieved: "achieved",
  tercapai: "achieved",
  "not-yet": "not-yet",
  "belum-tercapai": "not-yet",
  "not-sure": "not-sure",
  "tidak-yakin": "not-sure",
};

function word(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_]+/g, " ");
}

function lookup<T extends string>(table: Readonly<Record<T, { readonly id: string; readonly en: string; readonly more: readonly string[] }>>, text: string): T | undefined {
  const w = word(text);
  for (const key of Object.keys(table) as T[]) {
    const t = table[key];
    if (t.id === w || t.en === w || t.more.includes(w)) return key;
  }
  return undefined;
}

/** The columns each kind uses beyond the common ones (id, date, child, author, kind, note, visibility). */
export const KIND_FIELDS: Readonly<Record<CsvKind, readonly ObservationField[]>> = {
  assessment: ["indicator", "level", "context"],
  lesson: ["activity", "stage", "threePeriodStage", "variants"],
  anecdote: ["text", "indicator"],
  growth: ["weightKg", "heightCm", "headCircumferenceCm", "position"],
};

const COMMON_FIELDS: readonly ObservationField[] = ["id", "date", "child", "author", "kind", "note", "visibility"];

/** Fields whose filled cell tells the kind when `jenis` is empty (the indicator column is shared). */
const KIND_SIGNS: Readonly<Record<CsvKind, readonly ObservationField[]>> = {
  assessment: ["level", "context"],
  lesson: ["activity", "stage", "threePeriodStage", "variants"],
  anecdote: ["text"],
  growth: ["weightKg", "heightCm", "headCircumferenceCm"],
};

/** What a row reader needs besides the cells. */
export interface RowContext {
  readonly children: RefIndex;
  readonly educators: RefIndex;
  readonly decimalComma: boolean;
  readonly author: string | undefined;
  readonly visibility: Visibility;
  /** The kind of a row whose `jenis` cell is empty or missing (a measurements sheet: growth). */
  readonly defaultKind?: CsvKind;
}

/** A problem in one field of a row. */
export interface FieldProblem {
  readonly field: ObservationField;
  readonly code: IssueCode;
  readonly message: string;
}

/** The values read from a row: the kind, and every field's value (after defaults). */
export interface RowValues {
  readonly kind: CsvKind;
  readonly values: ReadonlyMap<ObservationField, unknown>;
}

function readKind(get: (f: ObservationField) => string, defaultKind: CsvKind | undefined): CellResult<CsvKind> {
  const text = get("kind");
  if (text === "" && defaultKind !== undefined) return ok(defaultKind);
  if (text !== "") {
    const kind = lookup(KIND_WORDS, text);
    if (kind !== undefined) return ok(kind);
    if (["evidence", "screening", "retraction", "correction"].includes(word(text))) {
      return fail("invalid_value", `${word(text)} records cannot be imported from CSV (only penilaian, pelajaran, anekdot, pertumbuhan)`);
    }
    return fail("invalid_value", `unknown kind ${show(text)}: expected penilaian, pelajaran, anekdot or pertumbuhan (assessment, lesson, anecdote, growth)`);
  }
  const candidates = CSV_KINDS.filter((k) => KIND_SIGNS[k].some((f) => get(f) !== ""));
  if (candidates.length === 1) return ok(candidates[0]!);
  if (candidates.length === 0) return fail("missing", "empty kind: fill jenis / kind (penilaian, pelajaran, anekdot, pertumbuhan)");
  return fail("invalid_value", `cannot tell the kind: the row has cells of ${candidates.join(" and ")}; fill jenis / kind`);
}

function reference(index: RefIndex, what: string, text: string): CellResult<string> {
  const m = index.match(text);
  if ("id" in m) return ok(m.id);
  return m.error === "ambiguous"
    ? fail("invalid_value", `several ${what}s are named ${show(text)}: use the id`)
    : fail("unknown_reference", `unknown ${what} ${show(text)}`);
}

const POSITION_WORDS: Readonly<Record<string, MeasurementPosition>> = {
  berbaring: "lying",
  terlentang: "lying",
  telentang: "lying",
  lying: "lying",
  recumbent: "lying",
  pb: "lying",
  "panjang badan": "lying",
  l: "lying",
  berdiri: "standing",
  standing: "standing",
  tb: "standing",
  "tinggi badan": "standing",
  h: "standing",
};

/** Reads a cara ukur cell: `berbaring` / `terlentang` or `berdiri` (`lying` / `standing`, WHO's `L` / `H`, `PB` / `TB`). */
function readPosition(text: string): CellResult<MeasurementPosition> {
  const position = POSITION_WORDS[word(text)];
  return position === undefined ? fail("invalid_value", `expected berbaring or berdiri (lying / standing; PB / TB), got ${show(text)}`) : ok(position);
}

function readVisibility(text: string): CellResult<Visibility> {
  const w = word(text);
  if (w === "family" || w === "keluarga") return ok("family");
  if (w === "staff" || w === "staf") return ok("staff");
  const b = parseBooleanCell(text);
  if (b.ok) return ok(b.value ? "family" : "staff");
  return fail("invalid_value", `expected ya/tidak (share with the family or not), or family/staff, got ${show(text)}`);
}

function readField(field: ObservationField, kind: CsvKind, text: string, ctx: RowContext): CellResult<unknown> {
  switch (field) {
    case "id":
    case "activity":
    case "note":
    case "context":
    case "text":
      return ok(text === "" ? undefined : text);
    case "date":
      return text === "" ? fail("missing", "empty date") : parseDateCell(text);
    case "child":
      return text === "" ? fail("missing", "empty child: fill the child's id") : reference(ctx.children, "child", text);
    case "author": {
      const value = text === "" ? ctx.author : text;
      if (value === undefined) return fail("missing", "empty author: fill the educator's id, or import with { author }");
      return reference(ctx.educators, "educator", value);
    }
    case "kind":
      return ok(kind);
    case "visibility":
      return text === "" ? ok(ctx.visibility) : readVisibility(text);
    case "indicator": {
      const ids = parseIdListCell(text);
      if (kind === "anecdote") return ok(ids);
      if (ids.length > 1) return fail("invalid_value", `one indicator per assessment row, got ${ids.length}`);
      return ok(ids[0]);
    }
    case "level": {
      if (text === "") return ok(undefined);
      const level = LEVEL_WORDS[word(text).replace(/ /g, "-")];
      return level === undefined ? fail("invalid_value", `unknown level ${show(text)}: expected BB, MB, BSH, BSB, belum muncul, sudah muncul, achieved, not-yet or not-sure`) : ok(level);
    }
    case "stage": {
      if (text === "") return ok(undefined);
      const stage = lookup(STAGE_WORDS, text);
      return stage === undefined ? fail("invalid_value", `unknown stage ${show(text)}: expected dipresentasikan, berlatih or dikuasai (presented, practicing, mastered)`) : ok(stage);
    }
    case "threePeriodStage":
      if (text === "") return ok(undefined);
      return text === "1" || text === "2" || text === "3" ? ok(Number(text)) : fail("invalid_value", `expected 1, 2 or 3, got ${show(text)}`);
    case "variants": {
      const items = parseListCell(text);
      return ok(items.length === 0 ? undefined : items);
    }
    case "weightKg":
    case "heightCm":
    case "headCircumferenceCm":
      return text === "" ? ok(undefined) : parseNumberCell(text, ctx.decimalComma);
    case "position":
      return text === "" ? ok(undefined) : readPosition(text);
    default:
      return field satisfies never;
  }
}

/**
 * Reads a row's cells into values: the kind (from `jenis`, or told by which cells are filled),
 * references matched by id or unique name, defaults applied. Cells of columns the kind does not use
 * must be empty.
 */
export function readObservationRow(get: (f: ObservationField) => string, ctx: RowContext): { ok: true; row: RowValues } | { ok: false; problems: FieldProblem[] } {
  const kindResult = readKind(get, ctx.defaultKind);
  if (!kindResult.ok) return { ok: false, problems: [{ field: "kind", ...kindResult.problem }] };
  const kind = kindResult.value;
  const problems: FieldProblem[] = [];
  const values = new Map<ObservationField, unknown>();
  const used = new Set<ObservationField>([...COMMON_FIELDS, ...KIND_FIELDS[kind]]);
  for (const field of [...COMMON_FIELDS, ...KIND_FIELDS[kind]]) {
    const result = readField(field, kind, get(field), ctx);
    if (result.ok) values.set(field, result.value);
    else problems.push({ field, ...result.problem });
  }
  for (const field of Object.values(KIND_FIELDS).flat()) {
    if (!used.has(field) && get(field) !== "") {
      problems.push({ field, code: "invalid_value", message: `${show(get(field))} does not belong in a ${kind} row: leave this cell empty` });
      used.add(field);
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, row: { kind, values } };
}

/** The observation input a row describes (without `undefined` keys). */
export function observationInput(row: RowValues, id: string): Record<string, unknown> {
  const out: Record<string, unknown> = { kind: row.kind, id };
  for (const [field, value] of row.values) {
    if (value === undefined || field === "id" || field === "kind") continue;
    out[field === "indicator" && row.kind === "anecdote" ? "indicators" : field] = value;
  }
  return out;
}

/** How cells are written. */
export interface CellStyle {
  readonly excel: boolean;
  readonly language: "id" | "en";
}

/** The cells of an observation, before formula escaping (fields it lacks are absent). */
export function observationCells(o: CsvObservation, style: CellStyle): Map<ObservationField, string> {
  const cells = new Map<ObservationField, string>([
    ["id", o.id],
    ["date", formatDateCell(o.date, style.excel)],
    ["child", o.child],
    ["author", o.author],
    ["kind", KIND_WORDS[o.kind][style.language]],
    ["visibility", style.language === "id" ? formatBooleanCell(o.visibility === "family", "id") : o.visibility],
  ]);
  if (o.note !== undefined) cells.set("note", o.note);
  const number = (field: ObservationField, value: number | undefined) => {
    if (value !== undefined) cells.set(field, formatNumberCell(value, style.excel));
  };
  switch (o.kind) {
    case "assessment":
      cells.set("indicator", o.indicator);
      cells.set("level", o.level);
      if (o.context !== undefined) cells.set("context", o.context);
      break;
    case "lesson":
      cells.set("activity", o.activity);
      cells.set("stage", STAGE_WORDS[o.stage][style.language]);
      if (o.threePeriodStage !== undefined) cells.set("threePeriodStage", String(o.threePeriodStage));
      if (o.variants !== undefined && o.variants.length > 0) cells.set("variants", formatListCell(o.variants));
      break;
    case "anecdote":
      cells.set("text", o.text);
      cells.set("indicator", o.indicators.join("|"));
      break;
    case "growth":
      number("weightKg", o.weightKg);
      number("heightCm", o.heightCm);
      number("headCircumferenceCm", o.headCircumferenceCm);
      if (o.position !== undefined) cells.set("position", style.language === "id" ? (o.position === "lying" ? "berbaring" : "berdiri") : o.position);
      break;
    default:
      o satisfies never;
  }
  return cells;
}
