// The `tumbuh` command line, run as a real process in temporary folders: what a new user types,
// and the bad inputs (missing folder, malformed JSON, unknown child, unknown flag) that must give
// a clear message and an exit code, never a stack trace.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Centre, formatDate, parseCalendarDate, parseCentre, screeningsDue } from "../src/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist", "cli.js");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

// The built binary when it is up to date (CI builds before testing); otherwise the same entry
// run from source through tsx, so a stale dist/ never hides a change.
const useDist = existsSync(dist) && statSync(dist).mtimeMs >= newestMtime(join(root, "src"));
const entry = useDist ? [dist] : ["--import", pathToFileURL(join(root, "node_modules", "tsx", "dist", "loader.mjs")).href, join(root, "src", "cli", "main.ts")];

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

let work: string;

/** Runs `tumbuh …` in the work folder with no TTY and no colour. */
function tumbuh(...args: string[]): Run {
  const r = spawnSync(process.execPath, [...entry, ...args], {
    cwd: work,
    encoding: "utf8",
    env: { ...process.env, TUMBUH_DEBUG: "", NODE_OPTIONS: "" },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** No stack trace, no Node error dump: what the educator sees is our own words. */
function expectNoTrace(r: Run): void {
  for (const text of [r.stdout, r.stderr]) {
    expect(text).not.toMatch(/^\s+at .+[(:]\d+/m);
    expect(text).not.toMatch(/node:internal|Error: ENOENT|TypeError|ReferenceError/);
  }
}

function read(path: string): string {
  return readFileSync(join(work, path), "utf8");
}

/** The centre of a data folder, assembled the way the folder format documents it. */
function folderCentre(dir: string): Centre {
  const settings = JSON.parse(read(`${dir}/settings.json`)) as object;
  const entries = read(`${dir}/journal.jsonl`)
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as unknown);
  return parseCentre({
    ...settings,
    children: JSON.parse(read(`${dir}/roster.json`)),
    inventory: JSON.parse(read(`${dir}/inventory.json`)),
    journal: { schemaVersion: 1, entries },
  });
}

function snapshot(dir: string): Record<string, number> {
  return Object.fromEntries(readdirSync(join(work, dir)).map((f) => [f, statSync(join(work, dir, f)).mtimeMs]));
}

const AS_OF = "2026-11-27";
const CHILDREN = 24;
let centre: Centre;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "tumbuh-cli-"));
  const r = tumbuh("init", "data", "--children", String(CHILDREN));
  if (r.code !== 0) throw new Error(`tumbuh init failed (${r.code}):\n${r.stdout}\n${r.stderr}`);
  centre = folderCentre("data");
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe("tumbuh init", () => {
  it("creates a starter data folder with the sample and says what to do next", () => {
    expect(readdirSync(join(work, "data")).sort()).toEqual(["README.md", "inventory.json", "journal.jsonl", "roster.json", "settings.json"]);
    expect(centre.children).toHaveLength(CHILDREN);
    expect(centre.journal.entries.length).toBeGreaterThan(1000);
    // The journal is one observation per line: git shows an added observation as one added line.
    expect(read("data/journal.jsonl").split("\n").filter((l) => l !== "")).toHaveLength(centre.journal.entries.length);
  });

  it("never overwrites an existing data folder", () => {
    const before = read("data/roster.json");
    const r = tumbuh("init", "data");
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^Kesalahan: data[/\\]settings\.json sudah ada; init tidak menimpa data/);
    expect(read("data/roster.json")).toBe(before);
    expectNoTrace(r);
  });

  it("makes an empty folder that validates", () => {
    const r = tumbuh("init", "empty", "--empty", "--name", "TK Melati");
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(read("empty/roster.json"))).toEqual([]);
    expect(read("empty/journal.jsonl")).toBe("");
    expect(JSON.parse(read("empty/settings.json")).settings.name).toBe("TK Melati");
    const v = tumbuh("validate", "empty");
    expect(v.code, v.stderr).toBe(0);
    expect(v.stdout).toContain("Data baik: empty — 0 anak, 0 kelompok, 0 pendidik, 0 catatan jurnal.");
  });
});

describe("tumbuh validate", () => {
  it("accepts the sample folder (exit 0)", () => {
    const r = tumbuh("validate", "data");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Data baik: data — ${CHILDREN} anak, 5 kelompok, 10 pendidik, ${centre.journal.entries.length} catatan jurnal.`);
    expect(r.stderr).toBe("");
  });

  it("reports observations after --as-of only when asked, each with its journal line (the first 20, then a count)", () => {
    const late = centre.journal.entries.map((e, i) => ({ e, line: i + 1 })).filter(({ e }) => e.date > "2026-11-26");
    expect(late.length).toBeGreaterThan(20);
    const r = tumbuh("validate", "data", "--as-of", "2026-11-26");
    expect(r.code, r.stderr).toBe(1);
    const lines = r.stdout.split("\n").filter((l) => l.includes("[after_as_of]"));
    expect(lines.length).toBe(20);
    const twentieth = late[19]!;
    expect(lines.at(-1)).toBe(`data/journal.jsonl:${twentieth.line}: date: date ${twentieth.e.date} is after 2026-11-26 [after_as_of]`);
    expect(r.stdout).toContain(`… dan ${late.length - 20} masalah lain di data/journal.jsonl`);
    expect(r.stdout).toContain("after_as_of: tanggal catatan setelah --as-of");
  });

  it("names the file, line and column of malformed JSON (exit 1, no stack trace)", () => {
    cpSync(join(work, "data"), join(work, "broken"), { recursive: true });
    // A trailing comma after the last child's consent (its last field: the oldest group has no
    // family or collectors on record): the mistake hand-editing makes most.
    const roster = read("broken/roster.json");
    const at = roster.lastIndexOf('"givenBy"');
    const end = roster.indexOf("}", at);
    writeFileSync(join(work, "broken/roster.json"), `${roster.slice(0, end + 1)},${roster.slice(end + 1)}`);
    const line = roster.slice(0, end).split("\n").length;
    const column = end + 1 - roster.lastIndexOf("\n", end);
    const r = tumbuh("validate", "broken");
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain(`broken/roster.json:${line}:${column}: JSON rusak di baris ${line}, kolom ${column}: koma berlebih sebelum "}" [invalid_json]`);
    expect(r.stdout).toMatch(new RegExp(`^\\s+${line} \\| .*\\},$`, "m"));
    expect(r.stdout).toContain("1 masalah ditemukan di broken.");
    expectNoTrace(r);
  });

  it("reports a malformed journal line by its line number and still checks the other files", () => {
    cpSync(join(work, "data"), join(work, "badline"), { recursive: true });
    const lines = read("badline/journal.jsonl").split("\n");
    lines[4] = lines[4]!.replace(/}$/, "");
    writeFileSync(join(work, "badline/journal.jsonl"), lines.join("\n"));
    const roster = JSON.parse(read("badline/roster.json")) as { birthDate: string }[];
    roster[2]!.birthDate = "2022-02-30";
    writeFileSync(join(work, "badline/roster.json"), JSON.stringify(roster, null, 2));
    const r = tumbuh("validate", "badline", "--lang", "en");
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain("badline/roster.json: [2].birthDate: ");
    expect(r.stdout).toMatch(/badline\/journal\.jsonl:5:\d+: malformed JSON at line 5, column \d+: the file ends too early: a closing "}" is missing \[invalid_json\]/);
    expect(r.stdout).toContain("2 problems found in badline.");
    expectNoTrace(r);
  });

  it("locates integrity problems in the file that holds them", () => {
    cpSync(join(work, "data"), join(work, "unknown"), { recursive: true });
    const settings = JSON.parse(read("unknown/settings.json")) as Record<string, unknown>;
    writeFileSync(join(work, "unknown/settings.json"), JSON.stringify({ ...settings, children: [] }));
    const roster = JSON.parse(read("unknown/roster.json")) as { group: string }[];
    roster[1]!.group = "g-99";
    writeFileSync(join(work, "unknown/roster.json"), JSON.stringify(roster));
    const r = tumbuh("validate", "unknown");
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('unknown/settings.json: children: "children" tidak boleh ada di settings.json; tempatnya di roster.json [unrecognized_key]');
    expect(r.stdout).toContain('unknown/roster.json: [1].group: unknown group "g-99" [unknown_reference]');
    expect(r.stdout).toContain("unknown_reference: merujuk id yang tidak ada");
  });

  it("says so when the folder is missing or is not a data folder (exit 1)", () => {
    const missing = tumbuh("validate", "nowhere");
    expect(missing.code, missing.stderr).toBe(1);
    expect(missing.stderr).toBe("Kesalahan: folder atau berkas tidak ditemukan: nowhere\n");
    expect(missing.stdout).toBe("");
    const notData = tumbuh("validate", "data/../empty/..");
    expect(notData.code, notData.stderr).toBe(1);
    expect(notData.stderr).toContain("bukan folder data tumbuh: tidak ada settings.json");
    expectNoTrace(missing);
    expectNoTrace(notData);
  });

  it("validates a single centre document too", () => {
    expect(tumbuh("export", "data", "--format", "json", "--out", "whole").code).toBe(0);
    const ok = tumbuh("validate", "whole/centre.json");
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain(`Data baik: whole/centre.json — ${CHILDREN} anak`);
    writeFileSync(join(work, "whole/broken.json"), '{\n  "format": "tumbuh.centre",\n  "schemaVersion": 1\n  "settings": {}\n}\n');
    const bad = tumbuh("validate", "whole/broken.json");
    expect(bad.code, bad.stderr).toBe(1);
    expect(bad.stdout).toContain('whole/broken.json:4:3: JSON rusak di baris 4, kolom 3: seharusnya ada "," atau "}" di sini, bukan "\\"" (koma hilang?) [invalid_json]');
  });
});

describe("tumbuh report", () => {
  it("writes one child's rapor as HTML with the child's name", () => {
    const child = centre.children[0]!;
    const r = tumbuh("report", "data", "--child", child.id, "--as-of", AS_OF, "--out", "rapor-satu.html");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`Rapor ditulis: rapor-satu.html (${child.name})\n`);
    const html = read("rapor-satu.html");
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain(child.name);
    expect(html).toContain('lang="id"');
  });

  it("prints Markdown to stdout without --out, in English with --lang en", () => {
    const child = centre.children[3]!;
    const r = tumbuh("report", "data", "--child", child.id, "--as-of", AS_OF, "--format", "md", "--lang", "en");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^# /);
    expect(r.stdout).toContain(child.name);
    expect(r.stdout).toContain(formatDate(parseCalendarDate(AS_OF), "en"));
  });

  it("writes one file per child, named by id, plus an index, touching nothing else", () => {
    const before = snapshot("data");
    const r = tumbuh("report", "data", "--all", "--as-of", AS_OF, "--out", "rapor");
    expect(r.code, r.stderr).toBe(0);
    const files = readdirSync(join(work, "rapor")).sort();
    expect(files).toEqual([...centre.children.map((c) => `${c.id}.html`), "index.html"].sort());
    expect(r.stdout).toContain(`${CHILDREN} rapor ditulis di rapor; daftar isi: rapor/index.html`);
    const index = read("rapor/index.html");
    for (const c of centre.children) {
      expect(index).toContain(`<a href="${c.id}.html">`);
      expect(index).toContain(c.name);
      expect(read(`rapor/${c.id}.html`)).toContain(c.name);
    }
    // File names never carry names (UU PDP: a file list must not identify children).
    for (const f of files) for (const c of centre.children) expect(f).not.toContain(c.name.split(" ")[0]!);
    expect(snapshot("data")).toEqual(before);
    // No TTY and no --progress: no progress bar.
    expect(r.stderr).toBe("");
  });

  it("shows a progress bar on stderr with --progress, for the family audience of one group", () => {
    const group = centre.children[0]!.group;
    const members = centre.children.filter((c) => c.group === group);
    const r = tumbuh("report", "data", "--all", "--group", group, "--audience", "family", "--as-of", AS_OF, "--format", "md", "--out", "keluarga", "--progress");
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(work, "keluarga")).sort()).toEqual([...members.map((c) => `${c.id}.md`), "index.md"].sort());
    expect(r.stderr).toContain(`Rapor [${"#".repeat(24)}] ${members.length}/${members.length}`);
    expect(r.stdout).not.toContain("Rapor [");
  });

  it("rejects an unknown child with a clear message (exit 1)", () => {
    const r = tumbuh("report", "data", "--child", "c-99999", "--as-of", AS_OF, "--out", "x.html");
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toBe('Kesalahan: anak "c-99999" tidak ada di data/roster.json\n');
    expect(existsSync(join(work, "x.html"))).toBe(false);
    expectNoTrace(r);
  });

  it("refuses to report from invalid data and points to validate", () => {
    const r = tumbuh("report", "broken", "--all", "--as-of", AS_OF, "--out", "never");
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain("Kesalahan: 1 masalah di broken; perbaiki dulu. Daftar lengkapnya: tumbuh validate broken");
    expect(r.stderr).toContain("broken/roster.json:");
    expect(existsSync(join(work, "never"))).toBe(false);
    expectNoTrace(r);
  });

  it("explains an output it cannot write, without a stack trace (exit 1)", () => {
    const r = tumbuh("report", "data", "--child", centre.children[0]!.id, "--as-of", AS_OF, "--out", "data/roster.json/rapor.html");
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toBe("Kesalahan: tidak bisa menulis data/roster.json: ada berkas dengan nama itu (bukan folder)\n");
    expectNoTrace(r);
  });

  it("needs --as-of (usage error, exit 2): tumbuh never reads the clock", () => {
    const r = tumbuh("report", "data", "--child", centre.children[0]!.id);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toBe("Kesalahan: pilihan --as-of wajib diisi\nBantuan: tumbuh report --help\n");
  });
});

describe("tumbuh plan", () => {
  it("writes the weekly plan (RPPM) of a group as HTML", () => {
    const group = centre.groups.find((g) => g.id === "g-45")!;
    const r = tumbuh("plan", "data", "--group", group.id, "--week", "2026-11-30", "--out", "rppm.html");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`RPPM ditulis: rppm.html (${group.name}, minggu 30 November 2026)\n`);
    const html = read("rppm.html");
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain(group.name);
  });

  it("prints a daily plan (RPPH) in Markdown, and rejects an unknown group", () => {
    const day = tumbuh("plan", "data", "--group", "g-45", "--week", "2026-11-30", "--day", "2026-12-01", "--format", "md", "--lang", "en");
    expect(day.code, day.stderr).toBe(0);
    expect(day.stdout).toMatch(/^# Daily plan \(RPPH\)/);
    const unknown = tumbuh("plan", "data", "--group", "g-00", "--week", "2026-11-30");
    expect(unknown.code, unknown.stderr).toBe(1);
    expect(unknown.stderr).toContain('Kesalahan: kelompok "g-00" tidak ada di settings.json (yang ada: g-12, g-23, g-34, g-45, g-56)');
  });
});

describe("tumbuh screenings", () => {
  it("lists the KPSP screenings due in the month, as of its first day", () => {
    const due = screeningsDue(centre, { month: "2026-12", asOf: parseCalendarDate("2026-12-01") });
    const r = tumbuh("screenings", "data", "--month", "2026-12");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("Skrining KPSP bulan Desember 2026 (per 1 Desember 2026)");
    for (const d of due) expect(r.stdout).toMatch(new RegExp(`^${formatDate(d.dueOn)}\\s+${d.child}\\s`, "m"));
    expect(r.stdout).toContain(due.length === 0 ? "Tidak ada skrining" : `${due.length} skrining`);
    const json = tumbuh("screenings", "data", "--month", "2026-12", "--format", "json");
    expect(JSON.parse(json.stdout).screenings).toEqual(JSON.parse(JSON.stringify(due)));
  });

  it("rejects a malformed month (exit 2)", () => {
    const r = tumbuh("screenings", "data", "--month", "12-2026", "--lang", "en");
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toBe('Error: invalid month for --month: "12-2026" (write YYYY-MM, e.g. 2026-12)\nHelp: tumbuh screenings --help --lang en\n');
  });
});

describe("tumbuh export and import", () => {
  it("exports the roster and observations as CSV", () => {
    const r = tumbuh("export", "data", "--format", "csv", "--out", "ekspor");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe("Ditulis: ekspor/roster.csv, ekspor/observations.csv\n");
    expect(read("ekspor/roster.csv").split("\n")[0]).toMatch(/^id_anak,nama,/);
    expect(read("ekspor/roster.csv").trim().split("\n")).toHaveLength(CHILDREN + 1);
    expect(read("ekspor/observations.csv").split("\n")[0]).toMatch(/^id,tanggal,anak,guru,jenis,/);
  });

  it("leaves names out with --pseudonymous", () => {
    expect(tumbuh("export", "data", "--out", "anon", "--pseudonymous").code).toBe(0);
    const roster = read("anon/roster.csv");
    for (const c of centre.children) expect(roster).not.toContain(c.name);
  });

  it("imports into a fresh folder, and importing again adds nothing", () => {
    expect(tumbuh("init", "fresh", "--empty").code).toBe(0);
    cpSync(join(work, "data/settings.json"), join(work, "fresh/settings.json"));
    const roster = tumbuh("import", "ekspor/roster.csv", "--into", "fresh");
    expect(roster.code, roster.stderr).toBe(0);
    expect(roster.stdout).toContain("ekspor/roster.csv dibaca sebagai daftar anak.");
    expect(roster.stdout).toContain(`${CHILDREN} baris ditambahkan, 0 dilewati (sudah ada), 0 baris bermasalah.`);
    const rows = read("ekspor/observations.csv").trim().split("\n").length - 1;
    const first = tumbuh("import", "ekspor/observations.csv", "--into", "fresh");
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`${rows} baris ditambahkan, 0 dilewati`);
    expect(first.stdout).toContain("Disimpan: fresh/journal.jsonl");
    const journal = read("fresh/journal.jsonl");
    const again = tumbuh("import", "ekspor/observations.csv", "--into", "fresh");
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain(`0 baris ditambahkan, ${rows} dilewati (sudah ada), 0 baris bermasalah.`);
    expect(read("fresh/journal.jsonl")).toBe(journal);
    expect(tumbuh("validate", "fresh").code).toBe(0);
  });

  it("imports an Indonesian Excel CSV, saving the good rows and naming the bad row and column (exit 1)", () => {
    const child = centre.children[0]!;
    const csv =
      "\uFEFFTanggal;Anak;Guru;Jenis;Indikator;Capaian;Catatan\r\n" +
      `27/11/2026;${child.id};e-001;penilaian;cdc2022.15m.sel.1;achieved;Tepuk tangan\r\n` +
      `31/11/2026;${child.id};e-001;penilaian;cdc2022.15m.sel.2;achieved;\r\n`;
    writeFileSync(join(work, "excel.csv"), csv);
    const before = read("data/journal.jsonl");
    const r = tumbuh("import", "excel.csv", "--into", "data", "--visibility", "family");
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain("excel.csv: baris 3, kolom Tanggal: ");
    expect(r.stdout).toContain("[invalid_date]");
    expect(r.stdout).toContain("1 baris ditambahkan, 0 dilewati (sudah ada), 1 baris bermasalah.");
    const after = read("data/journal.jsonl");
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length).trim().split("\n")).toHaveLength(1);
    expectNoTrace(r);
  });

  it("says so when the CSV file is missing", () => {
    const r = tumbuh("import", "tidak-ada.csv", "--into", "data");
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toBe("Kesalahan: folder atau berkas tidak ditemukan: tidak-ada.csv\n");
  });
});

describe("the command line itself", () => {
  const commands = ["init", "validate", "report", "plan", "screenings", "import", "export"];

  it.each(commands)("tumbuh %s --help explains the command (id and en)", (command) => {
    const id = tumbuh(command, "--help");
    expect(id.code, id.stderr).toBe(0);
    expect(id.stdout).toMatch(new RegExp(`^Pemakaian: tumbuh ${command} `));
    const en = tumbuh(command, "-h", "--lang", "en");
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).toMatch(new RegExp(`^Usage: tumbuh ${command} `));
  });

  it("lists every command in the main help", () => {
    const r = tumbuh("--help");
    expect(r.code, r.stderr).toBe(0);
    for (const c of commands) expect(r.stdout).toMatch(new RegExp(`^  ${c} `, "m"));
    expect(tumbuh("help", "plan").stdout).toMatch(/^Pemakaian: tumbuh plan /);
    expect(tumbuh().code).toBe(2);
  });

  it("rejects an unknown flag or command with exit code 2 and a pointer to the help", () => {
    const flag = tumbuh("validate", "data", "--verbose");
    expect(flag.code, flag.stderr).toBe(2);
    expect(flag.stderr).toBe("Kesalahan: pilihan tidak dikenal: --verbose\nBantuan: tumbuh validate --help\n");
    const en = tumbuh("--lang", "en", "report", "data", "--childs", "c-1");
    expect(en.code, en.stderr).toBe(2);
    expect(en.stderr).toBe("Error: unknown option: --childs\nHelp: tumbuh report --help --lang en\n");
    const command = tumbuh("raport", "data");
    expect(command.code, command.stderr).toBe(2);
    expect(command.stderr).toBe('Kesalahan: perintah tidak dikenal: "raport"\nBantuan: tumbuh --help\n');
    const value = tumbuh("report", "data", "--all", "--as-of");
    expect(value.code, value.stderr).toBe(2);
    expect(value.stderr).toContain("pilihan --as-of memerlukan nilai");
    const lang = tumbuh("validate", "data", "--lang", "jv");
    expect(lang.code, lang.stderr).toBe(2);
    expect(lang.stderr).toContain('bahasa tidak dikenal: "jv" (pilih id atau en)');
  });

  it("speaks English with --lang en", () => {
    const r = tumbuh("validate", "data", "--lang", "en");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`OK: data — ${CHILDREN} children, 5 groups, 10 educators,`);
    const missing = tumbuh("validate", "nowhere", "--lang", "en");
    expect(missing.stderr).toBe("Error: no such folder or file: nowhere\n");
  });

  it("prints its version", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    expect(tumbuh("--version").stdout).toBe(`${pkg.version}\n`);
  });

  it("has its shebang (tsup keeps it and marks dist/cli.js executable), so npm can link it as the tumbuh command", () => {
    expect(readFileSync(join(root, "src", "cli", "main.ts"), "utf8").split("\n")[0]).toBe("#!/usr/bin/env node");
    // When the binary is built and fresh (CI builds first), check the built file itself too.
    if (useDist) {
      expect(readFileSync(dist, "utf8").split("\n")[0]).toBe("#!/usr/bin/env node");
      expect(statSync(dist).mode & 0o111).not.toBe(0);
    }
  });
});
