import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { parseCentre, safeParseCentre, serializeCentre, ValidationError } from "../src/index.js";
import {
  damagedDocument,
  deepJson,
  parseCentreNeverCrashes,
  validDocumentLosesNothing,
} from "./helpers/fuzz-properties.js";
import { csvImportNeverCrashes, csvKeepsGoodRows, csvText } from "./helpers/fuzz-csv.js";
import { tinyCentreInput } from "./helpers/fixture.js";

describe("fuzzing the centre parser (small counts; npm run fuzz runs 100 000+)", () => {
  fcTest.prop([fc.jsonValue()], { numRuns: 300 })("any JSON value: a centre or a ValidationError", parseCentreNeverCrashes);
  fcTest.prop([fc.string({ unit: "binary", maxLength: 200 })], { numRuns: 300 })("any text: a centre or a ValidationError", parseCentreNeverCrashes);
  fcTest.prop([damagedDocument], { numRuns: 300 })("a damaged document: a centre or a ValidationError", parseCentreNeverCrashes);
  fcTest.prop([deepJson], { numRuns: 20 })("deeply nested JSON text", parseCentreNeverCrashes);
  fcTest.prop([fc.integer({ min: 0, max: 40 }), fc.string({ unit: "grapheme", maxLength: 80 })], { numRuns: 50 })(
    "a valid document loses no record",
    validDocumentLosesNothing,
  );
});

describe("hostile input", () => {
  it("__proto__ and constructor keys are rejected, and nothing is polluted", () => {
    const text = serializeCentre(parseCentre(tinyCentreInput())).replace(
      '"settings":{',
      '"settings":{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"polluted":1}},',
    );
    const r = safeParseCentre(text);
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.issues.map((i) => [i.path, i.code])).toEqual([
        ["settings.__proto__", "forbidden_key"],
        ["settings.constructor", "forbidden_key"],
      ]);
    }
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("a 50 MB string is rejected with too_big, not a crash", () => {
    const doc = tinyCentreInput();
    const huge = "x".repeat(50 * 1024 * 1024);
    const r = safeParseCentre({ ...doc, settings: { ...doc.settings, name: huge } });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues).toEqual([{ path: "settings.name", code: "too_big", message: "text of 52428800 characters is more than the maximum 500" }]);
  });

  it("ten thousand duplicate ids are all reported", () => {
    const doc = tinyCentreInput();
    const entry = doc.journal.entries[0]!;
    const entries = Array.from({ length: 10_000 }, () => entry);
    const r = safeParseCentre({ ...doc, journal: { schemaVersion: 1, entries } });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.issues).toHaveLength(9_999);
      expect(r.error.issues.every((i) => i.code === "duplicate_id")).toBe(true);
      expect(r.error.message.split("\n")).toHaveLength(22);
    }
  });

  it("deeply nested JSON is a ValidationError", () => {
    expect(() => parseCentre(`${"[".repeat(100_000)}${"]".repeat(100_000)}`)).toThrow(ValidationError);
  });
});

describe("fuzzing the CSV importers (small counts)", () => {
  fcTest.prop([csvText], { numRuns: 200 })("hostile text: problems or a ValidationError, never a crash or a double import", csvImportNeverCrashes);
  fcTest.prop([fc.array(fc.string({ minLength: 1, maxLength: 20 }).map((s) => s.replace(/[\r\n"\\]/g, " ").trim() || "-"), { minLength: 1, maxLength: 5 }), fc.array(fc.constantFrom("x;y", ";;;;", "bad;2025-13-01;c-404;e-01;anekdot;;;x"), { maxLength: 5 })], { numRuns: 60 })(
    "good rows are kept beside bad ones",
    csvKeepsGoodRows,
  );
});
