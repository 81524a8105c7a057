import { build } from "esbuild";
import { describe, expect, it } from "vitest";

// The WHO tables are bundled only by apps that use growth (DESIGN: "tables live in their own
// module so only apps that use them ship them").
async function bundle(code: string): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: "ts" },
    bundle: true,
    platform: "browser",
    format: "esm",
    write: false,
    minify: true,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

// The boy's median weight at birth in WHO's weianthro.txt.
const WHO_NUMBER = "3.3464";

describe("growth tables ship only with growth", () => {
  it("an app that uses the core but not growth carries no WHO table", async () => {
    const code = await bundle(`import { ageOn, parseCalendarDate } from "./src/index.ts"; console.log(ageOn(parseCalendarDate("2022-04-15"), parseCalendarDate("2026-11-28")));`);
    expect(code.length).toBeGreaterThan(1000);
    expect(code).not.toContain(WHO_NUMBER);
  });

  it("an app that computes z-scores carries them", async () => {
    const code = await bundle(`import { growthZScores } from "./src/growth/index.ts"; console.log(growthZScores({ sex: "male", birthDate: "2024-01-01", date: "2024-01-01", weightKg: 3.3 }));`);
    expect(code).toContain(WHO_NUMBER);
  });
});
