// The SQLite store: the contract scenarios on a real file, the slice proof through SQLite, the
// schema version and migrations, persistence across connections, and two processes writing at
// the same moment (a roster edit and an observations import) with neither losing anything.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { centreFromSlice, centreHead, createSampleCentre, parseCalendarDate, progressReport } from "../src/index.js";
import { openSqliteStore, SQLITE_SCHEMA_VERSION } from "../src/node/index.js";
import { bundleForNode } from "./helpers/bundle.js";
import { runContractSuite } from "./store-contract-suite.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "tumbuh-sqlite-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = () => join(dir, `store-${++n}.sqlite`);
const asOf = parseCalendarDate("2026-11-27");

runContractSuite("SQLite store", () => openSqliteStore(fresh()), { describe, it });

describe("SQLite store", () => {
  it("keeps what was written across connections, and reports equal the whole centre's", async () => {
    const centre = createSampleCentre({ seed: 5, children: 15, weeks: 6, asOf });
    const path = fresh();
    const a = await openSqliteStore(path);
    await a.writeHead(centreHead(centre), 0);
    for (let i = 0; i < centre.journal.entries.length; i += 200) await a.append(centre.journal.entries.slice(i, i + 200));
    await a.close();
    const b = await openSqliteStore(path);
    const stored = (await b.readHead())!;
    expect(stored.version).toBe(1);
    expect(stored.head).toEqual(centreHead(centre));
    for (const child of centre.children) {
      const slice = await b.readSlice(child.id);
      expect(JSON.stringify(progressReport(centreFromSlice(stored.head, slice), child.id, { asOf }))).toBe(JSON.stringify(progressReport(centre, child.id, { asOf })));
    }
    expect((await b.readSince()).entries).toEqual(centre.journal.entries);
    await b.close();
  });

  it("migrates a version-1 store (no place for educator attendance) and keeps its head", async () => {
    const centre = createSampleCentre({ seed: 5, children: 12, weeks: 2, asOf: "2026-11-27" });
    expect(centre.educatorAttendance?.length ?? 0).toBeGreaterThan(0);
    const path = fresh();
    const s = await openSqliteStore(path);
    await s.writeHead({ ...centreHead(centre), educatorAttendance: undefined }, 0);
    await s.close();
    // Back to the first schema, as a store written by the previous release.
    const db = new Database(path);
    db.exec("ALTER TABLE head DROP COLUMN extra");
    db.pragma("user_version = 1");
    db.close();
    const migrated = await openSqliteStore(path);
    const { educatorAttendance: _, ...rest } = centreHead(centre);
    expect((await migrated.readHead())!.head).toEqual(rest);
    expect((await migrated.writeHead(centreHead(centre), 1)).ok).toBe(true);
    expect((await migrated.readHead())!.head).toEqual(centreHead(centre));
    await migrated.close();
    const check = new Database(path);
    expect(check.pragma("user_version", { simple: true })).toBe(2);
    check.close();
  });

  it("uses WAL with synchronous FULL, records its schema version, and refuses a newer one", async () => {
    const path = fresh();
    await (await openSqliteStore(path)).close();
    const db = new Database(path);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("user_version", { simple: true })).toBe(SQLITE_SCHEMA_VERSION);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(["children", "counters", "educators", "erasures", "groups", "head", "inventory", "journal"]);
    db.pragma(`user_version = ${SQLITE_SCHEMA_VERSION + 1}`);
    db.close();
    await expect(openSqliteStore(path)).rejects.toThrow(new RegExp(`schema version ${SQLITE_SCHEMA_VERSION + 1}`));
    // A store opened a second time is not migrated again (the tables exist already).
    const again = fresh();
    await (await openSqliteStore(again)).close();
    await expect(openSqliteStore(again).then((s) => s.close())).resolves.toBeUndefined();
  });

  it("tumbuh/node loads without better-sqlite3; only opening a store asks for it", async () => {
    // The bundle lives outside this package, where better-sqlite3 cannot be resolved.
    const bundle = await bundleForNode(join(root, "src", "node", "index.ts"), join(dir, "node-entry.mjs"));
    const probe = `import(${JSON.stringify(pathToFileURL(bundle).href)}).then(async (m) => {
      const loaded = typeof m.readCentreFile === "function";
      const error = await m.openSqliteStore(":memory:").then(() => "opened", (e) => String(e.message));
      process.stdout.write(JSON.stringify({ loaded, error }));
    });`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", probe], { cwd: dir, encoding: "utf8" });
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout) as { loaded: boolean; error: string };
    expect(out.loaded).toBe(true);
    expect(out.error).toMatch(/needs the optional package better-sqlite3/);
  });

  it("erasure leaves no trace of the child's records in the file", async () => {
    const centre = createSampleCentre({ seed: 6, children: 6, weeks: 2, asOf });
    const path = fresh();
    const store = await openSqliteStore(path);
    await store.writeHead(centreHead(centre), 0);
    await store.append(centre.journal.entries);
    const child = centre.children[2]!;
    const marker = centre.journal.entries.find((e) => e.child === child.id && e.kind === "anecdote");
    await store.eraseChild(child.id);
    await store.close();
    const bytes = await import("node:fs").then((fs) => fs.readFileSync(path).toString("latin1") + (fs.existsSync(`${path}-wal`) ? fs.readFileSync(`${path}-wal`).toString("latin1") : ""));
    expect(bytes.includes(child.name)).toBe(false);
    if (marker?.kind === "anecdote") expect(bytes.includes(marker.text)).toBe(false);
  });

  it("a roster edit and an observations import at the same moment, in two processes, both survive", async () => {
    const centre = createSampleCentre({ seed: 9, children: 8, weeks: 2, asOf });
    const path = fresh();
    const store = await openSqliteStore(path);
    await store.writeHead(centreHead(centre), 0);
    await store.append(centre.journal.entries);
    await store.close();
    const script = await bundleForNode(join(root, "test", "helpers", "sqlite-writer.ts"), join(root, "node_modules", ".cache", "tumbuh-tests", "sqlite-writer.mjs"));
    const runs = [
      ["roster", "40", "r1"],
      ["observations", "40", "o1"],
      ["roster", "40", "r2"],
      ["observations", "40", "o2"],
    ].map(
      (args) =>
        new Promise<string>((resolve, reject) => {
          const child = spawn(process.execPath, [script, path, ...args], { stdio: ["ignore", "pipe", "pipe"] });
          let out = "";
          let err = "";
          child.stdout.on("data", (d: Buffer) => (out += d.toString()));
          child.stderr.on("data", (d: Buffer) => (err += d.toString()));
          child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`writer ${args.join(" ")} exited ${code}: ${err}`))));
        }),
    );
    const outputs = await Promise.all(runs);
    expect(outputs.map((o) => JSON.parse(o).role as string)).toEqual(["roster", "observations", "roster", "observations"]);
    const after = await openSqliteStore(path);
    const head = (await after.readHead())!;
    const ids = new Set(head.head.children.map((c) => c.id as string));
    for (const tag of ["r1", "r2"]) for (let i = 0; i < 40; i++) expect(ids.has(`c-${tag}-${i}`)).toBe(true);
    expect(head.version).toBe(81);
    const all = (await after.readSince(undefined, { limit: 1_000_000 })).entries;
    expect(all.length).toBe(centre.journal.entries.length + 2 * 40 * 5);
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    await after.close();
  });
});
