// Bundles a TypeScript entry into one ES module for child processes: a bundled script starts in
// a fraction of a second, where the same entry through tsx transforms every source file first
// (seconds on a busy machine, times every process a concurrency test starts).
import { build } from "esbuild";

/** Bundles `entry` to `outfile` (Node platform, ESM; better-sqlite3 stays an import). */
export async function bundleForNode(entry: string, outfile: string): Promise<string> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    external: ["better-sqlite3"],
    logLevel: "silent",
    // A bundle in a temporary folder still resolves better-sqlite3 from this package.
    banner: { js: "import { createRequire as __tumbuhCreateRequire } from 'node:module'; const require = __tumbuhCreateRequire(import.meta.url);" },
  });
  return outfile;
}
