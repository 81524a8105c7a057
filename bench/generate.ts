/**
 * Writes one seeded dataset as a centre document, in its own process, so the generator's memory
 * never counts in the measured pipeline's peak. Run by bench/run.ts:
 *   npx tsx bench/generate.ts city /tmp/city.json
 */
import { writeFileSync } from "node:fs";
import { serializeCentre } from "../src/index.js";
import { buildDataset, DATASETS } from "./datasets.js";

const [name, file] = process.argv.slice(2);
const spec = DATASETS.find((d) => d.name === name);
if (spec === undefined || file === undefined) throw new Error("usage: generate.ts <dataset> <file>");
writeFileSync(file, serializeCentre(buildDataset(spec)));
