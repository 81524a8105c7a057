import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import {
  type Centre,
  type Issue,
  parseCentre,
  safeParseCentre,
  serializeCentre,
  ValidationError,
} from "../src/index.js";
import { tinyCentreInput } from "./helpers/fixture.js";

function issuesOf(value: unknown): Issue[] {
  const r = safeParseCentre(value);
  if (r.success) throw new Error("expected the document to be rejected");
  return [...r.error.issues];
}

function withEntries(entries: unknown[]): unknown {
  const doc = tinyCentreInput();
  return { ...doc, journal: { schemaVersion: 1, entries: [...doc.journal.entries, ...entries] } };
}

const lesson = (over: Record<string, unknown>) => ({
  kind: "lesson",
  id: "x-1",
  child: "c-001",
  date: "2026-10-01",
  author: "e-01",
  visibility: "family",
  activity: "mont.sensorial.pink-tower",
  stage: "practicing",
  ...over,
});

describe("parseCentre: valid documents", () => {
  it("accepts the tiny centre and an empty journal", () => {
    const doc = tinyCentreInput();
    expect(parseCentre(doc).children).toHaveLength(3);
    expect(parseCentre({ ...doc, journal: { schemaVersion: 1, entries: [] } }).journal.entries).toEqual([]);
  });

  it("accepts JSON text and reports malformed JSON with line and column", () => {
    const text = serializeCentre(parseCentre(tinyCentreInput()), { indent: 2 });
    expect(parseCentre(text).children).toHaveLength(3);
    const broken = `${text.slice(0, 40)}\n  oops${text.slice(40)}`;
    const issues = issuesOf(broken);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.code).toBe("invalid_json");
    expect(issues[0]?.message).toMatch(/line \d+, column \d+/);
  });

  it("locates a trailing comma, which Node's own message gives no position for", () => {
    const text = '{\n  "format": "tumbuh.centre",\n  "schemaVersion": 1,\n}';
    expect(issuesOf(text)).toEqual([{ path: "", code: "invalid_json", message: "malformed JSON at line 3, column 21: trailing comma" }]);
    expect(issuesOf("\uFEFF")).toEqual([{ path: "", code: "invalid_json", message: "malformed JSON at line 1, column 1: empty" }]);
  });

  it("round-trips losslessly through serializeCentre", () => {
    const centre = parseCentre(tinyCentreInput());
    expect(parseCentre(serializeCentre(centre))).toEqual(centre);
  });
});

describe("parseCentre: bad input, each with its exact error", () => {
  it("invalid dates", () => {
    const doc = tinyCentreInput();
    const bad = {
      ...doc,
      children: doc.children.map((c, i) => (i === 0 ? { ...c, birthDate: "2025-02-29" } : i === 1 ? { ...c, birthDate: "2022-1-5" } : c)),
      journal: { schemaVersion: 1, entries: [lesson({ date: "2025-13-01" }), lesson({ id: "x-2", date: "2025-01-05T08:00:00" })] },
    };
    expect(issuesOf(bad)).toEqual([
      { path: "children[0].birthDate", code: "invalid_date", message: 'day 29 does not exist in "2025-02-29"' },
      { path: "children[1].birthDate", code: "invalid_date", message: 'expected YYYY-MM-DD, got "2022-1-5"' },
      { path: "journal.entries[0].date", code: "invalid_date", message: 'month 13 does not exist in "2025-13-01"' },
      { path: "journal.entries[1].date", code: "invalid_date", message: 'expected YYYY-MM-DD, got "2025-01-05T08:00:00"' },
    ]);
  });

  it("an observation dated before the child's birth", () => {
    expect(issuesOf(withEntries([lesson({ date: "2022-04-14" })]))).toEqual([
      { path: "journal.entries[3].date", code: "before_birth", message: "date 2022-04-14 is before the child's birth date 2022-04-15" },
    ]);
  });

  it('level "BSHH"', () => {
    const entry = { kind: "assessment", id: "x-1", child: "c-001", date: "2026-10-01", author: "e-01", visibility: "family", indicator: "stppa2014.48-60.kog.c.3", level: "BSHH" };
    expect(issuesOf(withEntries([entry]))).toEqual([
      {
        path: "journal.entries[3].level",
        code: "invalid_value",
        message: 'expected BB | MB | BSH | BSB | belum-muncul | sudah-muncul | achieved | not-yet | not-sure, got "BSHH"',
      },
    ]);
  });

  it("negative weight", () => {
    const entry = { kind: "growth", id: "x-1", child: "c-001", date: "2026-10-01", author: "e-01", visibility: "staff", weightKg: -3 };
    expect(issuesOf(withEntries([entry]))).toEqual([
      { path: "journal.entries[3].weightKg", code: "too_small", message: "-3 is less than the minimum 0.5" },
    ]);
  });

  it("duplicate ids", () => {
    const doc = tinyCentreInput();
    const bad = { ...doc, children: [...doc.children, { ...doc.children[0]! }], journal: { schemaVersion: 1, entries: [...doc.journal.entries, lesson({ id: "o-1" })] } };
    expect(issuesOf(bad)).toEqual([
      { path: "children[3].id", code: "duplicate_id", message: 'duplicate id "c-001"' },
      { path: "journal.entries[3].id", code: "duplicate_id", message: 'duplicate id "o-1"' },
    ]);
  });

  it("unknown references", () => {
    const doc = tinyCentreInput();
    const bad = {
      ...doc,
      children: doc.children.map((c, i) => (i === 2 ? { ...c, group: "g-99" } : c)),
      journal: {
        schemaVersion: 1,
        entries: [
          lesson({ child: "c-404" }),
          lesson({ id: "x-2", activity: "mont.sensorial.purple-tower" }),
          { kind: "assessment", id: "x-3", child: "c-001", date: "2026-10-01", author: "e-99", visibility: "family", indicator: "stppa2014.48-60.kog.z.9", level: "MB" },
          { kind: "retraction", id: "x-4", child: "c-001", date: "2026-10-02", author: "e-01", visibility: "staff", target: "o-404" },
        ],
      },
    };
    expect(issuesOf(bad)).toEqual([
      { path: "children[2].group", code: "unknown_reference", message: 'unknown group "g-99"' },
      { path: "journal.entries[0].child", code: "unknown_reference", message: 'unknown child "c-404"' },
      { path: "journal.entries[1].activity", code: "unknown_reference", message: 'unknown activity "mont.sensorial.purple-tower"' },
      { path: "journal.entries[2].author", code: "unknown_reference", message: 'unknown educator "e-99"' },
      { path: "journal.entries[2].indicator", code: "unknown_reference", message: 'unknown indicator "stppa2014.48-60.kog.z.9"' },
      { path: "journal.entries[3].target", code: "unknown_reference", message: 'unknown observation "o-404"' },
    ]);
  });

  it("missing fields and wrong types, all at once", () => {
    const doc = tinyCentreInput();
    const { name: _name, ...noName } = doc.children[0]!;
    const bad = {
      ...doc,
      children: [noName, { ...doc.children[1]!, consent: "yes" }],
      journal: { schemaVersion: 1, entries: [lesson({ stage: 3, child: undefined })] },
    };
    expect(issuesOf(bad)).toEqual([
      { path: "children[0].name", code: "missing", message: "required string is missing" },
      { path: "children[1].consent", code: "invalid_type", message: "expected object, got string" },
      { path: "journal.entries[0].child", code: "missing", message: "required string is missing" },
      { path: "journal.entries[0].stage", code: "invalid_value", message: "expected presented | practicing | mastered, got 3" },
    ]);
  });

  it("a 10 MB note", () => {
    const note = "a".repeat(10 * 1024 * 1024);
    expect(issuesOf(withEntries([lesson({ note })]))).toEqual([
      { path: "journal.entries[3].note", code: "too_big", message: "text of 10485760 characters is more than the maximum 10000" },
    ]);
  });

  it("extra keys, a national ID number field and __proto__ keys", () => {
    const doc = tinyCentreInput();
    const text = JSON.stringify({ ...doc, children: [{ ...doc.children[0], nik: "3674000000000001" }, ...doc.children.slice(1)], extra: 1 });
    const withProto = text.replace('"format":', '"__proto__":{"polluted":true},"format":');
    expect(issuesOf(withProto)).toEqual([
      { path: "children[0].nik", code: "unrecognized_key", message: 'unknown key "nik"' },
      { path: "__proto__", code: "forbidden_key", message: 'key "__proto__" is not allowed' },
      { path: "extra", code: "unrecognized_key", message: 'unknown key "extra"' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("an unknown schema version, alone", () => {
    expect(issuesOf({ ...tinyCentreInput(), schemaVersion: 2 })).toEqual([
      { path: "schemaVersion", code: "unsupported_version", message: "unsupported schemaVersion 2; this version of tumbuh reads 1" },
    ]);
  });

  it("throws ValidationError from parseCentre", () => {
    expect(() => parseCentre({})).toThrow(ValidationError);
  });
});

describe("round trip (property)", () => {
  const levels = ["BB", "MB", "BSH", "BSB", "belum-muncul", "sudah-muncul"] as const;
  const entry = fc.record({
    n: fc.integer({ min: 0, max: 1_000_000 }),
    child: fc.constantFrom("c-001", "c-002", "c-003"),
    day: fc.integer({ min: 1, max: 28 }),
    level: fc.constantFrom(...levels),
    note: fc.option(fc.string({ minLength: 1, maxLength: 40, unit: "grapheme" }), { nil: undefined }),
  });
  fcTest.prop([fc.uniqueArray(entry, { selector: (e) => e.n, maxLength: 30 })])("parse(serialize(c)) equals c", (entries) => {
    const doc = tinyCentreInput();
    const input = {
      ...doc,
      journal: {
        schemaVersion: 1 as const,
        entries: entries.map((e) => ({
          kind: "assessment" as const,
          id: `p-${e.n}`,
          child: e.child,
          date: `2026-10-${String(e.day).padStart(2, "0")}`,
          author: "e-01",
          visibility: "family" as const,
          indicator: "stppa2014.48-60.kog.c.3",
          level: e.level,
          ...(e.note === undefined ? {} : { note: e.note }),
        })),
      },
    };
    const centre: Centre = parseCentre(input);
    expect(parseCentre(serializeCentre(centre))).toEqual(centre);
    expect(JSON.parse(serializeCentre(centre))).toEqual(JSON.parse(JSON.stringify(input)));
  });
});
