/**
 * Saving a centre where it was read from, under the data folder's lock with compare-and-swap
 * (see folder-store.ts).
 *
 * @module
 */
import type { Centre } from "../index.js";
import { type Cli, CliError } from "./context.js";
import { updateData } from "./folder-store.js";
import { loadCentre } from "./inspect.js";
import { formatJson, reasonOf, type Source, sourceOf } from "./io.js";

/**
 * Saves a centre where it was read from. A file is written only when its data changed (a
 * hand-written `settings.json` keeps its layout when an import adds children), and new journal
 * entries are appended after the existing lines, which stay as they are; so a git diff shows
 * exactly what was added. Files are written settings and roster first, the journal last, so a
 * journal never names a child the roster lacks, even if the machine stops in between. The
 * write holds the folder's lock and compares every file with what was there before (see
 * folder-store.ts); use {@link updateCentre} to read, change and save in one step.
 *
 * @returns the files written
 */
export async function saveCentre(cli: Cli, source: Source, centre: Centre): Promise<string[]> {
  const { written } = await updateCentre(cli, source.path, () => ({ centre, value: undefined }), async () => centre);
  return [...written];
}

/**
 * Reads the data, changes it and saves it, holding the folder's lock: when a file changes in
 * between (a hand edit), nothing is written and `change` runs again on the new data, so both the
 * edit and the change are kept.
 *
 * @param change - the new centre (undefined to write nothing) and what to report
 * @param load - how to read the centre (default: {@link loadCentre})
 * @returns what `change` returned last and the files written
 */
export async function updateCentre<T>(
  cli: Cli,
  path: string,
  change: (centre: Centre) => { readonly centre: Centre | undefined; readonly value: T },
  load?: () => Promise<Centre>,
): Promise<{ readonly value: T; readonly written: readonly string[] }> {
  const source = await sourceOf(cli, path);
  try {
    return await updateData(cli, source, load ?? (async () => (await loadCentre(cli, path)).centre), change, (v) => formatJson(v));
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(cli.m.data.cannotWrite(path, reasonOf(cli, e)), 1);
  }
}

