// The IndexedDB store in real Chromium (like print.test.ts): the page bundle runs the storage
// contract's scenarios and the slice proof in the browser, served over http (IndexedDB needs an
// origin), and the test reads back what each one found.
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contractScenarios } from "../store-contract-suite.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const root = fileURLToPath(new URL("../..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "tumbuh-idb-"));
let browser: Browser;
let server: Server;
let origin: string;

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [join(root, "test", "browser", "indexeddb-page.ts")],
    bundle: true,
    write: false,
    platform: "browser",
    format: "iife",
    target: "chrome110",
    logLevel: "silent",
  });
  const script = bundle.outputFiles[0]!.text;
  // The browser bundle must not pull in Node: no node: imports, no require of fs.
  expect(script).not.toMatch(/require\(["']node:|from ["']node:/);
  writeFileSync(join(dir, "page.js"), script);
  const html = "<!doctype html><meta charset=utf-8><title>tumbuh IndexedDB</title><script src=page.js></script>";
  server = createServer((req, res) => {
    const js = req.url === "/page.js";
    res.writeHead(200, { "content-type": js ? "text/javascript" : "text/html" });
    res.end(js ? script : html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe("IndexedDB store in Chromium", () => {
  it("passes every scenario of the storage contract and the slice proof", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`${origin}/`);
    const outcomes = (await page.evaluate(() => (globalThis as unknown as { runStoreTests: () => Promise<{ name: string; error?: string }[]> }).runStoreTests())) as {
      name: string;
      error?: string;
    }[];
    expect(errors).toEqual([]);
    expect(outcomes.map((o) => o.name)).toEqual([...contractScenarios.map((s) => s.name), "slice proof and persistence"]);
    expect(outcomes.filter((o) => o.error !== undefined)).toEqual([]);
    await page.close();
  });

  it("keeps what was appended across a page reload", async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    type Page = { writeForReload: (n: string) => Promise<number>; readAfterReload: (n: string) => Promise<{ entries: number; version: number | undefined }> };
    const written = await page.evaluate(() => (globalThis as unknown as Page).writeForReload("tumbuh-reload"));
    expect(written).toBeGreaterThan(0);
    await page.reload();
    const read = await page.evaluate(() => (globalThis as unknown as Page).readAfterReload("tumbuh-reload"));
    expect(read).toEqual({ entries: written, version: 1 });
    await page.close();
  });
});
