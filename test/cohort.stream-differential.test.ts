import { fc, test as fcTest } from "@fast-check/vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createSampleCentre, LevelSchema, parseCalendarDate } from "../src/index.js";
import { type JournalSource, summarizeJournalStream } from "../src/node/index.js";
import { applyDamage, damage, observationLine, write } from "./helpers/jsonl-arbitraries.js";
import { summarizeJournalStreamReference } from "./helpers/stream-summary-reference.js";

// summarizeJournalStream (byte scanner, fold in typed arrays) against the implementation before
// it (JSON.parse + ObservationSchema on every line): the same result, problems included, for any
// file: amendments anywhere, ties, bad lines, escapes, CRLF, BOMs, long lines, any chunking.

/** Runs per property (more with DIFF_RUNS=…). */
const RUNS = Number(process.env["DIFF_RUNS"] ?? 60);
const asOf = parseCalendarDate("2026-11-27");
const period = { from: parseCalendarDate("2026-07-01"), to: parseCalendarDate("2026-12-31") };
const dir = mkdtempSync(join(tmpdir(), "tumbuh-stream-diff-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sample = createSampleCentre({ seed: 7, children: 10, weeks: 30 });
const entries = sample.journal.entries.map((e) => JSON.stringify(e));
const unique = <T>(xs: readonly T[]) => [...new Set(xs)];
// Children with the indicators and activities they have records for (so that new records count),
// a few ids and dates (so that records tie, repeat ids and amend each other).
const counted = new Set(sample.children.filter((c) => c.consent.aggregateStatistics).map((c) => c.id));
const recent = sample.journal.entries.filter((e) => counted.has(e.child) && e.date >= "2026-07-01");
const pairs = (kind: "assessment" | "lesson") =>
  unique(recent.flatMap((e) => (e.kind === "assessment" && kind === "assessment" ? [`${e.child} ${e.indicator}`] : e.kind === "lesson" && kind === "lesson" ? [`${e.child} ${e.activity}`] : [])))
    .filter((_, i) => i % 7 === 0)
    .slice(0, 4)
    .map((s) => s.split(" ") as [string, string]);
const assessed = pairs("assessment");
const taught = pairs("lesson");
const children = [...sample.children.map((c) => c.id), "c-99999"];
const ids = ["o1", "o2", "o10", "o.1", ...recent.filter((_, i) => i % 97 === 0).slice(0, 4).map((e) => e.id)];
const dates = ["2026-06-30", "2026-07-01", "2026-11-27", "2026-11-28", "2026-12-31"];

const base = { author: fc.constant("e-001"), visibility: fc.constantFrom("staff", "family"), date: fc.constantFrom(...dates) };
const id = fc.constantFrom(...ids);
const assessment = fc
  .tuple(fc.constantFrom(...assessed), fc.record({ id, ...base, level: fc.constantFrom(...LevelSchema.options) }))
  .map(([[child, indicator], r]) => ({ kind: "assessment", ...r, child, indicator }));
const lesson = fc
  .tuple(fc.constantFrom(...taught), fc.record({ id, ...base, stage: fc.constantFrom("presented", "practicing", "mastered") }))
  .map(([[child, activity], r]) => ({ kind: "lesson", ...r, child, activity }));
const anecdote = fc.record({ kind: fc.constant("anecdote"), id, child: fc.constantFrom(...children), ...base, text: fc.constant("Bermain."), indicators: fc.constant([]) });
const body = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== "id" && k !== "child"));
const related: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  { weight: 4, arbitrary: assessment },
  { weight: 4, arbitrary: lesson },
  { weight: 1, arbitrary: anecdote },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("retraction"), id, child: fc.constantFrom(...children), ...base, target: id }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.record({ kind: fc.constant("correction"), id, child: fc.constantFrom(...children), ...base, target: id }), fc.oneof(assessment, lesson, anecdote))
      .map(([c, replacement]) => ({ ...c, replacement: body(replacement) })),
  },
);

/** How a line is written. */
const written = (o: Record<string, unknown>) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constant(JSON.stringify(o)) },
    { weight: 2, arbitrary: fc.shuffledSubarray(Object.entries(o), { minLength: Object.keys(o).length }).map(write) },
    // The kind spelled with an escape, or spaces: JSON.parse reads them, the scanner leaves them to it.
    { weight: 1, arbitrary: fc.constant(JSON.stringify(o).replace(/"kind":"(.)/, (_, c: string) => `"kind":"\\u00${c.charCodeAt(0).toString(16)}`)) },
    { weight: 1, arbitrary: fc.constant(JSON.stringify(o).replaceAll('":"', '": "')) },
    { weight: 1, arbitrary: damage.map((d) => applyDamage(JSON.stringify(o), d)) },
  );

const journalLine = fc.oneof(
  { weight: 8, arbitrary: related.chain(written) },
  { weight: 1, arbitrary: observationLine.map((l) => l.text) },
  { weight: 1, arbitrary: fc.constantFrom("", "  ", "\t", "\u00a0", "{}", "[]", "null", "{not json", '{"kind":"assessment"}') },
);

const journal = fc.record({
  sampled: fc.subarray(entries, { maxLength: 60 }),
  extra: fc.array(journalLine, { maxLength: 80 }),
  order: fc.array(fc.nat(), { minLength: 1, maxLength: 400 }),
  crlf: fc.array(fc.boolean(), { minLength: 1, maxLength: 20 }),
  boms: fc.nat(2),
  finalBreak: fc.boolean(),
});

type Journal = typeof journal extends fc.Arbitrary<infer T> ? T : never;

/** The text of a journal: its lines in a random order, with LF or CRLF, BOMs, with or without a last line break. */
function text(j: Journal): string {
  const lines = [...j.sampled, ...j.extra]
    .map((l, i) => [j.order[i % j.order.length]! * 1000 + i, l] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, l]) => l);
  const body = lines.map((l, i) => `${l}${j.crlf[i % j.crlf.length] ? "\r\n" : "\n"}`).join("");
  return "\uFEFF".repeat(j.boms) + (j.finalBreak ? body : body.replace(/\r?\n$/, ""));
}

/** A source that yields bytes in chunks of the given sizes (cycled). */
function byteSource(all: Uint8Array, sizes: readonly number[]): () => AsyncIterable<Uint8Array> {
  return async function* () {
    for (let i = 0, k = 0; i < all.length; k++) {
      const n = sizes[k % sizes.length]!;
      yield all.subarray(i, i + n);
      i += n;
    }
  };
}

/** A source that yields the text in chunks: UTF-8 bytes, strings, or both. */
function source(t: string, how: "bytes" | "strings" | "mixed", sizes: readonly number[]): () => AsyncIterable<string | Uint8Array> {
  if (how === "bytes") return byteSource(Buffer.from(t, "utf8"), sizes);
  return async function* () {
    for (let i = 0, k = 0; i < t.length; k++) {
      const n = sizes[k % sizes.length]!;
      const piece = t.slice(i, i + n);
      yield how === "mixed" && k % 2 === 0 ? Buffer.from(piece, "utf8") : piece;
      i += n;
    }
  };
}

let files = 0;
async function bothAgree(src: JournalSource, options: { maxLineLength?: number; maxProblems?: number }) {
  const opts = { roster: sample.children, curriculum: sample, asOf, period, ...options };
  const expected = await summarizeJournalStreamReference(src, opts);
  const actual = await summarizeJournalStream(src, opts);
  expect(actual).toEqual(expected);
  return actual;
}

const options = fc.record(
  { maxLineLength: fc.oneof(fc.integer({ min: 0, max: 400 }), fc.constant(1_000_000)), maxProblems: fc.nat(6) },
  { requiredKeys: [] },
);

describe("summarizeJournalStream against the implementation before the scanner", () => {
  fcTest.prop([journal, options], { numRuns: RUNS })("gives the same result for a file", async (j, o) => {
    const path = join(dir, `j-${files++}.jsonl`);
    writeFileSync(path, text(j));
    await bothAgree(path, o);
  });

  fcTest.prop([journal, options, fc.constantFrom("bytes", "strings", "mixed" as const), fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 4 })], {
    numRuns: RUNS,
  })("gives the same result for a stream, however it is cut", async (j, o, how, sizes) => {
    await bothAgree(source(text(j), how, sizes), o);
  });

  fcTest.prop([journal, fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 3 })], { numRuns: Math.ceil(RUNS / 2) })(
    "gives the same result for bytes that are not UTF-8",
    async (j, spots, sizes) => {
      const bytes = Buffer.from(text(j), "utf8");
      const bad = [0xff, 0xc3, 0xe2, 0x82, 0xf0, 0x9f, 0xed, 0xa0];
      for (const [k, s] of spots.entries()) if (bytes.length > 0) bytes[s % bytes.length] = bad[k % bad.length]!;
      await bothAgree(byteSource(bytes, sizes), {});
    },
  );

  it("gives the same result for the sample journal, whole and with every amendment first", async () => {
    const amendments = entries.filter((l) => /"kind":"(retraction|correction)"/.test(l));
    expect(amendments.length).toBeGreaterThan(3);
    const path = join(dir, "sample.jsonl");
    writeFileSync(path, `${entries.join("\n")}\n`);
    const whole = await bothAgree(path, {});
    expect(whole.badLines).toBe(0);
    writeFileSync(path, `${[...amendments, ...entries.filter((l) => !amendments.includes(l))].join("\r\n")}`);
    await bothAgree(path, {});
  });

  it("gives the same result for lines longer than the read buffer and than maxLineLength", async () => {
    const long = JSON.stringify({ ...sample.journal.entries[0], note: "panjang ".repeat(300_000).trim().slice(0, 10_000) });
    const huge = `{"note":"${"x".repeat(3_000_000)}"}`;
    const path = join(dir, "long.jsonl");
    const t = [entries[1], long, huge, entries[2], `{"kind":"${"é".repeat(1_500_000)}"}`, ...entries.slice(3, 3000)].join("\n");
    writeFileSync(path, t);
    for (const maxLineLength of [9_000, 10_500, 1_000_000, 3_000_010, 10_000_000]) {
      await bothAgree(path, { maxLineLength });
      await bothAgree(byteSource(Buffer.from(t, "utf8"), [65_536, (1 << 20) + 3]), { maxLineLength });
      await bothAgree(source(t, "mixed", [70_001, 2_000_003]), { maxLineLength });
    }
  });
});
