/// <reference types="node" />
/**
 * Reading a text file the user gave (a CSV sheet, settings.json, the journal) in whatever
 * encoding it was saved: UTF-8, UTF-16 or Windows-1252, decoded by {@link decodeText}, with a
 * notice in the CLI's language whenever it was not UTF-8, never silently.
 *
 * @module
 */
import { readFile } from "node:fs/promises";
import { decodeText } from "../io/encoding.js";
import { type Cli, CliError } from "./context.js";
import { reasonOf } from "./io.js";
import { terminalSafe } from "./safe-text.js";

/** A file's text and, when it was not UTF-8, a notice saying how it was read. */
export interface ReadText {
  readonly text: string;
  readonly notice?: string;
}

/**
 * Reads a text file and decodes it; undefined when it does not exist.
 *
 * @throws {@link CliError} (exit 1) when it exists but cannot be read
 */
export async function readDataText(cli: Cli, path: string): Promise<ReadText | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    if ((e as { code?: unknown } | null)?.code === "ENOENT") return undefined;
    throw new CliError(cli.m.data.cannotRead(terminalSafe(path), reasonOf(cli, e)), 1);
  }
  const decoded = decodeText(bytes);
  if (decoded.encoding === "utf-8") return { text: decoded.text };
  return { text: decoded.text, notice: cli.m.data.decoded(terminalSafe(path), decoded.encoding) };
}
