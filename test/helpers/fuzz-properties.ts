/**
 * Fuzz properties shared by the test suite (a few hundred runs) and `npm run fuzz` (100 000+ runs):
 * whatever the input, the parsers return a value or throw a ValidationError, a valid document
 * loses no record, and `parseCentre`'s fast path agrees exactly with the implementation before it.
 */
import fc from "fast-check";
import { parseCentre, serializeCentre, ValidationError } from "../../src/index.js";
import { tinyCentreInput } from "./fixture.js";

export { damagedCentre, parseCentreMatchesReference, validCentre } from "./centre-arbitraries.js";

/** Runs a parser and reports anything thrown that is not a ValidationError. */
export function onlyValidationErrors(parse: () => unknown): void {
  try {
    parse();
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
  }
}

const keys = ["__proto__", "constructor", "prototype", "kind", "id", "date", "child", "level", "entries", "journal", "x"];

/** A valid document with random local damage: deleted keys, wrong types, hostile keys and values. */
export const damagedDocument: fc.Arbitrary<unknown> = fc
  .record({
    path: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
    action: fc.constantFrom("delete", "replace", "add-key", "wrap"),
    key: fc.constantFrom(...keys),
    value: fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.constantFrom("2025-02-29", "BSHH", -1, 1e308, "", "<script>", "=cmd()", null),
      fc.string({ unit: "grapheme", maxLength: 50 }),
    ),
  })
  .map(({ path, action, key, value }) => {
    const doc = JSON.parse(JSON.stringify(tinyCentreInput())) as Record<string, unknown>;
    let node: unknown = doc;
    for (const step of path) {
      if (node === null || typeof node !== "object") break;
      const ks = Object.keys(node);
      if (ks.length === 0) break;
      const k = ks[step % ks.length]!;
      const child = (node as Record<string, unknown>)[k];
      if (child === null || typeof child !== "object" || step % 3 === 0) {
        const target = node as Record<string, unknown>;
        if (action === "delete") delete target[k];
        else if (action === "replace") target[k] = value;
        else if (action === "add-key") Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
        else target[k] = [[[[child]]]];
        return doc;
      }
      node = child;
    }
    return doc;
  });

/** A deeply nested JSON text (stack-hostile). */
export const deepJson = fc.integer({ min: 1, max: 20000 }).map((depth) => `${"[".repeat(depth)}${"]".repeat(depth)}`);

/** Property: any JSON value or text gives a centre or a ValidationError. */
export function parseCentreNeverCrashes(input: unknown): void {
  onlyValidationErrors(() => parseCentre(input));
}

/** Property: a valid document round-trips with every record. */
export function validDocumentLosesNothing(entryCount: number, note: string): void {
  const doc = tinyCentreInput();
  const entries = Array.from({ length: entryCount }, (_, i) => ({
    kind: "anecdote" as const,
    id: `f-${i}`,
    child: "c-001",
    date: "2026-10-01",
    author: "e-01",
    visibility: "family" as const,
    text: note || "-",
    indicators: [],
  }));
  const centre = parseCentre({ ...doc, journal: { schemaVersion: 1, entries: [...doc.journal.entries, ...entries] } });
  const again = parseCentre(serializeCentre(centre));
  if (again.journal.entries.length !== doc.journal.entries.length + entryCount) throw new Error("a record was lost");
  if (JSON.stringify(again) !== JSON.stringify(centre)) throw new Error("round trip changed the document");
}
