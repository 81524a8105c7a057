import { build } from "esbuild";
import { describe, expect, it } from "vitest";

describe("the core runs in a browser", () => {
  it("bundles src/index.ts for the browser with no node: imports", async () => {
    const result = await build({
      entryPoints: ["src/index.ts"],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    expect(result.errors).toEqual([]);
    const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((i) => i.path));
    expect(imports.filter((p) => p.startsWith("node:") || ["fs", "path", "os", "child_process"].includes(p))).toEqual([]);
    const code = result.outputFiles[0]?.text ?? "";
    expect(code).not.toMatch(/from\s+["']node:/);
    expect(code.length).toBeGreaterThan(1000);
  });

  it("the Node-only subpath does import node: modules (so it must stay separate)", async () => {
    const result = await build({ entryPoints: ["src/node/index.ts"], bundle: true, platform: "node", format: "esm", write: false, metafile: true, logLevel: "silent" });
    const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((i) => i.path));
    expect(imports.some((p) => p.startsWith("node:"))).toBe(true);
  });
});
