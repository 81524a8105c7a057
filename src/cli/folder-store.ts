/// <reference types="node" />
/**
 * The data folder made safe for several writers and for hand edits.
 *
 * - **One writer at a time**: a command that writes holds `.tumbuh-lock` in the folder (created
 *   with `O_EXCL`, holding the process id, host and time). Another command waits for it (up to
 *   `TUMBUH_LOCK_TIMEOUT_MS`, default 60 s); a lock whose process is gone (same host, no such
 *   process) is stale and is broken. Holding the lock, a command first cleans up after a killed
 *   one: temporary files are removed and an unfinished journal append is rolled back.
 * - **Compare-and-swap**: the command reads every file (its exact bytes) before it computes, and
 *   compares them again just before it replaces or appends to any file. When one changed (a hand
 *   edit), nothing is written; the command runs again on the new content (so the edit and the
 *   command's change are both kept), and after several changes in a row it stops with a message.
 * - **Journal appended, never rewritten**: new entries are appended after the existing bytes. An
 *   intent file (`.tumbuh-append`, the journal's size before) is fsynced first, so a torn append
 *   is invisible to readers and rolled back by the next command.
 * - **Only what changed is written**: settings, roster and inventory are replaced only when their
 *   content changes (so an observations import never touches the roster), settings first and the
 *   roster next, so the roster never names a group the settings lack.
 * - **Durable**: data fsynced before the rename, the folder fsynced after it.
 *
 * @module
 */
import { createHash } from "node:crypto";
import { hostname } from "node:os";
import { open, readFile, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { type Centre, canonicalJson, serializeCentre } from "../index.js";
import { parseJson } from "../io/json.js";
import { type Cli, CliError } from "./context.js";
import { storeMessages } from "./store-messages.js";
import { discardTemp, installSignalCleanup, registerAppend, registerLock, removeLeftoverTemps, replaceWith, syncFolder, writeTemp } from "./safe-files.js";

/** The files of a data folder (the same names as `DATA_FILES` in io.ts). */
const FILES = { settings: "settings.json", roster: "roster.json", inventory: "inventory.json", journal: "journal.jsonl", erased: "erased.json" } as const;
/** The lock of a data folder. */
export const LOCK_FILE = ".tumbuh-lock";
/** The intent of a journal append in progress: the journal's size before it. */
export const APPEND_INTENT = ".tumbuh-append";

/** Where the data lives (as in io.ts). */
export type DataSource = { readonly kind: "folder"; readonly path: string } | { readonly kind: "file"; readonly path: string };

function errnoOf(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

function lockPathOf(source: DataSource): string {
  return source.kind === "folder" ? join(source.path, LOCK_FILE) : join(dirname(source.path), `.${basename(source.path)}${LOCK_FILE.replace(/^\./, ".")}`);
}

interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
}

async function readOwner(lock: string): Promise<LockOwner | undefined> {
  try {
    const value = JSON.parse(await readFile(lock, "utf8")) as Partial<LockOwner>;
    if (typeof value.pid === "number" && typeof value.host === "string" && typeof value.since === "string") return value as LockOwner;
  } catch {
    // unreadable or half written: judged by its age below
  }
  return undefined;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errnoOf(e) === "EPERM";
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Whether a lock is stale: its process is gone (same host), or it is unreadable and older than
 * a few seconds (a process killed between creating and writing it).
 */
async function isStale(lock: string): Promise<boolean> {
  const owner = await readOwner(lock);
  if (owner !== undefined) return owner.host === hostname() && !alive(owner.pid);
  try {
    return Date.now() - (await stat(lock)).mtimeMs > 5_000;
  } catch {
    return false;
  }
}

/**
 * Breaks a stale lock, guarded by a second exclusive file so two breakers never both break.
 *
 * @returns whether this call broke it
 */
async function breakStale(lock: string): Promise<boolean> {
  const guard = `${lock}.break`;
  let fd;
  try {
    fd = await open(guard, "wx", 0o600);
  } catch (e) {
    if (errnoOf(e) !== "EEXIST") throw e;
    // Another command is breaking it; a guard left by a killed breaker is removed when old.
    const age = await stat(guard).then((s) => Date.now() - s.mtimeMs, () => 0);
    if (age > 5_000) await unlink(guard).catch(() => undefined);
    return false;
  }
  try {
    if (!(await isStale(lock))) return false;
    await unlink(lock).catch(() => undefined);
    return true;
  } finally {
    await fd.close();
    await unlink(guard).catch(() => undefined);
  }
}

/** Takes the lock of a data source, waiting for another command to finish. */
async function acquire(cli: Cli, source: DataSource): Promise<string> {
  const lock = lockPathOf(source);
  const timeout = Number(process.env.TUMBUH_LOCK_TIMEOUT_MS ?? "") || 60_000;
  const start = Date.now();
  let wait = 5;
  for (;;) {
    try {
      const fd = await open(lock, "wx", 0o600);
      registerLock(lock);
      try {
        await fd.writeFile(JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
        await fd.sync();
      } finally {
        await fd.close();
      }
      return lock;
    } catch (e) {
      if (errnoOf(e) !== "EEXIST") throw new CliError(cli.m.data.cannotWrite(lock, errnoOf(e) ?? String(e)), 1);
    }
    if ((await isStale(lock)) && (await breakStale(lock))) continue;
    if (Date.now() - start > timeout) {
      const owner = await readOwner(lock);
      throw new CliError(storeMessages(cli.lang).busy(source.path, owner?.pid ?? 0, owner?.host ?? "?", owner?.since ?? "?", lock), 1);
    }
    await sleep(wait + Math.random() * wait);
    // Short waits: a command holds the lock for a fraction of a second.
    wait = Math.min(wait * 2, 40);
  }
}

async function release(lock: string): Promise<void> {
  registerLock(undefined);
  await unlink(lock).catch(() => undefined);
}

/** Reads a file's bytes; undefined when it does not exist. */
async function readBytes(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (e) {
    if (errnoOf(e) === "ENOENT") return undefined;
    throw e;
  }
}

/** The size a journal had before an unfinished append, when one is pending. */
async function pendingAppend(dir: string): Promise<number | undefined> {
  const text = await readFile(join(dir, APPEND_INTENT), "utf8").catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const size = (JSON.parse(text) as { size?: unknown }).size;
    return typeof size === "number" && Number.isSafeInteger(size) && size >= 0 ? size : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The journal's text as readers should see it: without the bytes of an unfinished append (which
 * is either still being written or was cut off by a crash and will be rolled back).
 *
 * @returns undefined when the journal does not exist
 */
export async function readJournalText(dir: string): Promise<string | undefined> {
  const bytes = await readBytes(join(dir, FILES.journal));
  if (bytes === undefined) return undefined;
  const pending = await pendingAppend(dir);
  return (pending !== undefined && pending < bytes.length ? bytes.subarray(0, pending) : bytes).toString("utf8");
}

/**
 * Cleans up after a killed command (holding the lock): temporary files, the guard of a stale-lock
 * breaker killed while breaking, an unfinished append.
 */
async function recover(source: DataSource): Promise<void> {
  const dir = source.kind === "folder" ? source.path : dirname(source.path);
  await removeLeftoverTemps(dir, source.kind === "file" ? basename(source.path) : undefined);
  // A breaker only removes a stale lock, never this live one, so its guard can go.
  await unlink(`${lockPathOf(source)}.break`).catch(() => undefined);
  if (source.kind !== "folder") return;
  const size = await pendingAppend(dir);
  const intent = join(dir, APPEND_INTENT);
  if (size !== undefined) {
    const fd = await open(join(dir, FILES.journal), "r+").catch(() => undefined);
    if (fd !== undefined) {
      try {
        if ((await fd.stat()).size > size) await fd.truncate(size);
        await fd.sync();
      } finally {
        await fd.close();
      }
    }
  }
  if (size !== undefined || (await readBytes(intent)) !== undefined) {
    await unlink(intent).catch(() => undefined);
    await syncFolder(dir);
  }
}

/** The exact content of every file of a source, as read before computing. */
type Snapshot = ReadonlyMap<string, string | undefined>;

const digest = (bytes: Buffer | undefined) => (bytes === undefined ? undefined : createHash("sha256").update(bytes).digest("hex"));

async function snapshot(source: DataSource): Promise<Snapshot> {
  const files = source.kind === "folder" ? Object.values(FILES).map((f) => join(source.path, f)) : [source.path];
  const taken = new Map<string, string | undefined>();
  for (const file of files) taken.set(file, digest(await readBytes(file)));
  return taken;
}

/** The files whose content is no longer what the snapshot saw. */
async function changedSince(taken: Snapshot): Promise<string[]> {
  const changed: string[] = [];
  for (const [file, hash] of taken) if (digest(await readBytes(file)) !== hash) changed.push(file);
  return changed;
}

/**
 * JSON for people (two-space indents, short arrays and objects on one line), as io.ts writes it.
 * Passed in by io.ts so both write the same layout.
 */
export type Formatter = (value: unknown) => string;

/** What to write: replaced files (via temporary files) and an append to the journal. */
interface Plan {
  readonly replace: readonly { readonly file: string; readonly text: string }[];
  readonly append: { readonly file: string; readonly text: string; readonly size: number } | undefined;
}

async function planFolder(dir: string, centre: Centre, format: Formatter): Promise<Plan> {
  const { format: fmt, schemaVersion, settings, educators, groups, curriculum, educatorAttendance } = centre;
  const parts: [string, unknown][] = [
    // Educator attendance (for ratio checks) is staff data and lives with the educators.
    [FILES.settings, { format: fmt, schemaVersion, settings, educators, groups, curriculum, ...(educatorAttendance === undefined ? {} : { educatorAttendance }) }],
    [FILES.roster, centre.children],
    [FILES.inventory, centre.inventory],
  ];
  const replace: { file: string; text: string }[] = [];
  const changedJson = async (name: string, value: unknown): Promise<{ file: string; text: string } | undefined> => {
    const file = join(dir, name);
    const old = await readBytes(file);
    const parsed = old === undefined ? undefined : parseJson(old.toString("utf8"));
    return parsed?.ok && canonicalJson(parsed.value) === canonicalJson(value) ? undefined : { file, text: `${format(value)}\n` };
  };
  for (const [name, value] of parts) {
    const r = await changedJson(name, value);
    if (r !== undefined) replace.push(r);
  }
  // The tombstones (erased.json) are written before the journal whose entries they drop, and a
  // journal that lost entries (an erasure) before the roster: whatever moment a crash stops the
  // writes at, no journal entry names a child the roster has already lost.
  const erased = centre.journal.erased ?? [];
  const tombstones = erased.length > 0 ? await changedJson(FILES.erased, erased) : undefined;
  const first: { file: string; text: string }[] = tombstones === undefined ? [] : [tombstones];
  const file = join(dir, FILES.journal);
  const old = await readBytes(file);
  const entries = centre.journal.entries;
  const all = () => entries.map((e) => `${JSON.stringify(e)}\n`).join("");
  if (old === undefined) {
    replace.push({ file, text: all() });
    return { replace: [...first, ...replace], append: undefined };
  }
  const text = old.toString("utf8");
  // The centre was read from exactly these lines (the compare-and-swap guarantees it), one entry
  // per non-empty line, so the new entries are those after them: appended, the old bytes kept as
  // they are (a hand-written line keeps its layout). Only fewer entries than lines (a child
  // erased) rewrite the file, under the same compare-and-swap.
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  if (lines.length > entries.length) return { replace: [...first, { file, text: all() }, ...replace], append: undefined };
  if (lines.length === entries.length) return { replace: [...first, ...replace], append: undefined };
  const head = text === "" || text.endsWith("\n") ? "" : "\n";
  return { replace: [...first, ...replace], append: { file, size: old.length, text: head + entries.slice(lines.length).map((e) => `${JSON.stringify(e)}\n`).join("") } };
}

async function planFile(path: string, centre: Centre): Promise<Plan> {
  const text = `${serializeCentre(centre, { indent: 1 })}\n`;
  const old = await readBytes(path);
  return { replace: old !== undefined && old.toString("utf8") === text ? [] : [{ file: path, text }], append: undefined };
}

/** Appends to the journal behind a fsynced intent, so a torn append can be rolled back. */
async function appendJournal(dir: string, append: NonNullable<Plan["append"]>): Promise<void> {
  const intent = join(dir, APPEND_INTENT);
  const ifd = await open(intent, "wx", 0o600);
  registerAppend({ file: append.file, size: append.size, intent });
  try {
    await ifd.writeFile(JSON.stringify({ size: append.size, pid: process.pid }));
    await ifd.sync();
  } finally {
    await ifd.close();
  }
  await syncFolder(dir);
  const fd = await open(append.file, "a");
  try {
    await fd.writeFile(append.text, "utf8");
    await fd.sync();
  } finally {
    await fd.close();
  }
  await unlink(intent);
  registerAppend(undefined);
  await syncFolder(dir);
}

/**
 * Writes a plan if no file changed since the snapshot.
 *
 * @returns the files written, or the files that changed (nothing written then)
 */
async function commit(source: DataSource, taken: Snapshot, plan: Plan): Promise<{ written: string[] } | { changed: string[] }> {
  const temps: { tmp: string; file: string }[] = [];
  try {
    for (const r of plan.replace) temps.push({ tmp: await writeTemp(r.file, r.text), file: r.file });
    const changed = await changedSince(taken);
    if (changed.length > 0) return { changed };
    for (const t of temps) {
      // Compared once more right before each rename: the window for a hand edit to slip in is
      // the rename itself.
      if ((await changedSince(new Map([[t.file, taken.get(t.file)]]))).length > 0) return { changed: [t.file] };
      await replaceWith(t.tmp, t.file);
    }
    const dir = source.kind === "folder" ? source.path : dirname(source.path);
    if (temps.length > 0) await syncFolder(dir);
    if (plan.append !== undefined) {
      if ((await changedSince(taken)).length > 0) return { changed: [plan.append.file] };
      await appendJournal(dir, plan.append);
    }
    return { written: [...plan.replace.map((r) => r.file), ...(plan.append === undefined ? [] : [plan.append.file])] };
  } finally {
    for (const t of temps) await discardTemp(t.tmp);
  }
}

/** How many times a command runs again when files change under it. */
const ATTEMPTS = 5;

/**
 * Runs a command that changes the data: holding the lock, cleaning up after a killed command,
 * reading, computing and writing with compare-and-swap, and running again on the new content
 * when a file changed in between.
 *
 * @param load - reads the data (the centre and where it lives)
 * @param compute - the new centre (undefined to write nothing) and what to report
 * @returns what `compute` returned last, and the files written
 */
export async function updateData<T>(
  cli: Cli,
  source: DataSource,
  load: () => Promise<Centre>,
  compute: (centre: Centre) => { readonly centre: Centre | undefined; readonly value: T },
  format: Formatter,
): Promise<{ readonly value: T; readonly written: readonly string[] }> {
  installSignalCleanup((signal) => cli.warn(storeMessages(cli.lang).interrupted(signal)));
  const lock = await acquire(cli, source);
  try {
    await recover(source);
    let changed: string[] = [];
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      const taken = await snapshot(source);
      const { centre, value } = compute(await load());
      if (centre === undefined) return { value, written: [] };
      const plan = source.kind === "folder" ? await planFolder(source.path, centre, format) : await planFile(source.path, centre);
      const result = await commit(source, taken, plan);
      if ("written" in result) return { value, written: result.written };
      changed = result.changed;
      await sleep(20 * attempt);
    }
    throw new CliError(storeMessages(cli.lang).changedDuringWrite(changed, ATTEMPTS), 1, [storeMessages(cli.lang).changedDetail]);
  } finally {
    await release(lock);
  }
}
