// The command line against hostile or careless input: dates outside the supported range, junk
// journals, control characters in what it prints, `--out` pointed at the wrong thing.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runTumbuh } from "./helpers/cli-run.js";

let work: string;
const tumbuh = (...args: string[]) => runTumbuh(work, args, 60_000);

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "tumbuh-harden-"));
  const r = tumbuh("init", "data", "--children", "4");
  if (r.code !== 0) throw new Error(`tumbuh init failed (${r.code}):\n${r.stdout}\n${r.stderr}`);
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe("dates outside 1900-01-01 … 2999-12-31", () => {
  it("report --as-of 9999-12-27 is a usage error, not an endless loop", () => {
    const r = tumbuh("report", "data", "--child", "c-00001", "--as-of", "9999-12-27");
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("tanggal tidak valid untuk --as-of");
    expect(r.stderr).toContain("2999-12-31");
  });
});
