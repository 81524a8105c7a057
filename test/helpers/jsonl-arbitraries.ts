/**
 * Arbitrary JSON Lines journal lines for the tests of the streaming summary: observations of
 * every kind, valid or with odd values, written in the usual key order or shuffled, with keys
 * removed or repeated, and with damage to the text (whitespace, escapes, truncation, numbers in
 * other forms).
 */
import fc from "fast-check";
import { LevelSchema } from "../../src/index.js";
import { edgyDate } from "./arbitraries.js";

const idChar = fc.constantFrom(..."abcxyzABCXYZ0123456789._:+-");
export const validId = fc
  .tuple(fc.constantFrom(..."aZ09cx"), fc.string({ unit: idChar, maxLength: 24 }))
  .map(([first, rest]) => first + rest);
const oddId = fc.constantFrom("", "-a", ".a", "a b", "a/b", "é", "a\u00e9", "x".repeat(120), "x".repeat(121), "a\"b", "a\\b", "ID", "0");
const id = fc.oneof({ weight: 6, arbitrary: validId }, { weight: 1, arbitrary: oddId });

const oddDate = fc.constantFrom(
  "2025-02-29",
  "2024-02-29",
  "2100-02-29",
  "2000-02-29",
  "2025-04-31",
  "2025-13-01",
  "2025-00-10",
  "2025-01-00",
  "2025-01-32",
  "0999-12-31",
  "1000-01-01",
  "9999-12-31",
  "2025-1-05",
  "2025-01-05T00:00",
  "2025/01/05",
  "\uff12025-01-01",
  "",
);
const date = fc.oneof({ weight: 6, arbitrary: edgyDate.map(String) }, { weight: 1, arbitrary: oddDate });

const text = (max: number) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "",
        "x".repeat(max),
        "x".repeat(max + 1),
        "é".repeat(Math.floor(max / 2)),
        "é".repeat(Math.floor(max / 2) + 1),
        "é".repeat(max),
        "😀".repeat(Math.floor(max / 4)),
        "😀".repeat(Math.floor(max / 2)),
        "😀".repeat(Math.floor(max / 2) + 1),
        "tab\there",
        'say "hi"',
        "back\\slash",
        "line\u2028sep",
        "nul\u0000",
        "del\u007f",
        "lone \ud800",
      ),
    },
  );

const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom<unknown>(null, true, false, 0, -0, 1, 2, 3, 4, 1.5, 0.5, 0.49, 60, 60.01, 25, 24.9, 30, 150, 150.5, 72, 73, 1e21, "", "BB", "bb", "family", "Family", "kpsp", [], {}, ["x"], [1], [{}]),
);

const common = { id, child: id, date, author: id, visibility: fc.constantFrom("staff", "family") };
const optionalNote = { note: text(10_000) };

const assessment = fc.record(
  { kind: fc.constant("assessment"), ...common, ...optionalNote, indicator: id, level: fc.constantFrom(...LevelSchema.options), context: text(10_000) },
  { requiredKeys: ["kind", "id", "child", "date", "author", "visibility", "indicator", "level"] },
);
const lesson = fc.record(
  {
    kind: fc.constant("lesson"),
    ...common,
    ...optionalNote,
    activity: id,
    stage: fc.constantFrom("presented", "practicing", "mastered"),
    threePeriodStage: fc.constantFrom(1, 2, 3),
    variants: fc.array(text(500), { maxLength: 3 }),
  },
  { requiredKeys: ["kind", "id", "child", "date", "author", "visibility", "activity", "stage"] },
);
const anecdote = fc.record(
  { kind: fc.constant("anecdote"), ...common, ...optionalNote, text: text(10_000), indicators: fc.array(id, { maxLength: 3 }) },
  { requiredKeys: ["kind", "id", "child", "date", "author", "visibility", "text", "indicators"] },
);
const item = fc.record({ ref: text(2000), caption: text(500) }, { requiredKeys: ["ref"] });
const evidence = fc.record(
  {
    kind: fc.constant("evidence"),
    ...common,
    ...optionalNote,
    evidence: fc.constantFrom("artwork", "photo-series"),
    items: fc.array(item, { minLength: 1, maxLength: 3 }),
    indicators: fc.array(id, { maxLength: 3 }),
  },
  { requiredKeys: ["kind", "id", "child", "date", "author", "visibility", "evidence", "items", "indicators"] },
);
const measure = (min: number, max: number) =>
  fc.oneof(fc.double({ min, max, noNaN: true }), fc.constantFrom(min, max), fc.integer({ min: Math.ceil(min), max: Math.floor(max) }));
const growth = fc.record(
  { kind: fc.constant("growth"), ...common, ...optionalNote, weightKg: measure(0.5, 60), heightCm: measure(30, 150), headCircumferenceCm: measure(25, 60) },
  { requiredKeys: ["kind", "id", "child", "date", "author", "visibility"] },
);
const question = fc.oneof(
  fc.tuple(fc.nat(99), fc.nat(20)).map(([a, b]) => `kpsp.${a}.${b}`),
  fc.constantFrom("kpsp.1", "kpsp.a.1", "KPSP.1.1", "kpsp.1.1.1", "kpsp.01.2"),
);
const screening = fc.record(
  {
    kind: fc.constant("screening"),
    ...common,
    ...optionalNote,
    instrument: fc.constant("kpsp"),
    formAgeMonths: fc.integer({ min: 1, max: 72 }),
    answers: fc.array(fc.record({ question, answer: fc.constantFrom("yes", "no") }), { maxLength: 4 }),
  },
  { requiredKeys: ["kind", "id", "child", "date", "author", "visibility", "instrument", "formAgeMonths", "answers"] },
);
const retraction = fc.record(
  { kind: fc.constant("retraction"), ...common, ...optionalNote, target: id },
  { requiredKeys: ["kind", "id", "child", "date", "author", "visibility", "target"] },
);
const correction = fc.record({ kind: fc.constant("correction"), ...common, target: id, replacement: assessment });

export const observation: fc.Arbitrary<Record<string, unknown>> = fc.oneof(assessment, lesson, anecdote, evidence, growth, screening, retraction, correction);

const KEYS = [
  "kind", "id", "child", "date", "author", "visibility", "note", "indicator", "level", "context", "activity", "stage", "threePeriodStage", "variants",
  "text", "indicators", "evidence", "items", "weightKg", "heightCm", "headCircumferenceCm", "instrument", "formAgeMonths", "answers", "target",
  "replacement", "__proto__", "constructor", "Kind", "kind ", "extra", "ref", "caption", "question", "answer",
];

/** Changes to the object before it is written: a key set to an odd value, removed or repeated. */
type Edit = { op: "set"; key: string; value: unknown } | { op: "delete"; at: number } | { op: "repeat"; at: number; value: unknown };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant("set" as const), key: fc.constantFrom(...KEYS), value: oddValue }),
  fc.record({ op: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("repeat" as const), at: fc.nat(), value: fc.oneof(oddValue, fc.constantFrom("assessment", "lesson", "retraction", "correction")) }),
);

/** Changes to the text of the line. */
export type Damage =
  | { op: "insert"; at: number; text: string }
  | { op: "truncate"; at: number }
  | { op: "escape"; at: number }
  | { op: "number"; form: number };
export const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ op: fc.constant("insert" as const), at: fc.nat(), text: fc.constantFrom(" ", "\t", "\r", "\u00a0", "\ufeff", ",", "}", "{", '"', "\\", "é", "\u0001", "0", "-") }),
  fc.record({ op: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("escape" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("number" as const), form: fc.nat() }),
);

const NUMBER_FORMS = [(n: string) => `${n}.0`, (n: string) => `${n}e0`, (n: string) => `${n}E+00`, (n: string) => `0${n}`, (n: string) => `${n}.`, (n: string) => `-${n}`, (n: string) => `${n}0e-1`, (n: string) => `${n}00000000000000000000e-20`, (n: string) => `${n}e400`];

/** Writes key/value pairs as a JSON object, keys repeated or not. */
export function write(entries: [string, unknown][]): string {
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(",")}}`;
}

export function applyDamage(line: string, d: Damage): string {
  switch (d.op) {
    case "insert": {
      const at = d.at % (line.length + 1);
      return line.slice(0, at) + d.text + line.slice(at);
    }
    case "truncate":
      return line.slice(0, d.at % (line.length + 1));
    case "escape": {
      // A letter or digit written as \u00XX: the same value inside a string, invalid outside.
      const spots = [...line.matchAll(/[A-Za-z0-9]/g)].map((m) => m.index);
      if (spots.length === 0) return line;
      const at = spots[d.at % spots.length]!;
      return `${line.slice(0, at)}\\u00${line.charCodeAt(at).toString(16).padStart(2, "0")}${line.slice(at + 1)}`;
    }
    case "number": {
      const spots = [...line.matchAll(/:(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)(?=[,}\]])/g)];
      if (spots.length === 0) return line;
      const m = spots[d.form % spots.length]!;
      const at = m.index + 1;
      const form = NUMBER_FORMS[Math.floor(d.form / spots.length) % NUMBER_FORMS.length]!;
      return line.slice(0, at) + form(m[1]!) + line.slice(at + m[1]!.length);
    }
  }
}

/** A line: its text, whether it was written without edits or damage, and the kind it started as. */
export const observationLine = fc
  .record({
    o: observation,
    order: fc.option(fc.array(fc.nat(), { minLength: 30, maxLength: 30 }), { nil: undefined }),
    edits: fc.array(edit, { maxLength: 2 }),
    damages: fc.array(damage, { maxLength: 2 }),
  })
  .map(({ o, order, edits, damages }) => {
    let entries = Object.entries(o);
    for (const e of edits) {
      if (e.op === "set") {
        const i = entries.findIndex(([k]) => k === e.key);
        if (i === -1) entries.push([e.key, e.value]);
        else entries[i] = [e.key, e.value];
      } else if (entries.length > 0) {
        const i = e.at % entries.length;
        if (e.op === "delete") entries.splice(i, 1);
        else entries.splice(e.at % (entries.length + 1), 0, [entries[i]![0], e.value]);
      }
    }
    if (order !== undefined) entries = entries.map((e, i) => [order[i % order.length]! * 100 + i, e] as const).sort((a, b) => a[0] - b[0]).map(([, e]) => e);
    let text = write(entries);
    for (const d of damages) text = applyDamage(text, d);
    return { text, plain: edits.length === 0 && damages.length === 0, kind: o["kind"] };
  });

