import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { createSampleCentre, parseCentre, serializeCentre, ValidationError } from "../src/index.js";
import { readCentreFile } from "../src/node/index.js";
import { NotStreamable, readDocumentStreaming } from "../src/node/read-document.js";

const dir = mkdtempSync(join(tmpdir(), "tumbuh-read-"));
let n = 0;
function file(text: string | Buffer): string {
  const path = join(dir, `doc-${n++}.json`);
  writeFileSync(path, text);
  return path;
}

describe("readCentreFile reads the journal entry by entry", () => {
  // Larger than one 1 MiB chunk, so entries and strings cross chunk boundaries.
  const centre = createSampleCentre({ seed: 3, children: 40, weeks: 20 });
  const text = serializeCentre(centre, { indent: 1 });

  it("gives the centre parseCentre gives for the text (a document of several chunks)", async () => {
    expect(text.length).toBeGreaterThan(1.5 * (1 << 20));
    const streamed = await readCentreFile(file(text));
    expect(serializeCentre(streamed)).toBe(serializeCentre(parseCentre(text)));
  });

  it("reads the same value as JSON.parse whatever the key order, spacing, byte-order mark and escapes", () => {
    const doc = JSON.parse(text) as Record<string, unknown>;
    const reordered = { journal: doc.journal, ...doc };
    const tricky = JSON.stringify(reordered).replace(/"note":"/g, '"note":"} ] \\" \\\\ , [ { ');
    for (const t of [JSON.stringify(reordered), `\ufeff${tricky}`, JSON.stringify(reordered, null, "\t")]) {
      expect(readDocumentStreaming(file(t))).toEqual(JSON.parse(t.replace(/^\ufeff/, "")));
    }
  });

  fcTest.prop([fc.jsonValue({ maxDepth: 4 })], { numRuns: 200 })("agrees with JSON.parse on any JSON inside a document", (value) => {
    const t = JSON.stringify({ a: value, journal: { schemaVersion: 1, entries: [value, { x: value }] }, b: [value] });
    expect(readDocumentStreaming(file(t))).toEqual(JSON.parse(t));
  });

  it("keeps a __proto__ key as a key, so validation names it as JSON.parse's value would", async () => {
    const t = text.replace('"format"', '"__proto__":{"x":1},"format"');
    const streamed = readDocumentStreaming(file(t)) as Record<string, unknown>;
    expect(Object.getPrototypeOf(streamed)).toBe(Object.prototype);
    expect(Object.keys(streamed)).toContain("__proto__");
    await expect(readCentreFile(file(t))).rejects.toThrow(ValidationError);
  });

  it("falls back to the ordinary reading for malformed files, with line and column", async () => {
    const broken = text.replace(/,\n\s*"journal"/, ',,\n "journal"');
    expect(() => readDocumentStreaming(file(broken))).toThrow(NotStreamable);
    const error = await readCentreFile(file(broken)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(String((error as ValidationError).message)).toMatch(/line \d+/);
    expect(() => readDocumentStreaming(file(text.slice(0, text.length - 40)))).toThrow(NotStreamable);
    expect(() => readDocumentStreaming(file(`${text} {}`))).toThrow(NotStreamable);
  });
});
