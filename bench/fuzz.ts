// `npm run fuzz`: at least 100 000 generated inputs per parser. Nothing but a ValidationError may
// escape, and no valid record may be lost. Prints one line per property and exits 1 on a failure.
import fc from "fast-check";
import {
  damagedCentre,
  damagedDocument,
  parseCentreMatchesReference,
  parseCentreNeverCrashes,
  validCentre,
  validDocumentLosesNothing,
} from "../test/helpers/fuzz-properties.js";
import { csvFuzzProperties } from "../test/helpers/fuzz-csv.js";
import { auditGenerated } from "../test/helpers/suppression-auditor.js";

const runs = Number(process.env.FUZZ_RUNS ?? 100_000);
const seed = Number(process.env.FUZZ_SEED ?? 20261128);

interface Case {
  readonly name: string;
  readonly property: fc.IPropertyWithHooks<unknown> | fc.IProperty<unknown>;
  readonly runs: number;
}

const cases: Case[] = [
  { name: "centre JSON: any JSON value", property: fc.property(fc.jsonValue(), parseCentreNeverCrashes) as fc.IProperty<unknown>, runs },
  { name: "centre JSON: any text", property: fc.property(fc.string({ unit: "binary", maxLength: 300 }), parseCentreNeverCrashes) as fc.IProperty<unknown>, runs },
  { name: "centre JSON: damaged valid documents", property: fc.property(damagedDocument, parseCentreNeverCrashes) as fc.IProperty<unknown>, runs },
  {
    name: "centre JSON: valid documents lose nothing",
    property: fc.property(fc.integer({ min: 0, max: 20 }), fc.string({ unit: "grapheme", maxLength: 60 }), validDocumentLosesNothing) as fc.IProperty<unknown>,
    runs: Math.max(1000, Math.floor(runs / 10)),
  },
  // The fast path (hand-written entry check, no copy, id table) against the implementation before it:
  // same centre or same issues in the same order, for the parsed value and for the JSON text.
  { name: "centre JSON: fast path = reference, damaged documents", property: fc.property(damagedCentre, parseCentreMatchesReference) as fc.IProperty<unknown>, runs },
  {
    name: "centre JSON: fast path = reference, valid documents",
    property: fc.property(validCentre, parseCentreMatchesReference) as fc.IProperty<unknown>,
    runs: Math.max(1000, Math.floor(runs / 4)),
  },
  ...csvFuzzProperties(runs),
  // The suppression auditor (linear programming over everything published) on generated centres
  // and cities of two; each input is a few seconds of LP, so far fewer of them.
  {
    name: "publishSummary: no small cell recoverable (LP auditor)",
    property: fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 8, max: 80 }), fc.integer({ min: 2, max: 16 }), fc.integer({ min: 5, max: 12 }), (seed, children, weeks, k) => {
      const problems = auditGenerated(seed, children, weeks, k);
      if (problems.length > 0) throw new Error(`recoverable: ${JSON.stringify(problems.slice(0, 3))}`);
    }) as fc.IProperty<unknown>,
    runs: Number(process.env.FUZZ_AUDIT_RUNS ?? Math.max(20, Math.floor(runs / 2000))),
  },
];

let failed = 0;
for (const c of cases) {
  const started = performance.now();
  const result = fc.check(c.property, { numRuns: c.runs, seed });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.failed) {
    failed++;
    console.log(`FAIL ${c.name}: ${fc.defaultReportMessage(result)}`);
  } else {
    console.log(`ok   ${c.name}: ${result.numRuns} inputs in ${seconds} s`);
  }
}
process.exit(failed === 0 ? 0 : 1);
