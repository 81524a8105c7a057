/// <reference types="node" />
/**
 * Writing files so that nothing is lost or left behind: temporary files with random names beside
 * their target, opened exclusively (`wx`), given the target's mode, fsynced, renamed into place,
 * and the folder fsynced so the rename itself survives a power cut. Every temporary file and the
 * lock are registered, so a signal (Ctrl-C, `kill`) removes them before the process ends; after
 * `kill -9`, which no process can catch, the next command that takes the lock removes them (they
 * all live in the data folder, named `.tumbuh-tmp-<random>-<file>`).
 *
 * @module
 */
import { randomBytes } from "node:crypto";
import { closeSync, ftruncateSync, openSync, unlinkSync } from "node:fs";
import { open, readdir, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** The name prefix of every temporary file tumbuh writes. */
export const TEMP_PREFIX = ".tumbuh-tmp-";

/** What to undo if the process is stopped by a signal. */
interface Live {
  readonly temps: Set<string>;
  lock: string | undefined;
  /** A journal append in progress: the file and its size before the append. */
  append: { readonly file: string; readonly size: number; readonly intent: string } | undefined;
}

const live: Live = { temps: new Set(), lock: undefined, append: undefined };

/** Undoes what is in progress, synchronously (a signal handler cannot wait). */
export function undoInProgress(): void {
  for (const tmp of live.temps) tryUnlink(tmp);
  live.temps.clear();
  if (live.append !== undefined) {
    try {
      const fd = openSync(live.append.file, "r+");
      ftruncateSync(fd, live.append.size);
      closeSync(fd);
      tryUnlink(live.append.intent);
    } catch {
      // leave the intent: the next command rolls the append back
    }
    live.append = undefined;
  }
  if (live.lock !== undefined) tryUnlink(live.lock);
  live.lock = undefined;
}

function tryUnlink(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

let handlersInstalled = false;

/**
 * Removes temporary files and the lock when the process is stopped by SIGINT, SIGTERM or SIGHUP,
 * then exits with 128 + the signal's number (the shell's convention).
 */
export function installSignalCleanup(onSignal: (signal: NodeJS.Signals) => void): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const numbers: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      undoInProgress();
      onSignal(signal);
      process.exit(128 + (numbers[signal] ?? 0));
    });
  }
}

/** Registers the lock file (removed on a signal). */
export function registerLock(path: string | undefined): void {
  live.lock = path;
}

/** Registers a journal append in progress (rolled back on a signal). */
export function registerAppend(append: Live["append"]): void {
  live.append = append;
}

function errnoOf(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** The permission bits of a file, or undefined when it does not exist. */
export async function modeOf(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mode & 0o7777;
  } catch (e) {
    if (errnoOf(e) === "ENOENT") return undefined;
    throw e;
  }
}

/** fsyncs a folder, so the names created or renamed in it are on disk. */
export async function syncFolder(dir: string): Promise<void> {
  const fd = await open(dir, "r");
  try {
    await fd.sync();
  } catch (e) {
    // Some file systems (and Windows) cannot fsync a folder; the data itself is synced.
    if (errnoOf(e) !== "EINVAL" && errnoOf(e) !== "EPERM" && errnoOf(e) !== "EISDIR") throw e;
  } finally {
    await fd.close();
  }
}

/**
 * Writes text to a new temporary file beside `target`, with `target`'s mode when it exists, and
 * fsyncs it. The caller renames it into place ({@link replaceWith}) or removes it
 * ({@link discardTemp}).
 *
 * @returns the temporary file's path
 */
export async function writeTemp(target: string, text: string): Promise<string> {
  const mode = await modeOf(target);
  const tmp = join(dirname(target), `${TEMP_PREFIX}${randomBytes(8).toString("hex")}-${basename(target)}`);
  live.temps.add(tmp);
  try {
    const fd = await open(tmp, "wx", 0o600);
    try {
      // The mode given to open() is cut by the umask; chmod sets exactly the target's mode.
      if (mode !== undefined) await fd.chmod(mode);
      else await fd.chmod(0o666 & ~currentUmask());
      await fd.writeFile(text, "utf8");
      await fd.sync();
    } finally {
      await fd.close();
    }
  } catch (e) {
    await discardTemp(tmp);
    throw e;
  }
  return tmp;
}

function currentUmask(): number {
  // process.umask() without an argument is deprecated for workers but fine in the CLI's process.
  return process.umask();
}

/** Renames a temporary file over its target. The caller fsyncs the folder afterwards. */
export async function replaceWith(tmp: string, target: string): Promise<void> {
  await rename(tmp, target);
  live.temps.delete(tmp);
}

/** Removes a temporary file. */
export async function discardTemp(tmp: string): Promise<void> {
  await unlink(tmp).catch(() => undefined);
  live.temps.delete(tmp);
}

/** Writes a file atomically and durably: temporary file, fsync, rename, fsync of the folder. */
export async function writeFileSafely(target: string, text: string): Promise<void> {
  const tmp = await writeTemp(target, text);
  try {
    await replaceWith(tmp, target);
  } catch (e) {
    await discardTemp(tmp);
    throw e;
  }
  await syncFolder(dirname(target));
}

/**
 * Removes temporary files a killed tumbuh left in a folder (only call it holding the lock, when
 * no other tumbuh can be writing there).
 *
 * @param forFile - only those of this file name
 * @returns the files removed
 */
export async function removeLeftoverTemps(dir: string, forFile?: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const left = names.filter((n) => n.startsWith(TEMP_PREFIX) && (forFile === undefined || n.endsWith(`-${forFile}`)));
  for (const name of left) await unlink(join(dir, name)).catch(() => undefined);
  return left;
}
