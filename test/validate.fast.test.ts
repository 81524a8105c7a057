// The fast path of parseCentre (a hand-written check of journal entries, no copy of the entries,
// one id table in checkCentre) against the implementation before it, kept in
// test/helpers/reference-centre.ts: same success or failure, same centre, same issues in the
// same order. `npm run fuzz` runs the same properties 100 000+ times.
import { deepStrictEqual } from "node:assert/strict";
import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { isExactObservation } from "../src/io/fast-observation.js";
import { type Centre, CentreSchema, checkCentre, ObservationSchema, parseCentre, safeParseCentre } from "../src/index.js";
import { IdTable } from "../src/journal/id-table.js";
import { edgyDate } from "./helpers/arbitraries.js";
import { damagedCentre, hostileValue, parseCentreMatchesReference, validCentre, validEntry } from "./helpers/centre-arbitraries.js";
import { tinyCentreInput } from "./helpers/fixture.js";
import { referenceCheckCentre, referenceParseCentre } from "./helpers/reference-centre.js";

/** Property: whenever the fast check vouches for an entry, zod accepts it and returns a deep-equal copy. */
function fastCheckIsSound(entry: unknown): void {
  if (!isExactObservation(entry)) return;
  const result = ObservationSchema.safeParse(entry, { reportInput: true });
  expect(result.success).toBe(true);
  if (result.success) deepStrictEqual(result.data, entry);
}

/** A valid entry with one field replaced, deleted or added (some stay valid). */
const damagedEntry = fc
  .tuple(validEntry, fc.nat(), fc.constantFrom("replace", "delete", "add"), fc.constantFrom("__proto__", "constructor", "x", "note", "context", "threePeriodStage", "variants", "weightKg", "heightCm", "headCircumferenceCm", "level", "caption", "ref", "replacement", "target", "text"), hostileValue)
  .map(([entry, pick, action, key, value]) => {
    const copy = JSON.parse(JSON.stringify(entry)) as Record<string, unknown>;
    // Nested objects too: a correction's replacement, evidence items, screening answers.
    const nested = [copy, copy.replacement, (copy.items as unknown[] | undefined)?.[0], (copy.answers as unknown[] | undefined)?.[0]].filter(
      (n): n is Record<string, unknown> => n !== null && typeof n === "object",
    );
    const node = nested[pick % nested.length]!;
    const keys = Object.keys(node);
    const k = keys[pick % keys.length]!;
    if (action === "replace") node[k] = value;
    else if (action === "delete") delete node[k];
    else Object.defineProperty(node, key, { value, enumerable: true, configurable: true, writable: true });
    return copy;
  });

describe("the fast entry check", () => {
  fcTest.prop([validEntry], { numRuns: 2000 })("accepts every valid JSON entry, and zod returns it unchanged", (entry) => {
    expect(isExactObservation(entry)).toBe(true);
    fastCheckIsSound(entry);
  });

  fcTest.prop([damagedEntry], { numRuns: 3000 })("vouches only for entries zod accepts unchanged", fastCheckIsSound);

  fcTest.prop([damagedEntry], { numRuns: 2000 })("after JSON.parse, agrees with ObservationSchema on every entry", (entry) => {
    const parsed: unknown = JSON.parse(JSON.stringify(entry));
    expect(isExactObservation(parsed)).toBe(ObservationSchema.safeParse(parsed).success);
  });

  fcTest.prop([fc.jsonValue({ maxDepth: 3 })], { numRuns: 1000 })("vouches only for entries zod accepts unchanged (any JSON value)", fastCheckIsSound);

  fcTest.prop([fc.string({ maxLength: 14 })], { numRuns: 2000 })("dates: agrees with the calendar-date schema", (text) => {
    const entry = { kind: "retraction", id: "o-1", child: "c-1", date: text, author: "e-1", visibility: "staff", target: "o-0" };
    expect(isExactObservation(entry)).toBe(ObservationSchema.safeParse(entry).success);
  });

  fcTest.prop([edgyDate], { numRuns: 500 })("dates: every real date passes", (date) => {
    expect(isExactObservation({ kind: "retraction", id: "o-1", child: "c-1", date, author: "e-1", visibility: "staff", target: "o-0" })).toBe(true);
  });

  fcTest.prop([fc.string({ unit: "binary", maxLength: 125 })], { numRuns: 2000 })("ids: agrees with idSchema", (id) => {
    const entry = { kind: "retraction", id, child: "c-1", date: "2026-01-01", author: "e-1", visibility: "staff", target: "o-0" };
    expect(isExactObservation(entry)).toBe(ObservationSchema.safeParse(entry).success);
  });

  it("agrees with ObservationSchema at every limit: text and id lengths, array sizes, number ranges", () => {
    const base = { id: "o-1", child: "c-1", date: "2026-01-01", author: "e-1", visibility: "staff" };
    const lesson = { ...base, kind: "lesson", activity: "a", stage: "presented" };
    const anecdote = { ...base, kind: "anecdote", text: "t", indicators: [] as string[] };
    const evidence = { ...base, kind: "evidence", evidence: "artwork", items: [{ ref: "r" }], indicators: [] as string[] };
    const screening = { ...base, kind: "screening", instrument: "kpsp", formAgeMonths: 24, answers: [] as unknown[] };
    const growth = { ...base, kind: "growth" };
    const cases: unknown[] = [];
    for (const n of [0, 1, 119, 120, 121]) cases.push({ ...lesson, id: "o".repeat(n) }, { ...lesson, activity: "a".repeat(n) });
    for (const n of [0, 1, 500, 501]) cases.push({ ...lesson, variants: ["v".repeat(n)] }, { ...evidence, items: [{ ref: "r", caption: "c".repeat(n) }] });
    for (const n of [0, 1, 10_000, 10_001]) cases.push({ ...anecdote, text: "t".repeat(n) }, { ...lesson, note: "n".repeat(n) }, { ...lesson, kind: "assessment", indicator: "i", level: "MB", context: "c".repeat(n) });
    for (const n of [0, 1, 2000, 2001]) cases.push({ ...evidence, items: [{ ref: "r".repeat(n) }] });
    for (const n of [0, 1, 199, 200, 201]) cases.push({ ...lesson, variants: Array.from({ length: n }, () => "v") });
    for (const n of [0, 1, 99, 100, 101]) cases.push({ ...anecdote, indicators: Array.from({ length: n }, () => "i") }, { ...evidence, indicators: Array.from({ length: n }, () => "i") });
    for (const n of [0, 1, 49, 50, 51]) cases.push({ ...evidence, items: Array.from({ length: n }, () => ({ ref: "r" })) });
    for (const n of [0, 1, 19, 20, 21]) cases.push({ ...screening, answers: Array.from({ length: n }, (_, i) => ({ question: `kpsp.24.${i}`, answer: "yes" })) });
    for (const m of [0, 0.5, 1, 1.5, 71, 72, 73, 72.5, -1]) cases.push({ ...screening, formAgeMonths: m });
    for (const [key, min, max] of [["weightKg", 0.5, 60], ["heightCm", 30, 150], ["headCircumferenceCm", 25, 60]] as const) {
      for (const v of [min - 1e-9, min, max, max + 1e-9, 0, -0, Number.NaN, Number.POSITIVE_INFINITY, String(min)]) cases.push({ ...growth, [key]: v });
    }
    for (const t of [0, 1, 2, 3, 4, 1.5, "1"]) cases.push({ ...lesson, threePeriodStage: t });
    for (const q of ["kpsp.24.1", "kpsp.1.1", "kpsp..1", "kpsp.24.", "kpsp.24.1.2", "kpsp.24.1\n", "kpsp.٢.1", "Kpsp.24.1", "kpsp-24-1"]) {
      cases.push({ ...screening, answers: [{ question: q, answer: "no" }] });
    }
    for (const c of cases) {
      const entry: unknown = JSON.parse(JSON.stringify(c));
      expect([c, isExactObservation(entry)]).toEqual([c, ObservationSchema.safeParse(entry).success]);
    }
  });

  it("leaves to zod what zod would copy differently: null prototypes, class instances, undefined values, __proto__ keys", () => {
    const entry = { kind: "retraction", id: "o-1", child: "c-1", date: "2026-01-01", author: "e-1", visibility: "staff", target: "o-0" };
    expect(isExactObservation(entry)).toBe(true);
    expect(isExactObservation(Object.assign(Object.create(null), entry))).toBe(false);
    expect(isExactObservation(new (class Entry {})())).toBe(false);
    expect(isExactObservation({ ...entry, note: undefined })).toBe(false);
    expect(isExactObservation(JSON.parse(JSON.stringify(entry).replace("{", '{"__proto__":{},')))).toBe(false);
    expect(isExactObservation([entry])).toBe(false);
    expect(isExactObservation({ ...entry, kind: "growth", target: undefined })).toBe(false);
  });
});

describe("parseCentre against the implementation before the fast path", () => {
  fcTest.prop([validCentre], { numRuns: 1500 })("valid and integrity-failing documents", parseCentreMatchesReference);
  fcTest.prop([damagedCentre], { numRuns: 4000 })("damaged documents", parseCentreMatchesReference);

  it("keeps the input's entries: no copy when every entry passes the fast check", () => {
    const doc = JSON.parse(JSON.stringify(tinyCentreInput())) as { journal: { entries: unknown[] } };
    const centre = parseCentre(doc);
    expect(centre.journal.entries).toBe(doc.journal.entries);
    expect(centre).toStrictEqual(referenceParseCentre(doc));
  });

  it("copies only the entries zod had to check, and never changes the input", () => {
    const doc = JSON.parse(JSON.stringify(tinyCentreInput())) as { journal: { entries: Record<string, unknown>[] } };
    const odd = Object.assign(Object.create(null) as Record<string, unknown>, doc.journal.entries[1]);
    doc.journal.entries[1] = odd;
    const before = JSON.stringify(doc);
    const centre = parseCentre(doc);
    expect(centre.journal.entries).not.toBe(doc.journal.entries);
    expect(centre.journal.entries[0]).toBe(doc.journal.entries[0]);
    expect(centre.journal.entries[1]).not.toBe(odd);
    expect(Object.getPrototypeOf(centre.journal.entries[1])).toBe(Object.prototype);
    expect(centre.journal.entries[2]).toBe(doc.journal.entries[2]);
    expect(JSON.stringify(doc)).toBe(before);
    expect(centre).toStrictEqual(referenceParseCentre(doc));
  });

  it("reports a bad entry among many at its index, in document order", () => {
    const doc = tinyCentreInput();
    const good = doc.journal.entries[0]!;
    const entries = [
      ...Array.from({ length: 1000 }, (_, i) => ({ ...good, id: `o-${i}` })),
      { ...good, id: "o-x", date: "2025-02-29" },
      { ...good, id: "o-1" },
      { ...good, id: "o-y", extra: 1 },
    ];
    const input = { ...doc, journal: { schemaVersion: 1, entries }, extra: true };
    const r = safeParseCentre(input);
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.issues).toEqual([
        { path: "journal.entries[1000].date", code: "invalid_date", message: 'day 29 does not exist in "2025-02-29"' },
        { path: "journal.entries[1002].extra", code: "unrecognized_key", message: 'unknown key "extra"' },
        { path: "extra", code: "unrecognized_key", message: 'unknown key "extra"' },
      ]);
    }
    expect(outcome(input)).toStrictEqual(outcome(input, referenceParseCentre));
    const shapeOk = { ...doc, journal: { schemaVersion: 1, entries: entries.slice(0, 1002) } };
    expect(outcome(shapeOk)).toStrictEqual(outcome(shapeOk, referenceParseCentre));
  });
});

/** What a parser made of the input: its centre or its error's issues. */
function outcome(input: unknown, parse: (v: unknown) => Centre = parseCentre): unknown {
  try {
    return { data: parse(input) };
  } catch (e) {
    return { issues: (e as { issues?: unknown }).issues ?? e };
  }
}

describe("checkCentre against the implementation before the id table", () => {
  fcTest.prop([validCentre, fc.option(edgyDate, { nil: undefined })], { numRuns: 1500 })("same issues, also with asOf", (doc, asOf) => {
    // The centre as zod reads it, without the integrity check, so checkCentre gets centres with problems.
    const centre = CentreSchema.parse(doc) as Centre;
    const options = asOf === undefined ? {} : { asOf };
    expect(checkCentre(centre, options)).toStrictEqual(referenceCheckCentre(centre, options));
  });

  it("finds the first of duplicate ids and every repeat", () => {
    const items = ["a", "b", "a", "c", "b", "a"].map((id) => ({ id }));
    const table = new IdTable(items);
    expect(table.duplicates).toEqual([2, 4, 5]);
    expect(["a", "b", "c", "d"].map((id) => table.indexOf(id))).toEqual([0, 1, 3, -1]);
    expect(new IdTable([]).indexOf("a")).toBe(-1);
  });
});
