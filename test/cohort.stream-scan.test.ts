import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { type Observation, ObservationSchema } from "../src/index.js";
import { ByteKeys, hashString, KIND_ASSESSMENT, KIND_LESSON, KIND_RETRACTION, SCAN_LEVELS, SCAN_STAGES, scanLine, scanned } from "../src/node/jsonl-scan.js";
import { observationLine as line, validId } from "./helpers/jsonl-arbitraries.js";

// The byte scanner of the streaming summary against JSON.parse + ObservationSchema: whatever the
// line, the scanner either does not understand it or gives exactly the fields the schema gives.

/** What JSON.parse + ObservationSchema make of a line: the observation, or undefined when invalid. */
function oracle(text: string): Observation | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const result = ObservationSchema.safeParse(json);
  return result.success ? (result.data as Observation) : undefined;
}

interface Fields {
  kind: string;
  id: string;
  child: string;
  date: string;
  ref?: string;
  value?: string;
}

/** The fields an observation gives the fold. */
function fieldsOf(o: Observation): Fields {
  const base = { kind: o.kind, id: o.id, child: o.child, date: o.date };
  if (o.kind === "assessment") return { ...base, ref: o.indicator, value: o.level };
  if (o.kind === "lesson") return { ...base, ref: o.activity, value: o.stage };
  if (o.kind === "retraction") return { ...base, ref: o.target };
  return base;
}

/**
 * What the scanner makes of a line placed at `offset` in a buffer followed by a line feed and
 * `slack` more bytes: the fields, or undefined when it does not understand the whole line.
 */
function scan(text: string, offset = 0, slack = 0): Fields | undefined {
  const line = Buffer.from(text, "utf8");
  const b = Buffer.alloc(offset + line.length + 1 + slack, 0x41);
  b.fill(0x7b, 0, offset);
  line.copy(b, offset);
  b[offset + line.length] = 0x0a;
  const end = scanLine(b, offset);
  if (end !== offset + line.length) return undefined;
  const s = scanned;
  const str = (start: number, stop: number) => b.toString("latin1", start, stop);
  const id = str(s.idStart, s.idEnd);
  const child = str(s.childStart, s.childEnd);
  // The hashes are the ones the lookup tables compute from strings.
  expect(s.idHash).toBe(hashString(id));
  expect(s.childHash).toBe(hashString(child));
  const d = String(s.date);
  const fields: Fields = { kind: s.kindName, id, child, date: `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` };
  if (s.kind === KIND_ASSESSMENT || s.kind === KIND_LESSON || s.kind === KIND_RETRACTION) {
    fields.ref = str(s.refStart, s.refEnd);
    expect(s.refHash).toBe(hashString(fields.ref));
  }
  if (s.kind === KIND_ASSESSMENT) fields.value = SCAN_LEVELS[s.value - 1]!;
  if (s.kind === KIND_LESSON) fields.value = SCAN_STAGES[s.value - 1]!;
  return fields;
}

/** The property: not understood, or understood exactly as the schema reads it; the same wherever the line sits. */
function agrees(text: string): Fields | undefined {
  const tight = scan(text);
  // With room after the line the scanner reads words at a time; without, it reads bytes.
  expect(scan(text, 3, 64)).toEqual(tight);
  expect(scan(text, 0, 7)).toEqual(tight);
  if (tight !== undefined) {
    const o = oracle(text);
    expect(o, `understood but invalid: ${text}`).toBeDefined();
    expect(tight).toEqual(fieldsOf(o!));
  }
  return tight;
}

// --- Properties --------------------------------------------------------------------------------

describe("the JSON Lines scanner", () => {
  fcTest.prop([line], { numRuns: Number(process.env["SCAN_RUNS"] ?? 3000) })("understands a line only as JSON.parse + ObservationSchema read it", ({ text }) => {
    agrees(text);
  });

  fcTest.prop([line], { numRuns: 1000 })("understands valid lines as writeJournalJsonl writes them, in any key order", ({ text, plain, kind }) => {
    const understood = agrees(text);
    // Everything valid and written plainly but corrections, escapes and texts whose UTF-8 may be
    // longer than their limit (their length is checked exactly by the fallback).
    const bytes = Buffer.byteLength(text);
    if (plain && kind !== "correction" && !text.includes("\\") && oracle(text) !== undefined && (bytes === text.length || bytes < 500)) {
      expect(understood, text).toBeDefined();
    }
  });

  it("reads the usual lines and their edge cases", () => {
    const a = { kind: "assessment", id: "o1", child: "c-001", date: "2024-02-29", author: "e-01", visibility: "family", indicator: "stppa2014.48-60.kog.c.1", level: "BSH" };
    expect(agrees(JSON.stringify(a))).toEqual({ kind: "assessment", id: "o1", child: "c-001", date: "2024-02-29", ref: "stppa2014.48-60.kog.c.1", value: "BSH" });
    expect(agrees(JSON.stringify({ ...a, date: "2025-02-29" }))).toBeUndefined();
    expect(agrees(JSON.stringify({ ...a, note: "x".repeat(10_000), context: "é" }))).toBeDefined();
    expect(agrees(JSON.stringify({ ...a, note: "x".repeat(10_001) }))).toBeUndefined();
    expect(agrees(JSON.stringify({ ...a, id: "x".repeat(120) }))).toBeDefined();
    expect(agrees(JSON.stringify({ ...a, id: "x".repeat(121) }))).toBeUndefined();
    expect(agrees(JSON.stringify({ ...a, __proto__: null }))).toEqual(scan(JSON.stringify(a)));
    expect(agrees(`{"__proto__":{},${JSON.stringify(a).slice(1)}`)).toBeUndefined();
    expect(agrees(`{"kind":"lesson",${JSON.stringify(a).slice(1)}`)).toBeUndefined(); // a repeated key
    expect(agrees(JSON.stringify(a).replace('"o1"', '"\\u006f1"'))).toBeUndefined(); // escapes go to the fallback
    expect(agrees(`${JSON.stringify(a)} `)).toBeUndefined();
    expect(agrees(JSON.stringify(a).replace(",", ", "))).toBeUndefined();
    const l = { kind: "lesson", id: "o2", child: "c-001", date: "2026-01-31", author: "e-01", visibility: "staff", activity: "mont.sensorial.pink-tower", stage: "mastered" };
    expect(agrees(JSON.stringify(l))).toMatchObject({ kind: "lesson", ref: "mont.sensorial.pink-tower", value: "mastered" });
    expect(agrees(JSON.stringify({ ...l, threePeriodStage: 2, variants: ["a", "é"] }))).toMatchObject({ kind: "lesson" });
    expect(agrees(JSON.stringify({ ...l, threePeriodStage: 2 }).replace(":2", ":2.0e0"))).toMatchObject({ kind: "lesson" });
    expect(agrees(JSON.stringify({ ...l, threePeriodStage: 4 }))).toBeUndefined();
    expect(agrees(JSON.stringify({ ...l, variants: [] }))).toBeDefined();
    const g = { kind: "growth", id: "g1", child: "c-001", date: "2026-01-31", author: "e-01", visibility: "staff" };
    expect(agrees(JSON.stringify(g))).toBeUndefined(); // no measurement
    expect(agrees(JSON.stringify({ ...g, weightKg: 0.5 }))).toMatchObject({ kind: "growth" });
    expect(agrees(JSON.stringify({ ...g, weightKg: 0.49 }))).toBeUndefined();
    expect(agrees(JSON.stringify({ ...g, heightCm: 150 }).replace("150", "1.5e2"))).toMatchObject({ kind: "growth" });
    expect(agrees(JSON.stringify({ ...g, heightCm: 150 }).replace("150", "1.5000000000000000001e2"))).toMatchObject({ kind: "growth" });
    expect(agrees(JSON.stringify({ ...g, heightCm: 150 }).replace("150", "150.00000000000001"))).toMatchObject({ kind: "growth" }); // rounds to 150
    expect(agrees(JSON.stringify({ ...g, heightCm: 150 }).replace("150", "150.0000000000001"))).toBeUndefined();
    expect(agrees(JSON.stringify({ ...g, headCircumferenceCm: 25 }).replace("25", "025"))).toBeUndefined();
    const r = { kind: "retraction", id: "r1", child: "c-001", date: "2026-01-31", author: "e-01", visibility: "staff", target: "o1" };
    expect(agrees(JSON.stringify(r))).toMatchObject({ kind: "retraction", ref: "o1" });
    expect(agrees(JSON.stringify({ ...r, kind: "correction", replacement: { ...a, id: undefined, child: undefined } }))).toBeUndefined();
  });
});

describe("ByteKeys", () => {
  fcTest.prop([fc.uniqueArray(validId, { maxLength: 60 }), fc.array(validId, { maxLength: 20 })])("finds exactly the keys it holds", (keys, others) => {
    const table = new ByteKeys([...keys, ...keys.slice(0, 3), "é-not-ascii"]);
    expect(table.keys).toEqual([...keys, "é-not-ascii"]);
    for (const k of [...keys, ...others, ...keys.slice(0, 5)]) {
      const b = Buffer.from(`xx${k}yy`, "latin1");
      expect(table.find(b, 2, 2 + k.length, hashString(k))).toBe(keys.indexOf(k));
    }
  });
});
