// `tumbuh stppa-bands`, run as a real process in a temporary folder: the template a centre fills
// in with the STPPA items of its printed regulation, and loading it into a data folder.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runTumbuh } from "./helpers/cli-run.js";

let work: string;

function tumbuh(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  return runTumbuh(work, args);
}

const read = (path: string) => readFileSync(join(work, path), "utf8");

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "tumbuh-stppa-"));
  const r = tumbuh("init", "data", "--empty");
  if (r.code !== 0) throw new Error(`tumbuh init failed (${r.code}):\n${r.stdout}\n${r.stderr}`);
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe("tumbuh stppa-bands", () => {
  it("writes the template, in Indonesian by default", () => {
    const r = tumbuh("stppa-bands", "--template", "stppa.csv");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("Templat ditulis: stppa.csv");
    expect(read("stppa.csv").split("\n")[0]).toBe("kelompok_usia,lingkup,sub_lingkup,nomor,teks,teks_inggris");
  });

  it("names every bad row and saves nothing (exit 1)", () => {
    const before = read("data/settings.json");
    writeFileSync(join(work, "bad.csv"), "kelompok_usia,lingkup,sub_lingkup,nomor,teks\n24-36,bhs,a,2,Butir uji\n24-36,bahasa,a,1,Butir uji\n");
    const r = tumbuh("stppa-bands", "data", "--load", "bad.csv");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Kesalahan: bad.csv tidak bisa dimuat");
    expect(r.stderr).toContain("rows[2].nomor:");
    expect(r.stderr).toContain('rows[3].lingkup: unknown aspect "bahasa"');
    expect(read("data/settings.json")).toBe(before);
  });

  it("loads a filled-in file into the folder's curriculum, in English with --lang en", () => {
    writeFileSync(join(work, "typed.csv"), "band,aspect,sub_scope,number,text\n24-36,bhs,a,1,Butir uji satu\n24-36,bhs,a,2,Butir uji dua\n36-48,kog,a,1,Butir uji tiga\n");
    const dry = tumbuh("stppa-bands", "data", "--load", "typed.csv", "--dry-run", "--lang", "en");
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain("typed.csv: 3 items loaded for age bands 24-36, 36-48.");
    expect(read("data/settings.json")).not.toContain("stppa2014-typed");
    const r = tumbuh("stppa-bands", "data", "--load", "typed.csv", "--source", "Salinan cetak uji");
    expect(r.code, r.stderr).toBe(0);
    const settings = JSON.parse(read("data/settings.json")) as { curriculum: { frameworks: { id: string; supplements?: string; sources: { title: string }[]; bands: { indicators: { id: string }[] }[] }[] } };
    const typed = settings.curriculum.frameworks.find((f) => f.id === "stppa2014-typed");
    expect(typed?.supplements).toBe("stppa2014");
    expect(typed?.sources[0]?.title).toBe("Salinan cetak uji");
    expect(typed?.bands.flatMap((b) => b.indicators.map((i) => i.id))).toEqual(["stppa2014.24-36.bhs.a.1", "stppa2014.24-36.bhs.a.2", "stppa2014.36-48.kog.a.1"]);
    expect(tumbuh("validate", "data").code).toBe(0);
  });

  it("asks for --template or --load (exit 2)", () => {
    const r = tumbuh("stppa-bands", "data");
    expect(r.code).toBe(2);
  });
});
