// Runs every example in examples/ with tsx and fails on the first error (CI runs this).
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";

const files = readdirSync("examples").filter((f) => f.endsWith(".ts")).sort();
for (const file of files) {
  process.stdout.write(`\n=== examples/${file}\n`);
  const r = spawnSync("npx", ["tsx", `examples/${file}`], { stdio: "inherit", env: { ...process.env, TUMBUH_EXAMPLE_QUIET: "1" } });
  if (r.status !== 0) {
    process.stderr.write(`examples/${file} failed with exit code ${r.status}\n`);
    process.exit(1);
  }
}
process.stdout.write(`\n${files.length} examples ran\n`);
