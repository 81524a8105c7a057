/**
 * Regenerates src/growth/tables/*.ts from WHO's own LMS text files (the tab-separated files WHO
 * ships with its R packages `anthro`, folder data-raw/growthstandards/, and `anthroplus`, same
 * folder). Not run by the build or the tests: run it by hand when WHO publishes a correction.
 *
 *   npx tsx bench/who-growth-tables.ts <folder with weianthro.txt, lenanthro.txt, …>
 *
 * It checks what the engine relies on (one row per day or per 0.1 cm or per month, no gaps; the
 * length table is `L` below 731 days and `H` from 731 days) and writes the numbers exactly as WHO
 * prints them.
 *
 * @module
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

interface Spec {
  /** WHO's file name. */
  readonly file: string;
  /** Our module name (src/growth/tables/<name>.ts) and export name. */
  readonly module: string;
  readonly exportName: string;
  readonly title: string;
  /** Where WHO publishes it. */
  readonly source: string;
  /** Index unit: age in days, age in months, or length/height in cm (0.1 cm rows). */
  readonly unit: "day" | "month" | "cm";
}

const ANTHRO = "https://github.com/WorldHealthOrganization/anthro (data-raw/growthstandards/";
const ANTHRO_PLUS = "https://github.com/WorldHealthOrganization/anthroplus (data-raw/growthstandards/";
const STANDARDS = "WHO Child Growth Standards (2006, 2007), https://www.who.int/tools/child-growth-standards/standards";
const REFERENCE = "WHO Growth Reference 2007 (5–19 years), https://www.who.int/tools/growth-reference-data-for-5to19-years";

const SPECS: readonly Spec[] = [
  { file: "weianthro.txt", module: "who2006-wfa", exportName: "WFA_2006", title: "weight-for-age (BB/U), 0–1826 days", source: STANDARDS, unit: "day" },
  { file: "lenanthro.txt", module: "who2006-lhfa", exportName: "LHFA_2006", title: "length/height-for-age (PB/U, TB/U), 0–1826 days (length below 731 days, height from 731)", source: STANDARDS, unit: "day" },
  { file: "bmianthro.txt", module: "who2006-bmifa", exportName: "BMIFA_2006", title: "BMI-for-age (IMT/U), 0–1826 days (length-based below 731 days, height-based from 731)", source: STANDARDS, unit: "day" },
  { file: "hcanthro.txt", module: "who2006-hcfa", exportName: "HCFA_2006", title: "head circumference-for-age (LK/U), 0–1826 days", source: STANDARDS, unit: "day" },
  { file: "wflanthro.txt", module: "who2006-wfl", exportName: "WFL_2006", title: "weight-for-length (BB/PB), 45.0–110.0 cm", source: STANDARDS, unit: "cm" },
  { file: "wfhanthro.txt", module: "who2006-wfh", exportName: "WFH_2006", title: "weight-for-height (BB/TB), 65.0–120.0 cm", source: STANDARDS, unit: "cm" },
  { file: "wfawho2007.txt", module: "who2007-wfa", exportName: "WFA_2007", title: "weight-for-age (BB/U), 60–121 months", source: REFERENCE, unit: "month" },
  { file: "hfawho2007.txt", module: "who2007-hfa", exportName: "HFA_2007", title: "height-for-age (TB/U), 60–229 months", source: REFERENCE, unit: "month" },
  { file: "bfawho2007.txt", module: "who2007-bfa", exportName: "BFA_2007", title: "BMI-for-age (IMT/U), 60–229 months", source: REFERENCE, unit: "month" },
];

interface Row {
  readonly sex: number;
  readonly index: number;
  readonly l: string;
  readonly m: string;
  readonly s: string;
  readonly loh: string | undefined;
}

function readRows(path: string): Row[] {
  const lines = readFileSync(path, "utf8").split(/\r?\n/).filter((l) => l.trim() !== "");
  return lines.slice(1).map((line, i) => {
    const cells = line.split("\t").map((c) => c.trim());
    const [sex, index, l, m, s, loh] = cells;
    if (sex === undefined || index === undefined || l === undefined || m === undefined || s === undefined) throw new Error(`${path}:${i + 2}: expected sex, index, l, m, s`);
    for (const v of [l, m, s]) if (!Number.isFinite(Number(v))) throw new Error(`${path}:${i + 2}: not a number: ${v}`);
    return { sex: Number(sex), index: Number(index), l, m, s, loh };
  });
}

/** Numbers as WHO prints them (no float noise added). */
function list(values: readonly string[]): string {
  return `[${values.map((v) => String(Number(v))).join(",")}]`;
}

function generate(folder: string, spec: Spec): string {
  const rows = readRows(join(folder, spec.file));
  const step = spec.unit === "cm" ? 0.1 : 1;
  const parts: string[] = [];
  for (const [sex, name] of [
    [1, "male"],
    [2, "female"],
  ] as const) {
    const mine = rows.filter((r) => r.sex === sex);
    if (mine.length === 0) throw new Error(`${spec.file}: no rows for sex ${sex}`);
    const start = mine[0]!.index;
    mine.forEach((r, i) => {
      const expected = Math.round((start + i * step) * 10) / 10;
      if (Math.abs(r.index - expected) > 1e-9) throw new Error(`${spec.file}: sex ${sex} row ${i}: index ${r.index}, expected ${expected} (gap or disorder)`);
      if (spec.file === "lenanthro.txt" || spec.file === "bmianthro.txt") {
        const want = r.index < 731 ? "L" : "H";
        if (r.loh !== want) throw new Error(`${spec.file}: day ${r.index} is ${r.loh}, expected ${want}`);
      }
    });
    const ls = mine.map((r) => r.l);
    const constantL = ls.every((l) => Number(l) === Number(ls[0]));
    parts.push(
      `  ${name}: {\n    start: ${start},\n    l: ${constantL ? String(Number(ls[0])) : list(ls)},\n    m: ${list(mine.map((r) => r.m))},\n    s: ${list(mine.map((r) => r.s))},\n  },`,
    );
  }
  const unitText = spec.unit === "day" ? "age in days" : spec.unit === "month" ? "age in completed months" : "length or height in cm, 0.1 cm rows";
  return `/**
 * WHO LMS table: ${spec.title}. Generated by bench/who-growth-tables.ts; do not edit by hand.
 *
 * Source: ${spec.source}; transcribed from WHO's file \`${spec.file}\` as published in
 * ${spec.unit === "month" ? ANTHRO_PLUS : ANTHRO}${spec.file}). Rows are indexed by ${unitText}, from
 * \`start\` in steps of ${step}; \`l\` is one number when L is the same on every row. Complete: every row
 * of WHO's file is here, for both sexes.
 *
 * @module
 */
import type { LmsTable } from "./types.js";

/** ${spec.title} (WHO). @internal */
export const ${spec.exportName}: LmsTable = {
  unit: "${spec.unit}",
${parts.join("\n")}
};
`;
}

function main(): void {
  const folder = process.argv[2];
  if (folder === undefined) {
    process.stderr.write("usage: npx tsx bench/who-growth-tables.ts <folder with WHO's growthstandards .txt files>\n");
    process.exit(2);
  }
  for (const spec of SPECS) {
    const out = join("src", "growth", "tables", `${spec.module}.ts`);
    writeFileSync(out, generate(folder, spec));
    process.stdout.write(`${out}\n`);
  }
}

main();
