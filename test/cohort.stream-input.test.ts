import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { parseCalendarDate, record, retract, ValidationError } from "../src/index.js";
import { summarizeJournalStream } from "../src/node/index.js";
import { tinyCentre } from "./helpers/fixture.js";

const asOf = parseCalendarDate("2026-11-27");
const period = { from: parseCalendarDate("2026-07-01"), to: parseCalendarDate("2026-12-31") };

function centre() {
  return record(tinyCentre(), { kind: "assessment", id: "x-1", child: "c-002", date: "2026-10-01", author: "e-01", visibility: "family", indicator: "stppa2014.48-60.kog.c.3", level: "BSH" });
}
const text = (c = centre()) => c.journal.entries.map((e) => `${JSON.stringify(e)}\n`).join("");
const source = (t: string) => () => Readable.from([Buffer.from(t, "utf8")]);

async function rejection(p: Promise<unknown>): Promise<ValidationError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error("expected a ValidationError");
}

describe("summarizeJournalStream validates the roster as parseCentre does", () => {
  it('refuses aggregateStatistics: "false" (a string) instead of counting the child', async () => {
    const c = centre();
    const roster = c.children.map((child) => (child.id === "c-002" ? { ...child, consent: { ...child.consent, aggregateStatistics: "false" } } : child));
    const e = await rejection(summarizeJournalStream(source(text(c)), { roster: roster as never, curriculum: c, asOf, period }));
    expect(e.issues.map((i) => i.path)).toEqual(["roster[1].consent.aggregateStatistics"]);
  });

  it("names every bad field: unknown keys, invalid dates, duplicate ids", async () => {
    const c = centre();
    const [ayu, bima] = c.children;
    const roster = [{ ...ayu, nik: "3201" }, { ...bima, birthDate: "2022-02-30" }, ayu];
    const e = await rejection(summarizeJournalStream(source(text(c)), { roster: roster as never, curriculum: c, asOf, period }));
    expect(e.issues.map((i) => `${i.path} ${i.code}`)).toEqual(["roster[0].nik unrecognized_key", "roster[1].birthDate invalid_date", "roster[2].id duplicate_id"]);
  });
});

describe("summarizeJournalStream detects a source whose second pass differs", () => {
  it("refuses a function that returns the same, already read stream", async () => {
    const c = centre();
    const same = Readable.from([Buffer.from(text(c), "utf8")]);
    const e = await rejection(summarizeJournalStream(() => same, { roster: c.children, curriculum: c, asOf, period }));
    expect(e.issues[0]!.code).toBe("conflict");
    expect(e.issues[0]!.message).toMatch(/second pass/);
  });

  it("refuses a source whose amendments change between the passes, even at the same length", async () => {
    const c = retract(centre(), { id: "r-1", target: "x-1", date: "2026-10-02", author: "e-01" });
    const first = text(c);
    const second = first.replace('"target":"x-1"', '"target":"o-1"');
    expect(second.length).toBe(first.length);
    let calls = 0;
    const changing = () => Readable.from([Buffer.from(calls++ === 0 ? first : second, "utf8")]);
    await expect(summarizeJournalStream(changing, { roster: c.children, curriculum: c, asOf, period })).rejects.toThrow(/second pass/);
  });

  it("refuses a file that grows between the passes", async () => {
    const c = centre();
    const first = text(c);
    let calls = 0;
    const growing = () => Readable.from([first, ...(calls++ === 0 ? [] : [first.split("\n")[0]!.replace('"o-1"', '"o-9"') + "\n"])]);
    await expect(summarizeJournalStream(growing, { roster: c.children, curriculum: c, asOf, period })).rejects.toThrow(/second pass/);
  });

  it("accepts a fresh stream of the same content each time", async () => {
    const c = centre();
    const result = await summarizeJournalStream(source(text(c)), { roster: c.children, curriculum: c, asOf, period });
    expect(result.observations).toBe(c.journal.entries.length);
  });
});
