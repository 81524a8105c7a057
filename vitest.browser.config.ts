import { defineConfig } from "vitest/config";

// Real-browser checks of the printable pages (rapor, RPPM, RPPH) in Debian's Chromium, driven by
// playwright-core. Run by `npm run test:browser` and by .ci/run (which installs chromium); kept
// out of `npm test` so a newcomer's machine without Chromium can still run the suite.
export default defineConfig({
  test: {
    include: ["test/browser/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
