// `tumbuh erase`, run as a real process on a data folder: confirmation, what is reported, and that
// the erasure lasts when an old backup of the journal is merged back.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Journal, mergeJournals, type Observation } from "../src/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const entry = ["--import", pathToFileURL(join(root, "node_modules", "tsx", "dist", "loader.mjs")).href, join(root, "src", "cli", "main.ts")];
let work: string;

function tumbuh(input: string | undefined, ...args: string[]) {
  const r = spawnSync(process.execPath, [...entry, ...args], { cwd: work, encoding: "utf8", input: input ?? "", env: { ...process.env, TUMBUH_DEBUG: "", NODE_OPTIONS: "" }, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const read = (path: string) => readFileSync(join(work, path), "utf8");
const journalOf = (dir: string): Observation[] => read(`${dir}/journal.jsonl`).split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as Observation);

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "tumbuh-erase-"));
  const r = tumbuh(undefined, "init", "data", "--children", "6");
  if (r.code !== 0) throw new Error(`tumbuh init failed:\n${r.stdout}\n${r.stderr}`);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("tumbuh erase --child ID", () => {
  it("asks for the child's id and erases nothing without it", () => {
    cpSync(join(work, "data"), join(work, "keep"), { recursive: true });
    const child = (JSON.parse(read("keep/roster.json")) as { id: string }[])[0]!.id;
    const before = read("keep/journal.jsonl");
    const r = tumbuh("no\n", "erase", "keep", "--child", child);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Ketik id anak");
    expect(r.stdout).toContain("Dibatalkan");
    expect(read("keep/journal.jsonl")).toBe(before);
  });

  it("erases the child after the confirmation, reports it, and an old backup merged back stays erased", () => {
    cpSync(join(work, "data"), join(work, "backup"), { recursive: true });
    const roster = JSON.parse(read("data/roster.json")) as { id: string; name: string }[];
    const child = roster[0]!.id;
    const entries = journalOf("data").filter((e) => e.child === child).length;
    expect(entries).toBeGreaterThan(0);
    const r = tumbuh(`${child}\n`, "erase", "data", "--child", child, "--date", "2026-12-04");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Dihapus: ${child} dari daftar anak dan ${entries} catatan`);
    expect(r.stdout).toContain("Tanda penghapusan");
    expect(read("data/roster.json")).not.toContain(roster[0]!.name);
    expect(journalOf("data").some((e) => e.child === child)).toBe(false);
    expect(JSON.parse(read("data/erased.json"))).toEqual([{ child, erasedOn: "2026-12-04" }]);
    expect(tumbuh(undefined, "validate", "data").code).toBe(0);
    // A tablet or backup with the old journal, merged with the erased data.
    const erased: Journal = { schemaVersion: 1, entries: journalOf("data"), erased: JSON.parse(read("data/erased.json")) };
    const merged = mergeJournals(erased, { schemaVersion: 1, entries: journalOf("backup") });
    expect(merged.dropped).toBe(entries);
    expect(merged.journal.entries.some((e) => e.child === child)).toBe(false);
  });

  it("reports mentions in other children's records, scrubs them with --scrub, and speaks English with --lang en", () => {
    cpSync(join(work, "backup"), join(work, "mention"), { recursive: true });
    const roster = JSON.parse(read("mention/roster.json")) as { id: string; name: string }[];
    const [gone, other] = [roster[1]!, roster[2]!];
    const lines = read("mention/journal.jsonl");
    const author = journalOf("mention")[0]!.author;
    const note = { kind: "anecdote", id: "mention-1", child: other.id, date: "2026-11-02", author, visibility: "staff", text: `Bermain dengan ${gone.name}.`, indicators: [] };
    writeFileSync(join(work, "mention/journal.jsonl"), `${lines}${JSON.stringify(note)}\n`);
    const r = tumbuh(undefined, "erase", "mention", "--child", gone.id, "--yes", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("mention of this child remain");
    expect(r.stdout).toContain(`mention-1 (${other.id}) text: full name`);
    expect(read("mention/journal.jsonl")).toContain(gone.name);
    cpSync(join(work, "backup"), join(work, "scrub"), { recursive: true });
    writeFileSync(join(work, "scrub/journal.jsonl"), `${lines}${JSON.stringify(note)}\n`);
    const s = tumbuh(undefined, "erase", "scrub", "--child", gone.id, "--yes", "--scrub");
    expect(s.code).toBe(0);
    expect(s.stdout).toContain("diganti dengan […]");
    expect(read("scrub/journal.jsonl")).not.toContain(gone.name);
    expect(tumbuh(undefined, "validate", "scrub").code).toBe(0);
  });

  it("refuses an unknown child", () => {
    const r = tumbuh(undefined, "erase", "backup", "--child", "c-nobody", "--yes");
    expect(r.code).toBe(1);
    expect(r.stderr + r.stdout).toContain("c-nobody");
  });
});
