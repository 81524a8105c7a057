import { fc, test as fcTest } from "@fast-check/vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, describe, expect, it } from "vitest";
import {
  type Centre,
  type Observation,
  type ObservationInput,
  createSampleCentre,
  parseCalendarDate,
  parseCentre,
  record,
  ValidationError,
} from "../src/index.js";
import { type Summary, summarize } from "../src/index.js";
import { summarizeJournalStream, writeJournalJsonl } from "../src/node/index.js";
import { deepFreeze } from "./helpers/arbitraries.js";
import { summarizeJournalStreamReference } from "./helpers/stream-summary-reference.js";
import { cohortContext, planOf } from "../src/cohort/child.js";
import { resolveCurriculum } from "../src/curricula/resolve.js";
import { tinyCentreInput } from "./helpers/fixture.js";

const asOf = parseCalendarDate("2026-11-27");
const period = { from: parseCalendarDate("2026-07-01"), to: parseCalendarDate("2026-12-31") };
const dir = mkdtempSync(join(tmpdir(), "tumbuh-stream-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const jsonl = (entries: readonly Observation[]) => entries.map((e) => `${JSON.stringify(e)}\n`).join("");
const json = (s: Summary) => JSON.stringify(s);

/** A source that yields the UTF-8 bytes of a text in chunks of the given sizes (cycled). */
function bytes(text: string, sizes: readonly number[] = [65536]): () => AsyncIterable<Uint8Array> {
  const all = Buffer.from(text, "utf8");
  return async function* () {
    for (let i = 0, k = 0; i < all.length; k++) {
      const n = Math.max(1, sizes[k % sizes.length]!);
      yield all.subarray(i, i + n);
      i += n;
    }
  };
}

const streamOf = (centre: Centre) => ({ roster: centre.children, curriculum: centre, asOf, period });

const base = { author: "e-01", visibility: "family" as const };
const a = (id: string, child: string, date: string, indicator: string, level: string) => ({ ...base, kind: "assessment", id, child, date, indicator, level });
const fix = (id: string, target: string, date: string, replacement: Record<string, unknown>) => ({ ...base, kind: "correction", id, child: "c-001", date, target, replacement: { ...base, ...replacement } });
const drop = (id: string, child: string, target: string, date: string) => ({ ...base, kind: "retraction", id, child, date, target });

/** Retractions and corrections of every sort, with known results. */
function amended(): Centre {
  const doc = tinyCentreInput();
  const centre = parseCentre({
    ...doc,
    children: [...doc.children, { id: "c-004", name: "Dian Kusuma", birthDate: "2021-03-10", group: "g-45", enrolledOn: "2025-07-14", consent: { photos: true, shareWithFamilyApps: true, aggregateStatistics: true } }],
    journal: { schemaVersion: 1, entries: [] },
  });
  const kogC = (n: number) => `stppa2014.48-60.kog.c.${n}`;
  return record(centre, [
    // The latest is retracted: the one before counts again (BSH).
    a("x1", "c-001", "2026-10-01", kogC(1), "BSH"),
    a("x2", "c-001", "2026-10-05", kogC(1), "BB"),
    drop("r1", "c-001", "x2", "2026-10-06"),
    // Two corrections; the later one is retracted, so the earlier one counts (BSB).
    a("y1", "c-001", "2026-10-01", kogC(2), "MB"),
    fix("y2", "y1", "2026-10-02", { kind: "assessment", date: "2026-10-01", indicator: kogC(2), level: "BSB" }),
    fix("y3", "y1", "2026-10-03", { kind: "assessment", date: "2026-10-01", indicator: kogC(2), level: "BB" }),
    drop("y4", "c-001", "y3", "2026-10-04"),
    // Same date: the larger observation id is the latest (z1: BB).
    a("z1", "c-001", "2026-10-10", kogC(3), "BB"),
    a("z0", "c-001", "2026-10-10", kogC(3), "BSH"),
    // A correction moves an assessment after asOf: it no longer counts.
    a("w1", "c-001", "2026-10-01", "stppa2014.48-60.nam.a.1", "BB"),
    fix("w2", "w1", "2026-10-02", { kind: "assessment", date: "2027-01-05", indicator: "stppa2014.48-60.nam.a.1", level: "BB" }),
    // Lessons: same day, id decides; the mastered record is retracted.
    { ...base, kind: "lesson", id: "l1", child: "c-001", date: "2026-09-01", activity: "mont.sensorial.pink-tower", stage: "presented" },
    { ...base, kind: "lesson", id: "l2", child: "c-001", date: "2026-09-01", activity: "mont.sensorial.pink-tower", stage: "practicing" },
    { ...base, kind: "lesson", id: "l3", child: "c-001", date: "2026-09-10", activity: "mont.sensorial.pink-tower", stage: "mastered" },
    drop("r3", "c-001", "l3", "2026-09-11"),
    // Dian's earlier-band MB is corrected to BSH: no concern.
    a("d1", "c-004", "2026-09-01", "stppa2014.48-60.kog.c.4", "MB"),
    { ...fix("d2", "d1", "2026-09-02", { kind: "assessment", date: "2026-09-01", indicator: "stppa2014.48-60.kog.c.4", level: "BSH" }), child: "c-004" },
  ] as ObservationInput[]);
}

describe("summarizeJournalStream", () => {
  const centre = deepFreeze(amended());
  const expected = summarize(centre, { asOf, period });

  it("applies retractions and corrections like the in-memory summary", async () => {
    expect(expected.levels.kog?.["48-60"]).toEqual({ BB: 1, MB: 0, BSH: 1, BSB: 1 });
    expect(expected.levels.nam?.["48-60"]).toEqual({ BB: 0, MB: 0, BSH: 0, BSB: 0 });
    expect(expected.lessons.sensorial).toEqual({ presented: 0, practicing: 1, mastered: 0 });
    expect(expected.concerns.kog?.["earlier-band"]).toBe(0);
    const result = await summarizeJournalStream(bytes(jsonl(centre.journal.entries)), streamOf(centre));
    expect(json(result.summary)).toBe(json(expected));
    expect(result).toMatchObject({ lines: centre.journal.entries.length, observations: centre.journal.entries.length, badLines: 0, problems: [] });
    expect(result.retained.amendments).toBe(6);
  });

  fcTest.prop([fc.shuffledSubarray([...Array(17).keys()], { minLength: 17 }), fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 5 })], { numRuns: 60 })(
    "gives the same summary whatever the order of the lines and the chunk boundaries",
    async (order, sizes) => {
      const entries = order.map((i) => centre.journal.entries[i]!);
      const result = await summarizeJournalStream(bytes(jsonl(entries), sizes), streamOf(centre));
      expect(json(result.summary)).toBe(json(expected));
    },
  );

  it("equals summarize for sample centres written with writeJournalJsonl", async () => {
    for (const seed of [31, 32, 33]) {
      const sample = createSampleCentre({ seed, children: 30 + 10 * (seed - 31), weeks: 12 });
      const path = join(dir, `sample-${seed}.jsonl`);
      expect(await writeJournalJsonl(path, sample)).toBe(sample.journal.entries.length);
      expect(sample.journal.entries.some((e) => e.kind === "retraction" || e.kind === "correction")).toBe(true);
      const result = await summarizeJournalStream(path, streamOf(sample));
      expect(json(result.summary)).toBe(json(summarize(sample, { asOf, period })));
      expect(result.badLines).toBe(0);
    }
  });

  it("equals summarize for a summary of a past period (asOf after the period ends)", async () => {
    const sample = createSampleCentre({ seed: 34, children: 25, weeks: 20 });
    const past = { asOf, period: { from: parseCalendarDate("2026-01-01"), to: parseCalendarDate("2026-08-31") } };
    const result = await summarizeJournalStream(bytes(jsonl(sample.journal.entries), [777]), { ...streamOf(sample), ...past });
    expect(json(result.summary)).toBe(json(summarize(sample, past)));
  });

  it("counts bad lines by line number without throwing, up to a cap", async () => {
    const lines = jsonl(centre.journal.entries).split("\n");
    lines.splice(2, 0, "{not json");
    lines.splice(5, 0, JSON.stringify({ ...centre.journal.entries[0], level: "EXCELLENT" }));
    lines.splice(7, 0, "   ");
    lines.splice(9, 0, JSON.stringify({ kind: "assessment" }));
    lines.splice(11, 0, `{"note":"${"x".repeat(600)}"}`);
    expect(Math.max(...centre.journal.entries.map((e) => JSON.stringify(e).length))).toBeLessThan(500);
    const text = `\uFEFF${lines.join("\r\n")}`;
    const result = await summarizeJournalStream(bytes(text, [7, 64, 3]), { ...streamOf(centre), maxProblems: 2, maxLineLength: 500 });
    expect(json(result.summary)).toBe(json(expected));
    expect(result.badLines).toBe(4);
    expect(result.problems).toEqual([
      { line: 3, message: expect.stringMatching(/^malformed JSON/) },
      { line: 6, message: expect.stringMatching(/level: expected BB \| MB/) },
    ]);
    const all = await summarizeJournalStream(bytes(text), { ...streamOf(centre), maxLineLength: 500 });
    expect(all.problems.map((p) => p.line)).toEqual([3, 6, 10, 12]);
    expect(all.problems[3]!.message).toMatch(/longer than 500/);
    expect(all.lines).toBe(lines.length - 1); // the text ends with a line break
  });

  it("sees amendments whose kind is written with JSON escapes", async () => {
    const text = jsonl(centre.journal.entries).replaceAll('"kind":"retraction"', '"kind":"retr\\u0061ction"').replaceAll('"kind":"correction"', '"kind":"\\u0063orrection"');
    expect(text).toContain("retr\\u0061ction");
    const result = await summarizeJournalStream(bytes(text), streamOf(centre));
    expect(json(result.summary)).toBe(json(expected));
  });

  it("decodes UTF-8 split across chunks", async () => {
    const note = { ...centre.journal.entries[0]!, id: "u1", note: "Ayu menyusun menara — 🌱 tumbuh, ñ, é" } as Observation;
    const text = jsonl([...centre.journal.entries, note]);
    for (const size of [1, 2, 3, 5]) {
      const result = await summarizeJournalStream(bytes(text, [size]), streamOf(centre));
      expect(result.badLines).toBe(0);
      expect(json(result.summary)).toBe(json(expected));
    }
  });

  it("validates its options like summarize, and needs a source it can read twice", async () => {
    await expect(summarizeJournalStream(bytes(""), { ...streamOf(centre), framework: "merdeka-cp" })).rejects.toThrow(ValidationError);
    const once = bytes("")() as unknown as () => AsyncIterable<Uint8Array>;
    await expect(summarizeJournalStream(once, streamOf(centre))).rejects.toThrow(/read twice/);
  });

  it("leaves out children who are not counted", async () => {
    const noConsent = parseCentre({ ...centre, children: centre.children.map((c) => ({ ...c, consent: { ...c.consent, aggregateStatistics: false } })) });
    const result = await summarizeJournalStream(bytes(jsonl(centre.journal.entries)), streamOf(noConsent));
    expect(Object.values(result.summary.children).every((n) => n === 0)).toBe(true);
    expect(result.retained).toEqual({ children: 0, indicators: 0, lessons: 0, amendments: 6 });
  });
});

describe("summarizeJournalStream edge cases", () => {
  const sample = createSampleCentre({ seed: 7, children: 10, weeks: 30 });
  const counted = new Set(sample.children.filter((c) => c.consent.aggregateStatistics).map((c) => c.id));
  const recent = sample.journal.entries.filter((e) => counted.has(e.child) && e.date >= "2026-07-01" && e.date <= "2026-11-27");
  const anAssessment = recent.find((e) => e.kind === "assessment" && e.indicator.startsWith("stppa2014."))!;
  const aLesson = recent.find((e) => e.kind === "lesson")!;
  const opts = { roster: sample.children, curriculum: sample, asOf, period };
  const same = async (lines: readonly object[], expectedBadLines = 0) => {
    const text = lines.map((l) => JSON.stringify(l)).join("\n");
    const expected = await summarizeJournalStreamReference(bytes(text), opts);
    const actual = await summarizeJournalStream(bytes(text), opts);
    expect(actual).toEqual(expected);
    expect(actual.badLines).toBe(expectedBadLines);
    return actual;
  };

  it("breaks ties on a date by id, then (lessons) by stage, in any order of the lines", async () => {
    const a = { ...anAssessment, id: "t1", date: "2026-10-01" };
    const l = { ...aLesson, id: "t1", date: "2026-10-01" };
    for (const lines of [
      [{ ...a, level: "BB" }, { ...a, level: "BSB" }],
      [{ ...a, level: "BSB" }, { ...a, level: "BB" }],
      [{ ...a, id: "t2", level: "BB" }, { ...a, level: "BSB" }],
      [{ ...a, level: "BSB" }, { ...a, id: "t2", level: "BB" }],
      [{ ...l, stage: "mastered" }, { ...l, stage: "presented" }],
      [{ ...l, stage: "presented" }, { ...l, stage: "mastered" }, { ...l, stage: "practicing" }],
      [{ ...l, id: "t0", stage: "mastered" }, { ...l, stage: "presented" }],
    ]) {
      await same(lines);
    }
  });

  it("counts assessments on the first and last day of the period, and nothing after asOf", async () => {
    // Every assessment of one child on one day: on a day in the period, no indicator is left not observed.
    const child = sample.children.find((c) => c.id === anAssessment.child)!;
    const plan = planOf(cohortContext(resolveCurriculum(sample), { asOf, period }), child);
    const expected = plan.tracked.filter((t) => t.role === "expected");
    expect(expected.length).toBeGreaterThan(3);
    const notObserved = async (date: string) => {
      const result = await same(expected.map((t, i) => ({ ...anAssessment, id: `t${i}`, date, indicator: t.id, level: "BSH" })));
      return Object.values(result.summary.concerns).reduce((n, kinds) => n + (kinds?.["not-observed"] ?? 0), 0);
    };
    const before = await notObserved("2026-06-30");
    expect(await notObserved("2026-07-01")).toBeLessThan(before);
    expect(await notObserved("2026-11-27")).toBeLessThan(before);
    expect(await notObserved("2026-11-28")).toBe(before);
  });

  it("applies retractions and corrections of assessments, lessons and other kinds, wherever they are", async () => {
    const a = { ...anAssessment, id: "t1", date: "2026-10-01", level: "BB" };
    const l = { ...aLesson, id: "t2", date: "2026-10-01", stage: "mastered" };
    const n = { kind: "anecdote", id: "t3", child: a.child, date: "2026-10-01", author: "e-001", visibility: "staff", text: "Bermain.", indicators: [] };
    const drop = (id: string, target: string) => ({ kind: "retraction", id, child: a.child, date: "2026-10-02", author: "e-001", visibility: "staff", target });
    const fix = (id: string, target: string, replacement: object) => ({ kind: "correction", id, child: a.child, date: "2026-10-02", author: "e-001", visibility: "staff", target, replacement });
    const { id: _i, child: _c, ...aBody } = a;
    const { id: _j, child: _d, ...lBody } = l;
    await same([drop("r1", "t1"), a, l, n]);
    await same([a, l, n, fix("f1", "t1", { ...aBody, level: "BSB" }), fix("f2", "t2", { ...lBody, stage: "presented" })]);
    // An anecdote corrected into an assessment counts as one; a retracted correction does not.
    await same([n, fix("f3", "t3", { ...aBody, level: "MB" }), a]);
    await same([n, fix("f3", "t3", { ...aBody, level: "MB" }), drop("r3", "f3"), a]);
    // The same target corrected twice: the later correction wins, the id breaks a tie.
    await same([a, fix("f5", "t1", { ...aBody, level: "MB" }), fix("f4", "t1", { ...aBody, level: "BSH" })]);
    await same([{ ...fix("f9", "t1", { ...aBody, level: "MB" }), date: "2026-10-03" }, a, fix("f4", "t1", { ...aBody, level: "BSH" })]);
  });
});

describe("summarizeJournalStream memory", () => {
  const sample = createSampleCentre({ seed: 41, children: 30, weeks: 12 });
  const plain = sample.journal.entries.filter((e) => e.kind !== "retraction" && e.kind !== "correction");
  /** The journal with every observation repeated n times under new ids: n× the lines, the same children and indicators. */
  const times = (n: number) =>
    [...Array(n).keys()].flatMap((k) => plain.map((e) => (k === 0 ? e : ({ ...e, id: `${e.id}.copy${k}` } as Observation))));

  const gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc ?? (() => {
    try {
      setFlagsFromString("--expose-gc");
      return runInNewContext("gc") as () => void;
    } catch {
      return undefined;
    }
  })();

  /** Streams a file and measures the heap (after GC) when the last chunk of the second pass is read. */
  async function measure(path: string): Promise<{ result: Awaited<ReturnType<typeof summarizeJournalStream>>; heap: number }> {
    let calls = 0;
    let heap = 0;
    const source = () => {
      calls++;
      const pass = calls;
      return (async function* () {
        const text = readFileSync(path);
        for (let i = 0; i < text.length; i += 65536) yield text.subarray(i, i + 65536);
        if (pass === 2 && gc) {
          gc();
          heap = process.memoryUsage().heapUsed;
        }
      })();
    };
    return { result: await summarizeJournalStream(source, streamOf(sample)), heap };
  }

  it("keeps the same state for 1×, 2× and 4× the lines", async () => {
    const results = [];
    for (const n of [1, 2, 4]) {
      const path = join(dir, `times-${n}.jsonl`);
      await writeJournalJsonl(path, times(n));
      results.push((await summarizeJournalStream(path, streamOf(sample))));
    }
    expect(results.map((r) => r.lines)).toEqual([1, 2, 4].map((n) => n * plain.length));
    expect(results[1]!.retained).toEqual(results[0]!.retained);
    expect(results[2]!.retained).toEqual(results[0]!.retained);
    expect(results[0]!.retained.indicators).toBeGreaterThan(100);
    // Copies have the same dates and levels, so the summary is the same too.
    expect(json(results[2]!.summary)).toBe(json(results[0]!.summary));
  });

  it("does not hold the lines: the heap at the end of the fold does not grow with the file", async () => {
    expect(gc, "vitest runs with --expose-gc (vitest.config.ts)").toBeDefined();
    const small = join(dir, "heap-1.jsonl");
    const large = join(dir, "heap-8.jsonl");
    await writeJournalJsonl(small, times(1));
    await writeJournalJsonl(large, times(8));
    const fileGrowth = readFileSync(large).length - readFileSync(small).length;
    await measure(small); // warm up code and caches
    const one = await measure(small);
    const eight = await measure(large);
    expect(eight.result.lines).toBe(8 * one.result.lines);
    // Keeping the parsed lines would cost more than the file itself; the fold keeps a fixed state.
    expect(eight.heap - one.heap).toBeLessThan(fileGrowth / 2);
  });
});
