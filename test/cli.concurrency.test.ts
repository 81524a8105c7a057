// The data folder under several writers and under kill -9: real `tumbuh import` processes (the
// CLI bundled once, so each starts in a fraction of a second) on one folder at the same time,
// with an educator's hand edit of roster.json in the middle; and imports killed at random
// moments. Nothing reported saved may be lost, no hand edit reverted, no temporary file left.
import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCli } from "../src/cli/context.js";
import { inspectData } from "../src/cli/inspect.js";
import { bundleForNode } from "./helpers/bundle.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "tumbuh-concurrency-"));
let cli: string;
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(async () => {
  cli = await bundleForNode(join(root, "src", "cli", "main.ts"), join(root, "node_modules", ".cache", "tumbuh-tests", "cli.mjs"));
});

interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

function start(args: readonly string[]): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(process.execPath, [cli, ...args], { cwd: work, env: { ...process.env, NODE_OPTIONS: "", TUMBUH_LOCK_TIMEOUT_MS: "30000" } });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<Run>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

const tumbuh = (...args: string[]) => start(args).done;

function observationsCsv(path: string, prefix: string, children: readonly string[], rows: number): string[] {
  const ids: string[] = [];
  const lines = ["id,date,child,author,kind,anecdote_text,visibility"];
  for (let i = 0; i < rows; i++) {
    const id = `${prefix}-${i}`;
    ids.push(id);
    lines.push(`${id},2026-11-26,${children[i % children.length]},e-001,anecdote,Catatan ${prefix} ${i},staff`);
  }
  writeFileSync(path, `${lines.join("\n")}\n`);
  return ids;
}

function rosterCsv(path: string, id: string): void {
  writeFileSync(
    path,
    `id,name,birth_date,group,enrolled_on,consent_photos,consent_family_apps,consent_statistics\n${id},Anak ${id},2022-03-05,g-45,2026-07-14,yes,yes,no\n`,
  );
}

const journalIds = (dir: string) =>
  readFileSync(join(dir, "journal.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => (JSON.parse(l) as { id: string }).id);

const roster = (dir: string) => JSON.parse(readFileSync(join(dir, "roster.json"), "utf8")) as { id: string; nickname?: string }[];

/** What a killed or finished command may leave: nothing but the data files (and README). */
const strays = (dir: string) => readdirSync(dir).filter((n) => n.startsWith(".tumbuh"));

async function validFolder(dir: string): Promise<void> {
  const found = await inspectData(createCli("en"), dir);
  expect(found.problems).toEqual([]);
  expect(found.centre).toBeDefined();
}

/** A hand edit as an editor saves it (to a new file, renamed over the old one). */
function handEdit(dir: string, childId: string, nickname: string): void {
  const file = join(dir, "roster.json");
  const children = roster(dir).map((c) => (c.id === childId ? { ...c, nickname } : c));
  writeFileSync(`${file}~`, `${JSON.stringify(children, null, 2)}\n`);
  renameSync(`${file}~`, file);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("several writers at once", () => {
  it("4 concurrent imports (3 of observations, 1 of the roster) and a hand edit of roster.json, 20 times: every record and the edit survive", async () => {
    const dir = join(work, "shared");
    expect((await tumbuh("init", dir, "--children", "6", "--seed", "3")).code).toBe(0);
    chmodSync(join(dir, "roster.json"), 0o600);
    const kids = roster(dir).map((c) => c.id);
    const expected = new Set(journalIds(dir));
    for (let round = 0; round < 20; round++) {
      const files = [0, 1, 2].map((k) => join(work, `obs-${round}-${k}.csv`));
      files.forEach((f, k) => observationsCsv(f, `r${round}-k${k}`, kids, 15).forEach((id) => expected.add(id)));
      const rosterFile = join(work, `roster-${round}.csv`);
      const newChild = `c-new-${round}`;
      rosterCsv(rosterFile, newChild);
      const runs = [...files.map((f) => tumbuh("import", f, "--into", dir)), tumbuh("import", rosterFile, "--into", dir, "--kind", "roster")];
      const edited = kids[round % kids.length]!;
      await sleep(Math.random() * 300);
      handEdit(dir, edited, `Edit ${round}`);
      const results = await Promise.all(runs);
      for (const r of results) expect(r.code, r.stdout + r.stderr).toBe(0);
      const ids = journalIds(dir);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.filter((id) => !expected.has(id))).toEqual([]);
      expect([...expected].filter((id) => !ids.includes(id))).toEqual([]);
      const children = roster(dir);
      expect(children.find((c) => c.id === edited)?.nickname).toBe(`Edit ${round}`);
      for (let r = 0; r <= round; r++) expect(children.some((c) => c.id === `c-new-${r}`)).toBe(true);
      expect(strays(dir)).toEqual([]);
    }
    await validFolder(dir);
  }, 120_000);

  it("a file keeps its mode when tumbuh rewrites it", async () => {
    const dir = join(work, "modes");
    expect((await tumbuh("init", dir, "--children", "3", "--seed", "4")).code).toBe(0);
    chmodSync(join(dir, "roster.json"), 0o600);
    chmodSync(join(dir, "journal.jsonl"), 0o640);
    const file = join(work, "modes-roster.csv");
    rosterCsv(file, "c-mode-1");
    const r = await tumbuh("import", file, "--into", dir, "--kind", "roster");
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(roster(dir).some((c) => c.id === "c-mode-1")).toBe(true);
    expect(statSync(join(dir, "roster.json")).mode & 0o777).toBe(0o600);
    const obs = join(work, "modes-obs.csv");
    observationsCsv(obs, "mode", ["c-mode-1"], 2);
    // A hand-written journal line (other key order, spaces) stays byte for byte.
    const journalFile = join(dir, "journal.jsonl");
    const [first, ...rest] = readFileSync(journalFile, "utf8").split("\n");
    const reordered = Object.fromEntries(Object.entries(JSON.parse(first!) as Record<string, unknown>).reverse());
    const journalBefore = [JSON.stringify(reordered, null, 1).replace(/\n/g, ""), ...rest].join("\n");
    writeFileSync(journalFile, journalBefore);
    const rosterBefore = statSync(join(dir, "roster.json"));
    expect((await tumbuh("import", obs, "--into", dir)).code).toBe(0);
    expect(statSync(join(dir, "journal.jsonl")).mode & 0o777).toBe(0o640);
    const journalAfter = readFileSync(journalFile, "utf8");
    expect(journalAfter.startsWith(journalBefore)).toBe(true);
    expect(journalAfter.length).toBeGreaterThan(journalBefore.length);
    // An observations import never rewrites the roster (same file, same time).
    const rosterAfter = statSync(join(dir, "roster.json"));
    expect([rosterAfter.ino, rosterAfter.mtimeMs]).toEqual([rosterBefore.ino, rosterBefore.mtimeMs]);
  });

  it("a command waiting for a busy folder gives up with a clear message, naming the lock", async () => {
    const dir = join(work, "busy");
    expect((await tumbuh("init", dir, "--children", "2", "--seed", "5")).code).toBe(0);
    // A lock held by a live process (this test's own), so it is not stale.
    writeFileSync(join(dir, ".tumbuh-lock"), JSON.stringify({ pid: process.pid, host: (await import("node:os")).hostname(), since: "2026-11-27T08:00:00.000Z" }));
    const file = join(work, "busy.csv");
    observationsCsv(file, "busy", [roster(dir)[0]!.id], 1);
    const r = await new Promise<Run>((resolve) => {
      const p = spawn(process.execPath, [cli, "import", file, "--into", dir, "--lang", "en"], { cwd: work, env: { ...process.env, TUMBUH_LOCK_TIMEOUT_MS: "300" } });
      let stdout = "";
      let stderr = "";
      p.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
      p.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      p.on("exit", (code, signal) => resolve({ code, signal, stdout, stderr }));
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is in use by another tumbuh command \(process \d+/);
    expect(r.stderr).toContain(".tumbuh-lock");
    expect(journalIds(dir)).not.toContain("busy-0");
    // The lock of a process that is gone is stale: the next command breaks it.
    writeFileSync(join(dir, ".tumbuh-lock"), JSON.stringify({ pid: 2 ** 22 + 12345, host: (await import("node:os")).hostname(), since: "2026-11-27T08:00:00.000Z" }));
    const again = await tumbuh("import", file, "--into", dir);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(journalIds(dir)).toContain("busy-0");
    expect(strays(dir)).toEqual([]);
  });
});

describe("stopped by a signal", () => {
  it("an import stopped with SIGTERM or SIGINT at a random moment removes its lock and temporary files itself", async () => {
    const dir = join(work, "signalled");
    expect((await tumbuh("init", dir, "--children", "4", "--seed", "7")).code).toBe(0);
    const kids = roster(dir).map((c) => c.id);
    for (let i = 0; i < 6; i++) {
      const file = join(work, `signal-${i}.csv`);
      const ids = observationsCsv(file, `sig-${i}`, kids, 30);
      const run = start(["import", file, "--into", dir, "--lang", "en"]);
      await sleep(150 + Math.random() * 500);
      run.child.kill(i % 2 === 0 ? "SIGTERM" : "SIGINT");
      const r = await run.done;
      // Either it finished first (0) or it was stopped (128 + signal, or killed before handlers).
      expect([0, 130, 143, null]).toContain(r.code);
      expect(strays(dir)).toEqual([]);
      await validFolder(dir);
      const present = new Set(journalIds(dir));
      expect([0, ids.length]).toContain(ids.filter((id) => present.has(id)).length);
      if (r.code === 0) expect(ids.every((id) => present.has(id))).toBe(true);
    }
  });
});

describe("kill -9 at random moments of a write", () => {
  it("20 killed imports leave a valid folder, lose nothing that was saved, record each batch whole or not at all, and leave no temporary file", async () => {
    const dir = join(work, "killed");
    expect((await tumbuh("init", dir, "--children", "6", "--seed", "6")).code).toBe(0);
    const kids = roster(dir).map((c) => c.id);
    // How long an import takes here, to spread the kills over its whole run.
    const probe = join(work, "probe.csv");
    const probeIds = observationsCsv(probe, "probe", kids, 40);
    const t0 = performance.now();
    expect((await tumbuh("import", probe, "--into", dir)).code).toBe(0);
    const duration = performance.now() - t0;
    const saved = new Set([...journalIds(dir)]);
    for (const id of probeIds) expect(saved.has(id)).toBe(true);
    const batches: { ids: string[]; finished: boolean }[] = [];
    const newChildren: { id: string; finished: boolean }[] = [];
    const caught: string[] = [];
    for (let i = 0; i < 20; i++) {
      // Even rounds import observations (the journal is appended to), odd rounds a roster (roster.json
      // is replaced through a temporary file). Half the kills land at a random moment of the run,
      // half the moment the write starts (its temporary or intent file appears) plus up to 2 ms.
      const roster = i % 2 === 1;
      const file = join(work, `kill-${i}.csv`);
      const ids = roster ? [] : observationsCsv(file, `kill-${i}`, kids, 40);
      if (roster) rosterCsv(file, `c-kill-${i}`);
      const already = new Set(strays(dir));
      const run = start(["import", file, "--into", dir, ...(roster ? ["--kind", "roster"] : [])]);
      if (i % 4 < 2) {
        const deadline = performance.now() + 4000;
        let seen: string | undefined;
        while (seen === undefined && performance.now() < deadline) {
          seen = readdirSync(dir).find((n) => !already.has(n) && (n.startsWith(".tumbuh-tmp-") || n === ".tumbuh-append"));
        }
        const extra = performance.now() + Math.random() * 2;
        while (performance.now() < extra);
        if (seen !== undefined) caught.push(seen);
      } else {
        await sleep(duration * (0.3 + Math.random() * 0.9));
      }
      run.child.kill("SIGKILL");
      const r = await run.done;
      const finished = r.code === 0;
      if (roster) newChildren.push({ id: `c-kill-${i}`, finished });
      else batches.push({ ids, finished });
      // Valid as it is, before any other command cleans up.
      await validFolder(dir);
      for (const n of strays(dir)) expect(n).toMatch(/^\.tumbuh-(tmp-[0-9a-f]{16}-[\w.]+|lock|lock\.break|append)$/);
    }
    // The write phase was reached by kills (not only the start-up before it).
    expect(caught.length).toBeGreaterThan(0);
    // The next command cleans up after the killed ones.
    const last = join(work, "after-kills.csv");
    const lastIds = observationsCsv(last, "after", kids, 3);
    const r = await tumbuh("import", last, "--into", dir);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(strays(dir)).toEqual([]);
    await validFolder(dir);
    const ids = new Set(journalIds(dir));
    for (const id of [...saved, ...lastIds]) expect(ids.has(id)).toBe(true);
    for (const b of batches) {
      const present = b.ids.filter((id) => ids.has(id)).length;
      if (b.finished) expect(present).toBe(b.ids.length);
      else expect([0, b.ids.length]).toContain(present);
    }
    const children = new Set(roster(dir).map((c) => c.id));
    for (const c of newChildren) if (c.finished) expect(children.has(c.id)).toBe(true);
    expect(batches.length + newChildren.length).toBe(20);
    expect(existsSync(join(dir, ".tumbuh-append"))).toBe(false);
  }, 120_000);
});
