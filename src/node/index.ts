/// <reference types="node" />
/**
 * Node-only helpers (file access). Import from `tumbuh/node`; the main entry `tumbuh` never
 * touches the file system, so it runs unchanged in a browser or a phone.
 *
 * @module
 */
import { readFile } from "node:fs/promises";
import { type Centre, parseCentre, serializeCentre } from "../index.js";
import { writeFileAtomic } from "./atomic-file.js";
import { NotStreamable, readDocumentStreaming } from "./read-document.js";

/**
 * Reads and validates a centre document from a JSON file.
 *
 * @param path - the file
 * @returns the centre
 * @throws {@link ValidationError} when the document is invalid (with line and column for malformed
 *   JSON), or the file system's error when the file cannot be read
 * @example
 * ```ts
 * import { readCentreFile } from "tumbuh/node";
 * const centre = await readCentreFile("data/centre.json");
 * ```
 * @category Node
 */
export async function readCentreFile(path: string): Promise<Centre> {
  // The journal is parsed entry by entry as the file is read, so the whole text is never held;
  // a file that is not shaped as expected is read the ordinary way, for the ordinary messages.
  let doc: unknown;
  try {
    doc = readDocumentStreaming(path);
  } catch (e) {
    if (!(e instanceof NotStreamable)) throw e;
    return parseCentre(await readFile(path, "utf8"));
  }
  return parseCentre(doc);
}

/**
 * Writes a centre document atomically and durably (to a temporary file with a random name,
 * opened exclusively with the old file's mode, fsynced, then renamed and the folder fsynced), so
 * a crash never leaves half a journal, or a stray copy of it, on disk.
 *
 * @param path - the file
 * @param centre - the centre
 * @example
 * ```ts
 * import { writeCentreFile } from "tumbuh/node";
 * await writeCentreFile("data/centre.json", centre);
 * ```
 * @category Node
 */
export async function writeCentreFile(path: string, centre: Centre): Promise<void> {
  await writeFileAtomic(path, `${serializeCentre(centre, { indent: 1 })}\n`);
}

export {
  type JournalLineProblem,
  type JournalSource,
  type JournalStreamOptions,
  type JournalStreamResult,
  summarizeJournalStream,
  writeJournalJsonl,
} from "./stream-summary.js";

export { openSqliteStore, SQLITE_SCHEMA_VERSION, type SqliteStoreOptions } from "./sqlite-store.js";
