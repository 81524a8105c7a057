// Packs the package, installs the tarball into a scratch project, and imports it as ESM and CJS
// (both entries), so what we publish is what we test. Run after `npm run build`.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(".");
const dir = mkdtempSync(join(tmpdir(), "tumbuh-pack-"));
const out = execFileSync("npm", ["pack", "--json", "--pack-destination", dir], { cwd: root, encoding: "utf8" });
const tarball = join(dir, JSON.parse(out)[0].filename);
writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "scratch", private: true, type: "module" }));
execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball], { cwd: dir, stdio: "inherit" });
writeFileSync(
  join(dir, "esm.mjs"),
  `import { ageOn, parseCalendarDate, formatAge, createCentre } from "tumbuh";
import { readCentreFile } from "tumbuh/node";
const a = formatAge(ageOn(parseCalendarDate("2022-04-15"), parseCalendarDate("2026-11-28")));
if (a !== "4 tahun 7 bulan" || typeof readCentreFile !== "function" || createCentre("x").journal.entries.length !== 0) process.exit(1);
const bad = new URL("./bad.json", import.meta.url);
(await import("node:fs")).writeFileSync(bad, "{}");
const { ValidationError } = await import("tumbuh");
try { await readCentreFile(bad.pathname); process.exit(2); } catch (e) { if (!(e instanceof ValidationError)) { console.error("tumbuh/node threw a different ValidationError class"); process.exit(3); } }
console.log("esm ok:", a);`,
);
writeFileSync(
  join(dir, "cjs.cjs"),
  `const { ageOn, parseCalendarDate, formatAge } = require("tumbuh");
const { writeCentreFile, readCentreFile } = require("tumbuh/node");
const { ValidationError } = require("tumbuh");
require("node:fs").writeFileSync("bad.json", "{}");
readCentreFile("bad.json").then(() => process.exit(2), (e) => { if (!(e instanceof ValidationError)) process.exit(3); });
const a = formatAge(ageOn(parseCalendarDate("2022-04-15"), parseCalendarDate("2026-11-28")), "en");
if (a !== "4 years 7 months" || typeof writeCentreFile !== "function") process.exit(1);
console.log("cjs ok:", a);`,
);
writeFileSync(
  join(dir, "types.ts"),
  `import { type CalendarDate, parseCalendarDate } from "tumbuh";\nconst d: CalendarDate = parseCalendarDate("2026-11-28");\nexport default d;\n`,
);
execFileSync("node", ["esm.mjs"], { cwd: dir, stdio: "inherit" });
execFileSync("node", ["cjs.cjs"], { cwd: dir, stdio: "inherit" });
execFileSync(join(root, "node_modules/.bin/tsc"), ["--noEmit", "--strict", "--module", "nodenext", "--moduleResolution", "nodenext", "--skipLibCheck", "types.ts"], { cwd: dir, stdio: "inherit" });
console.log("packed tarball imports in Node (ESM, CJS) and type-checks");
