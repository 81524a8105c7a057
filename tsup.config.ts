import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", node: "src/node/index.ts", browser: "src/browser/index.ts", cli: "src/cli/main.ts" },
  format: ["esm", "cjs"],
  // The CLI is a program, not an API: it gets no declaration files.
  dts: { entry: { index: "src/index.ts", node: "src/node/index.ts", browser: "src/browser/index.ts" } },
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  treeshake: true,
  // Shared chunks, so `tumbuh` and `tumbuh/node` use one copy of each class (ValidationError
  // instanceof works across entries) in both ESM and CJS.
  splitting: true,
});
