/**
 * Peak memory of the pipeline an app runs on a document file, in its own process: read the file
 * with `readCentreFile` (the journal parsed entry by entry, the text never held whole), validate,
 * fold, and every child's report. Prints one JSON line.
 *
 *   npx tsx bench/peak.ts /tmp/city.json
 */
import { foldProgress, parseCalendarDate, progressReport } from "../src/index.js";
import { readCentreFile } from "../src/node/index.js";

const file = process.argv[2];
if (file === undefined) throw new Error("usage: peak.ts <file written by generate.ts>");
const asOf = parseCalendarDate("2026-11-27");
const t = performance.now();
const centre = await readCentreFile(file);
const readMs = performance.now() - t;
foldProgress(centre);
for (const child of centre.children) progressReport(centre, child.id, { asOf });
process.stdout.write(`${JSON.stringify({ readMs, totalMs: performance.now() - t, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
