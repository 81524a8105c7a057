// The command line against hostile or careless input: dates outside the supported range, junk
// journals, control characters in what it prints, `--out` pointed at the wrong thing.
import { execFileSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
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

describe("a junk journal", () => {
  // 200 000 lines that are not JSON (about 5 MB): once took 37 s and 1.34 GB, printing 87 MB.
  const junk = () => {
    const dir = join(work, "junk");
    cpSync(join(work, "data"), dir, { recursive: true });
    const lines: string[] = [];
    for (let i = 0; i < 200_000; i++) lines.push(`bukan json, baris ke-${i} xxxxxx`);
    writeFileSync(join(dir, "journal.jsonl"), `${lines.join("\n")}\n`);
    return "junk";
  };

  it("validate shows the first 20 problems of the file and counts the rest", () => {
    const dir = junk();
    const r = tumbuh("validate", dir);
    expect(r.code).toBe(1);
    const shown = r.stdout.split("\n").filter((l) => l.endsWith("[invalid_json]"));
    expect(shown).toHaveLength(20);
    expect(shown[0]).toMatch(/^junk[/\\]journal\.jsonl:1:1: /);
    expect(shown[19]).toMatch(/^junk[/\\]journal\.jsonl:20:1: /);
    expect(r.stdout).toMatch(/… dan 199\.980 masalah lain di junk[/\\]journal\.jsonl/);
    expect(r.stdout).toContain("200000 masalah ditemukan di junk.");
    expect(r.stdout.length).toBeLessThan(20_000);
  });

  it("report refuses it with the same count, in English too", () => {
    const dir = junk();
    const r = tumbuh("report", dir, "--child", "c-00001", "--as-of", "2026-11-27", "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("200000 problems in junk");
    expect(r.stderr).toContain("… and 199,980 more problems");
    expect(r.stderr.split("\n").filter((l) => l.endsWith("[invalid_json]"))).toHaveLength(20);
  });
});

describe("control characters in what the CLI prints", () => {
  // ESC[2J ESC[H clears the screen and homes the cursor: the line after it could fake an "OK".
  const hostile = "\u001b[2J\u001b[HData baik \u001b]0;judul\u0007 \u001b]8;;http://x.test\u0007tautan\u001b]8;;\u0007 \u202edcba \u0085 \u0000";
  const noControls = (text: string) => {
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  };

  it("lines of a broken journal are shown with visible escapes", () => {
    const dir = join(work, "esc");
    cpSync(join(work, "data"), dir, { recursive: true });
    writeFileSync(join(dir, "journal.jsonl"), `{"id": "o-1", ${hostile}\n`);
    const r = tumbuh("validate", "esc");
    expect(r.code).toBe(1);
    noControls(r.stdout);
    noControls(r.stderr);
    expect(r.stdout).toContain("\\e[2J\\e[HData baik \\e]0;judul\\x07");
  });

  it("CSV headers and cells are shown with visible escapes", () => {
    writeFileSync(join(work, "esc.csv"), `tanggal;anak;guru;jenis;indikator;capaian;${hostile}\n28/11/2026;${hostile};e-01;penilaian;x;BSH;1\n`);
    const r = tumbuh("import", "esc.csv", "--into", "data", "--dry-run");
    expect(r.code).toBe(1);
    noControls(r.stdout);
    noControls(r.stderr);
    expect(r.stdout).toContain("Kolom yang diabaikan: \\e[2J\\e[HData baik");
    expect(r.stdout).toContain("\\u202edcba \\x85 \\x00");
  });
});

describe("validate finds shape and reference problems in one run", () => {
  it("a broken line, a bad entry, an unknown child, a duplicate id, a date before birth and a bad child, together", () => {
    const dir = join(work, "mixed");
    cpSync(join(work, "data"), dir, { recursive: true });
    const roster = JSON.parse(readFileSync(join(dir, "roster.json"), "utf8")) as Record<string, unknown>[];
    roster[1] = { ...roster[1], name: "   " };
    writeFileSync(join(dir, "roster.json"), JSON.stringify(roster, null, 2));
    const first = readFileSync(join(dir, "journal.jsonl"), "utf8").split("\n")[0]!;
    const entry = JSON.parse(first) as Record<string, unknown>;
    const lines = [
      "{ not json",
      JSON.stringify({ ...entry, id: "o-x1", date: "2026-02-30" }),
      JSON.stringify({ ...entry, id: "o-x2", child: "c-09999" }),
      first,
      JSON.stringify({ ...entry, id: "o-x3", date: "2001-01-01" }),
      JSON.stringify({ ...entry, id: "o-x4", child: roster[1]!.id }),
    ];
    appendFileSync(join(dir, "journal.jsonl"), `${lines.join("\n")}\n`);
    const r = tumbuh("validate", "mixed");
    expect(r.code).toBe(1);
    const codes = r.stdout.split("\n").flatMap((l) => /\[(\w+)\]$/.exec(l)?.[1] ?? []);
    expect(new Set(codes)).toEqual(new Set(["missing", "invalid_json", "invalid_date", "unknown_reference", "duplicate_id", "before_birth"]));
    // The entry about the child with the bad name is not reported again as an unknown child.
    expect(r.stdout).not.toContain(`unknown child "${String(roster[1]!.id)}"`);
  });
});

describe("--out", () => {
  const child = "c-00001";
  const report = (...out: string[]) => tumbuh("report", "data", "--child", child, "--as-of", "2026-11-27", ...out);

  it("refuses a device and leaves it a device", () => {
    const r = report("--out", "/dev/full");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("--out /dev/full adalah sebuah perangkat, bukan berkas biasa");
    expect(statSync("/dev/full").isCharacterDevice()).toBe(true);
  });

  it("refuses a FIFO without opening it", () => {
    execFileSync("mkfifo", [join(work, "pipa")]);
    const r = runTumbuh(work, ["report", "data", "--child", child, "--as-of", "2026-11-27", "--out", "pipa", "--format", "md"], 30_000);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("adalah sebuah pipa (FIFO)");
  });

  it("refuses a folder where a file is written", () => {
    mkdirSync(join(work, "plan-folder"));
    const r = tumbuh("plan", "data", "--group", "g-12", "--week", "2026-11-30", "--out", "plan-folder");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("--out plan-folder adalah sebuah folder");
  });

  it("refuses the data's own files, however the path is written", () => {
    const before = readFileSync(join(work, "data", "roster.json"), "utf8");
    for (const target of ["data/roster.json", "./data/../data/journal.jsonl", "data/settings.json"]) {
      const r = report("--out", target, "--format", "json");
      expect(r.code, target).toBe(1);
      expect(r.stderr).toContain("adalah berkas data tumbuh sendiri");
    }
    expect(readFileSync(join(work, "data", "roster.json"), "utf8")).toBe(before);
    const e = tumbuh("export", "data", "--format", "json", "--out", "whole");
    expect(e.code, e.stderr).toBe(0);
    const again = tumbuh("export", "whole/centre.json", "--format", "json", "--out", "whole");
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("adalah berkas data tumbuh sendiri");
  });

  it("--out - writes to standard output", () => {
    const r = report("--out", "-", "--format", "md");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^# /);
    expect(existsSync(join(work, "-"))).toBe(false);
    const all = tumbuh("report", "data", "--all", "--as-of", "2026-11-27", "--out", "-");
    expect(all.code).toBe(2);
  });

  it("report --all gives file names that differ only in case their own files", () => {
    const dir = join(work, "cases");
    cpSync(join(work, "data"), dir, { recursive: true });
    const roster = JSON.parse(readFileSync(join(dir, "roster.json"), "utf8")) as Record<string, unknown>[];
    roster[1] = { ...roster[1], id: "Anak-1" };
    roster[2] = { ...roster[2], id: "anak-1" };
    writeFileSync(join(dir, "roster.json"), JSON.stringify(roster));
    writeFileSync(join(dir, "journal.jsonl"), "");
    const r = tumbuh("report", "cases", "--all", "--as-of", "2026-11-27", "--out", "rapor-cases", "--format", "md");
    expect(r.code, r.stderr).toBe(0);
    const files = readdirSync(join(work, "rapor-cases")).map((f) => f.toLowerCase());
    expect(new Set(files).size).toBe(files.length);
    expect(files).toEqual(expect.arrayContaining(["anak-1.md", "anak-1-2.md"]));
    expect(r.stdout).toContain("nama berkas Anak-1.md dan anak-1.md hanya berbeda huruf besar/kecil");
  });
});

describe("spreadsheets as teachers save them", () => {
  const roster = () => JSON.parse(readFileSync(join(work, "data", "roster.json"), "utf8")) as { id: string; name: string; birthDate: string }[];

  it("the acceptance sheet imports what is valid and names the bad row in Indonesian", () => {
    const [a, b] = roster();
    const csv =
      "\uFEFFNama Anak;Tanggal;Indikator;Capaian;Catatan;Guru\r\n" +
      `${a!.name};27/11/2026;stppa2014.48-60.kog.c.3;BSH;"bilang ""aku bisa"" sambil tersenyum";Bu Sari\r\n` +
      `${b!.name};31/02/2026;stppa2014.48-60.kog.c.3;MB;;Bu Sari\r\n`;
    writeFileSync(join(work, "penilaian.csv"), csv);
    const r = tumbuh("import", "penilaian.csv", "--into", "data", "--dry-run");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('penilaian.csv: baris 3, kolom Tanggal: tanggal 31 tidak ada di bulan itu: "31/02/2026" [invalid_date]');
    expect(r.stdout).toContain("1 baris ditambahkan, 0 dilewati (sudah ada), 1 baris bermasalah.");
    expect(r.stdout).not.toMatch(/does not exist|expected|unknown/);
  });

  it("a Windows-1252 roster is decoded with a notice, a UTF-16 one too", () => {
    const header = "id_anak;nama;tanggal_lahir;kelompok;tanggal_masuk\r\n";
    writeFileSync(join(work, "ansi.csv"), Buffer.from(`${header}c-700;Jos\u00e9 N\u00fa\u00f1ez;03/05/2022;g-12;14/07/2025\r\n`, "latin1"));
    const r = tumbuh("import", "ansi.csv", "--into", "data", "--dry-run");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("ansi.csv tidak disimpan sebagai UTF-8; dibaca sebagai windows-1252");
    writeFileSync(join(work, "u16.csv"), Buffer.from(`\uFEFF${header}c-701;Jos\u00e9 N\u00fa\u00f1ez;03/05/2022;g-12;14/07/2025\r\n`, "utf16le"));
    const u = tumbuh("import", "u16.csv", "--into", "data");
    expect(u.code, u.stderr).toBe(0);
    expect(u.stderr).toContain("dibaca sebagai utf-16le");
    expect(roster().find((c) => c.id === "c-701")?.name).toBe("Jos\u00e9 N\u00fa\u00f1ez");
  });

  it("a roster.json saved as UTF-16 is read with a notice", () => {
    const dir = join(work, "u16data");
    cpSync(join(work, "data"), dir, { recursive: true });
    writeFileSync(join(dir, "roster.json"), Buffer.from(`\uFEFF${readFileSync(join(dir, "roster.json"), "utf8")}`, "utf16le"));
    const r = tumbuh("validate", "u16data");
    expect(r.code, r.stdout).toBe(0);
    expect(r.stderr).toContain("roster.json tidak disimpan sebagai UTF-8; dibaca sebagai utf-16le");
  });

  it("a typo in a header is named with the header meant", () => {
    writeFileSync(join(work, "typo.csv"), "Tangal;Anak;Guru;Indikator;Capaian\n27/11/2026;c-00001;e-001;stppa2014.48-60.kog.c.3;MB\n");
    const r = tumbuh("import", "typo.csv", "--into", "data", "--dry-run");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('tidak ada kolom tanggal / date (apakah "Tangal" maksudnya kolom itu?)');
    expect(r.stdout).toContain('Kolom "Tangal" tidak dikenal; maksudnya "tanggal"?');
  });

  it("a report before the birth date says so in Indonesian", () => {
    const [a] = roster();
    const r = tumbuh("report", "data", "--child", a!.id, "--as-of", "2000-01-01");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`tanggal 2000-01-01 sebelum tanggal lahir anak (${a!.birthDate})`);
    expect(r.stderr).not.toContain("is before");
  });
});
