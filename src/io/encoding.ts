/**
 * Which text encoding a file's bytes are in, and the text they hold. Spreadsheets and editors on
 * Windows still write Windows-1252 (Excel's plain "CSV") and UTF-16 ("Unicode text"): read as
 * UTF-8 they turn "José Núñez" into "Jos� N��ez" or fill every message with NUL characters. tumbuh
 * never guesses silently: the result says which encoding was read, so the caller can tell the
 * user, and everything is decoded with the platform's `TextDecoder` (no dependency, also in
 * browsers).
 *
 * @module
 */

/**
 * An encoding tumbuh reads: UTF-8 (with or without a byte-order mark), UTF-16 in either byte
 * order (with or without a byte-order mark), or Windows-1252 for bytes that are not UTF-8.
 *
 * @category Documents
 */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/**
 * Text decoded from bytes, with the encoding it was read in.
 *
 * @category Documents
 */
export interface DecodedText {
  /** The text, without a byte-order mark. */
  readonly text: string;
  /** The encoding the bytes were read in. */
  readonly encoding: TextEncodingName;
  /** Whether the bytes began with a byte-order mark. */
  readonly bom: boolean;
}

/** Bytes looked at to recognise UTF-16 without a byte-order mark. */
const SAMPLE = 4096;

/**
 * UTF-16 without a byte-order mark: text that is mostly ASCII (as CSV headers, ids and dates
 * are) has a zero byte in every other position. Needs a third of the sampled pairs to have their
 * zero on the same side and almost none on the other.
 */
function utf16Order(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs / 3 && even <= pairs / 50) return "utf-16le";
  if (even >= pairs / 3 && odd <= pairs / 50) return "utf-16be";
  return undefined;
}

/**
 * Decodes a file's bytes: UTF-8 when they are valid UTF-8; UTF-16 when a byte-order mark or the
 * pattern of zero bytes says so; otherwise Windows-1252 (what Excel on Windows writes for "CSV").
 * A byte-order mark is removed from the text. Never throws.
 *
 * @param bytes - the file's content
 * @returns the text, the encoding read and whether there was a byte-order mark
 * @example
 * ```ts
 * decodeText(Uint8Array.from([0x4a, 0x6f, 0x73, 0xe9])); // => { text: "José", encoding: "windows-1252", bom: false }
 * decodeText(new TextEncoder().encode("\uFEFFid;nama")).encoding; // => "utf-8"
 * ```
 * @category Documents
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const utf8 = decodeUtf8(bytes.subarray(3));
    if (utf8 !== undefined) return { text: utf8, encoding: "utf-8", bom: true };
    return { text: new TextDecoder("windows-1252").decode(bytes.subarray(3)), encoding: "windows-1252", bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le", bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be", bom: true };
  const order = utf16Order(bytes);
  if (order !== undefined) return { text: new TextDecoder(order).decode(bytes), encoding: order, bom: false };
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: "utf-8", bom: false };
  return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252", bom: false };
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
