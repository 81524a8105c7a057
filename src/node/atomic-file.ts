/// <reference types="node" />
/**
 * Replacing a file so that a crash leaves either the old file or the new one, never half of one
 * and never a stray copy: a temporary file with a random name beside the target, opened
 * exclusively (`wx`), given the target's mode, fsynced, renamed over the target, and the folder
 * fsynced so the rename survives a power cut. On failure the temporary file is removed.
 *
 * @module
 */
import { randomBytes } from "node:crypto";
import { type FileHandle, open, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

function errnoOf(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** A temporary file being written, to be committed over its target or discarded. */
export interface TempFile {
  readonly path: string;
  readonly handle: FileHandle;
}

/** Opens a new temporary file beside `target` with `target`'s mode (or the umask's default). */
export async function openTemp(target: string): Promise<TempFile> {
  const mode = await stat(target).then(
    (s) => s.mode & 0o7777,
    (e: unknown) => {
      if (errnoOf(e) === "ENOENT") return undefined;
      throw e;
    },
  );
  const path = join(dirname(target), `.${basename(target)}.tmp-${randomBytes(8).toString("hex")}`);
  const handle = await open(path, "wx", 0o600);
  try {
    // open()'s mode is cut by the umask; chmod gives exactly the old file's mode.
    await handle.chmod(mode ?? 0o666 & ~process.umask());
  } catch (e) {
    await handle.close().catch(() => undefined);
    await unlink(path).catch(() => undefined);
    throw e;
  }
  return { path, handle };
}

/** fsyncs and closes the temporary file, renames it over `target`, fsyncs the folder. */
export async function commitTemp(temp: TempFile, target: string): Promise<void> {
  try {
    await temp.handle.sync();
    await temp.handle.close();
    await rename(temp.path, target);
  } catch (e) {
    await discardTemp(temp);
    throw e;
  }
  const dir = await open(dirname(target), "r");
  try {
    await dir.sync().catch((e: unknown) => {
      // Some file systems cannot fsync a folder; the file itself is synced.
      if (errnoOf(e) !== "EINVAL" && errnoOf(e) !== "EPERM" && errnoOf(e) !== "EISDIR") throw e;
    });
  } finally {
    await dir.close();
  }
}

/** Closes and removes a temporary file. */
export async function discardTemp(temp: TempFile): Promise<void> {
  await temp.handle.close().catch(() => undefined);
  await unlink(temp.path).catch(() => undefined);
}

/** Replaces a file's content atomically and durably. */
export async function writeFileAtomic(target: string, text: string): Promise<void> {
  const temp = await openTemp(target);
  try {
    await temp.handle.writeFile(text, "utf8");
  } catch (e) {
    await discardTemp(temp);
    throw e;
  }
  await commitTemp(temp, target);
}
