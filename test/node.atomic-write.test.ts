// tumbuh/node's file writers: a random, exclusive temporary file (never `<file>.tmp-<pid>`), the
// old file's mode kept, nothing left behind when the write fails, the old content intact then.
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createSampleCentre, type Observation, parseCentre } from "../src/index.js";
import { readCentreFile, writeCentreFile, writeJournalJsonl } from "../src/node/index.js";

const dir = mkdtempSync(join(tmpdir(), "tumbuh-atomic-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const centre = createSampleCentre({ seed: 3, children: 4, weeks: 2, asOf: "2026-11-27" });

describe("writeCentreFile and writeJournalJsonl", () => {
  it("keep a 0600 file at 0600 and leave only the file", async () => {
    const file = join(dir, "centre.json");
    writeFileSync(file, "{}");
    chmodSync(file, 0o600);
    await writeCentreFile(file, centre);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await readCentreFile(file)).toEqual(parseCentre(centre));
    const jsonl = join(dir, "journal.jsonl");
    writeFileSync(jsonl, "");
    chmodSync(jsonl, 0o640);
    expect(await writeJournalJsonl(jsonl, centre)).toBe(centre.journal.entries.length);
    expect(statSync(jsonl).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).sort()).toEqual(["centre.json", "journal.jsonl"]);
  });

  it("a write that fails halfway keeps the old file and leaves no temporary file", async () => {
    const jsonl = join(dir, "journal.jsonl");
    const before = readFileSync(jsonl, "utf8");
    function* failing(): Generator<Observation> {
      yield* centre.journal.entries.slice(0, 3000);
      throw new Error("the source broke");
    }
    await expect(writeJournalJsonl(jsonl, failing())).rejects.toThrow("the source broke");
    expect(readFileSync(jsonl, "utf8")).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(["centre.json", "journal.jsonl"]);
  });

  it("never uses the predictable <file>.tmp-<pid> name (a planted file there is left alone)", async () => {
    const file = join(dir, "centre.json");
    const planted = `${file}.tmp-${process.pid}`;
    writeFileSync(planted, "planted");
    await writeCentreFile(file, centre);
    expect(readFileSync(planted, "utf8")).toBe("planted");
    rmSync(planted);
  });
});
