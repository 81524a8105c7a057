/// <reference types="node" />
/**
 * Reads a centre document from a file without holding its whole text: the file is read in 1 MiB
 * chunks, and each journal entry is parsed on its own as soon as its bytes are complete. For a
 * city's million observations this keeps peak memory at the parsed document, not the parsed
 * document plus a text as large.
 *
 * The scanner finds where each JSON value ends (strings, escapes and nesting); it does not check
 * the JSON fully: `JSON.parse` does that for each piece, and anything the scanner does not expect
 * makes the caller read the file the ordinary way, so malformed files get the ordinary messages
 * (with line and column).
 *
 * Internal: used by `readCentreFile`.
 *
 * @module
 */
import { closeSync, openSync, readSync } from "node:fs";

const CHUNK = 1 << 20;

/** Signals that the file is not shaped as expected; the caller falls back to reading the text. */
export class NotStreamable extends Error {}

class Bytes {
  private buffer = Buffer.alloc(CHUNK);
  private length = 0;
  private pos = 0;
  private done = false;

  constructor(private readonly fd: number) {
    this.fill();
    // A UTF-8 byte-order mark is ignored, as JSON readers do.
    if (this.buffer[0] === 0xef && this.buffer[1] === 0xbb && this.buffer[2] === 0xbf) this.pos = 3;
  }

  private fill(): void {
    if (this.done) return;
    if (this.pos > 0) {
      this.buffer.copy(this.buffer, 0, this.pos, this.length);
      this.length -= this.pos;
      this.pos = 0;
    }
    if (this.length === this.buffer.length) {
      const bigger = Buffer.alloc(this.buffer.length * 2);
      this.buffer.copy(bigger, 0, 0, this.length);
      this.buffer = bigger;
    }
    const n = readSync(this.fd, this.buffer, this.length, this.buffer.length - this.length, null);
    if (n === 0) this.done = true;
    this.length += n;
  }

  /** The next byte that is not white space, without consuming it (-1 at the end). */
  peek(): number {
    for (;;) {
      while (this.pos < this.length) {
        const c = this.buffer[this.pos]!;
        if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return c;
        this.pos++;
      }
      if (this.done) return -1;
      this.fill();
    }
  }

  /** Consumes one expected byte (after white space). */
  expect(byte: number): void {
    if (this.peek() !== byte) throw new NotStreamable();
    this.pos++;
  }

  /** Consumes the byte if it comes next (after white space). */
  accept(byte: number): boolean {
    if (this.peek() !== byte) return false;
    this.pos++;
    return true;
  }

  /** The text of the next complete JSON value (a string, number, literal, object or array). */
  value(): string {
    if (this.peek() < 0) throw new NotStreamable();
    let start = this.pos;
    let depth = 0;
    let inString = false;
    let i = this.pos;
    for (;;) {
      if (i >= this.length) {
        if (this.done) throw new NotStreamable();
        const offset = i - start;
        this.pos = start;
        this.fill();
        start = this.pos;
        i = start + offset;
        continue;
      }
      const c = this.buffer[i]!;
      if (inString) {
        if (c === 0x5c) i++; // the escaped byte is skipped (it may be at the chunk's end: read again)
        else if (c === 0x22) {
          inString = false;
          if (depth === 0) {
            i++;
            break;
          }
        }
        i++;
        continue;
      }
      if (c === 0x22) inString = true;
      else if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d) {
        if (depth === 0) break; // the end of the enclosing container: a number or literal ended
        depth--;
        if (depth === 0) {
          i++;
          break;
        }
      } else if (depth === 0 && (c === 0x2c || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)) break;
      i++;
    }
    if (i > this.length) throw new NotStreamable();
    const text = this.buffer.toString("utf8", start, i);
    this.pos = i;
    return text;
  }
}

/** Sets an own property (a `__proto__` key stays a key, as JSON.parse keeps it). */
function put(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new NotStreamable();
  }
}

/** Reads `{ "k": v, … }` calling `onKey` for each key; it consumes the value. */
function readObject(bytes: Bytes, onKey: (key: string) => void): void {
  bytes.expect(0x7b);
  if (bytes.accept(0x7d)) return;
  do {
    const key = parse(bytes.value());
    if (typeof key !== "string") throw new NotStreamable();
    bytes.expect(0x3a);
    onKey(key);
  } while (bytes.accept(0x2c));
  bytes.expect(0x7d);
}

/**
 * The parsed JSON value of a centre document file, read piece by piece.
 *
 * @param path - the file
 * @returns the parsed (not yet validated) document
 * @throws {@link NotStreamable} when the file is not a JSON object shaped as expected
 */
export function readDocumentStreaming(path: string): unknown {
  const fd = openSync(path, "r");
  try {
    const bytes = new Bytes(fd);
    const doc: Record<string, unknown> = {};
    readObject(bytes, (key) => {
      if (key !== "journal" || bytes.peek() !== 0x7b) {
        put(doc, key, parse(bytes.value()));
        return;
      }
      const journal: Record<string, unknown> = {};
      readObject(bytes, (jkey) => {
        if (jkey !== "entries" || bytes.peek() !== 0x5b) {
          put(journal, jkey, parse(bytes.value()));
          return;
        }
        const entries: unknown[] = [];
        bytes.expect(0x5b);
        if (!bytes.accept(0x5d)) {
          do entries.push(parse(bytes.value()));
          while (bytes.accept(0x2c));
          bytes.expect(0x5d);
        }
        put(journal, jkey, entries);
      });
      put(doc, key, journal);
    });
    if (bytes.peek() !== -1) throw new NotStreamable();
    return doc;
  } finally {
    closeSync(fd);
  }
}
