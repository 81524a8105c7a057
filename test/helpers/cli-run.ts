// Runs the `tumbuh` command line as a real process: the built binary when it is up to date,
// otherwise the source entry through tsx (so a stale dist/ never hides a change).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dist = join(root, "dist", "cli.js");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const useDist = existsSync(dist) && statSync(dist).mtimeMs >= newestMtime(join(root, "src"));
const entry = useDist ? [dist] : ["--import", pathToFileURL(join(root, "node_modules", "tsx", "dist", "loader.mjs")).href, join(root, "src", "cli", "main.ts")];

/** What a run printed and its exit code. */
export interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `tumbuh …` in `cwd` with no TTY; a run longer than `timeout` ms is killed. */
export function runTumbuh(cwd: string, args: readonly string[], timeout = 120_000): Run {
  const r = spawnSync(process.execPath, [...entry, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, TUMBUH_DEBUG: "", NODE_OPTIONS: "" },
    timeout,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}
