/// <reference types="node" />
/**
 * Splits a JSON Lines source into lines, mostly without decoding it: a file, or a stream of bytes,
 * is read into one reused buffer and handed over as runs of complete lines, so that a scanner can
 * read the bytes directly; only the lines it does not understand are decoded.
 *
 * The lines are the ones a streaming UTF-8 decoder followed by a split on `\n` gives: a leading
 * byte order mark is dropped (and one more U+FEFF after it, as the summary always did), one `\r`
 * before the `\n` is not part of the text, blank lines are counted but not handed over, a line
 * longer than `maxLength` UTF-16 code units is reported without being kept, and a last line without
 * `\n` counts. A source that yields strings is split as text.
 *
 * Internal to `tumbuh/node`.
 *
 * @module
 */
import { open } from "node:fs/promises";

/**
 * Where a JSON Lines journal comes from: a file path, or a function that returns a fresh stream
 * of text or bytes each time it is called (the journal is read twice).
 *
 * @category Cohort
 */
export type JournalSource = string | (() => AsyncIterable<string | Uint8Array>);

/** The size of what a source yielded: bytes, or UTF-16 code units for chunks that are strings. */
export interface SizeCount {
  size: number;
}

/** What is done with the lines of a source. */
export interface LineSink {
  /**
   * Complete lines `b[start, end)`, each ended by `\n` (`b[end - 1]` is the last one); the first is
   * line `first`. Lines the sink does not read from the bytes go to `reader.slow`. Returns the
   * number of lines.
   */
  bytes(b: Buffer, start: number, end: number, first: number, reader: LineReader): number;
  /** A line as text: without its line break and one trailing `\r`, not blank, not too long. */
  text(text: string, line: number): void;
  /** A line longer than `maxLength`. */
  tooLong(line: number): void;
}

/** Bytes read at a time from a file, and buffered from a stream before they are split. */
const CHUNK = 1 << 20;
const LF = 0x0a;
const CR = 0x0d;

/** Decodes single lines (the stream's byte order mark is handled once, by the reader). */
const lineDecoder = new TextDecoder("utf-8", { ignoreBOM: true });

/** Splits one source; see the module description. */
export class LineReader {
  private buf = Buffer.allocUnsafeSlow(CHUNK + (CHUNK >> 2));
  private filled = 0;
  private line = 0;
  private bomDone = false;
  /** Discarding a line that is certainly too long, up to its line break. */
  private skipping = false;
  /** Once the source yields a string, the rest is split as text. */
  private textMode: TextLines | undefined;

  constructor(
    readonly maxLength: number,
    private readonly sink: LineSink,
    /** Told the size of every chunk the source yields (bytes, or UTF-16 units for strings). */
    private readonly count?: SizeCount,
  ) {}

  /**
   * A line that the sink does not read from its bytes, `b[start, end)` without the `\n`: checked
   * for length, decoded, stripped of one `\r` and handed to `sink.text` unless blank.
   */
  slow(b: Buffer, start: number, end: number, line: number): void {
    const text = lineDecoder.decode(b.subarray(start, end));
    if (text.length > this.maxLength) return this.sink.tooLong(line);
    const t = text.endsWith("\r") ? text.slice(0, -1) : text;
    if (t.trim() !== "") this.sink.text(t, line);
  }

  /** Makes room for at least `n` more bytes after the buffered ones. */
  private room(n: number): void {
    if (this.buf.length - this.filled >= n) return;
    const next = Buffer.allocUnsafeSlow(Math.max(this.buf.length * 2, this.filled + n));
    this.buf.copy(next, 0, 0, this.filled);
    this.buf = next;
  }

  /** Reads a file through the buffer. */
  async readFile(path: string): Promise<void> {
    const file = await open(path, "r");
    // Two buffers: the next chunk is read while the one before is split.
    let incoming = Buffer.allocUnsafeSlow(CHUNK);
    let spare = Buffer.allocUnsafeSlow(CHUNK);
    let pending: Promise<{ bytesRead: number }> | undefined = file.read(incoming, 0, CHUNK, null);
    try {
      for (;;) {
        const { bytesRead } = await pending!;
        pending = undefined;
        if (bytesRead === 0) break;
        const chunk = incoming;
        if (this.count !== undefined) this.count.size += bytesRead;
        [incoming, spare] = [spare, incoming];
        pending = file.read(incoming, 0, CHUNK, null);
        this.room(bytesRead);
        chunk.copy(this.buf, this.filled, 0, bytesRead);
        this.filled += bytesRead;
        this.split(false);
      }
    } finally {
      await pending?.catch(() => undefined);
      await file.close();
    }
  }

  /** Takes one chunk of a stream. */
  push(chunk: string | Uint8Array): void {
    if (this.count !== undefined) this.count.size += chunk.length;
    if (this.textMode === undefined) {
      if (typeof chunk !== "string") {
        this.room(chunk.length);
        this.buf.set(chunk, this.filled);
        this.filled += chunk.length;
        if (this.filled >= CHUNK) this.split(false);
        return;
      }
      this.textMode = this.toText();
    }
    this.textMode.push(chunk);
  }

  /** Ends the source; resolves to the number of lines. */
  end(): number {
    if (this.textMode !== undefined) return this.textMode.end();
    this.split(true);
    return this.line;
  }

  /** Hands the complete lines of the buffer to the sink and keeps the rest. */
  private split(eof: boolean): void {
    const b = this.buf;
    let start = 0;
    if (!this.bomDone) {
      // A decoder drops a BOM at the start of the stream, and the summary dropped one more U+FEFF.
      if (this.filled < 6 && !eof) return;
      if (this.filled >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
        start = 3;
        if (this.filled >= 6 && b[3] === 0xef && b[4] === 0xbb && b[5] === 0xbf) start = 6;
      }
      this.bomDone = true;
    }
    if (this.skipping) {
      const nl = b.indexOf(LF, start);
      if (nl === -1 || nl >= this.filled) {
        this.filled = 0;
        if (eof) {
          this.skipping = false;
          this.sink.tooLong(++this.line);
        }
        return;
      }
      this.skipping = false;
      this.sink.tooLong(++this.line);
      start = nl + 1;
    }
    const last = this.filled > start ? b.lastIndexOf(LF, this.filled - 1) : -1;
    if (last >= start) {
      this.line += this.sink.bytes(b, start, last + 1, this.line + 1, this);
      start = last + 1;
    }
    const rest = this.filled - start;
    if (eof) {
      if (rest > 0) {
        // The last line has no line break: add one.
        this.room(1);
        this.buf[this.filled] = LF;
        this.line += this.sink.bytes(this.buf, start, this.filled + 1, this.line + 1, this);
      }
      this.filled = 0;
      return;
    }
    // A UTF-16 code unit takes at most 3 bytes, so more bytes than 3 × maxLength are too many.
    if (rest > 3 * this.maxLength) {
      this.skipping = true;
      this.filled = 0;
    } else {
      if (start > 0) b.copyWithin(0, start, this.filled);
      this.filled = rest;
    }
  }

  /** Continues as text from where the bytes stopped (a source that yields strings). */
  private toText(): TextLines {
    const text = new TextLines(this.maxLength, this.sink, this.line, !this.bomDone);
    if (this.skipping) text.skip();
    else if (this.filled > 0) text.push(this.buf.subarray(0, this.filled));
    this.filled = 0;
    return text;
  }
}

/**
 * The text splitter: strings as they come, bytes through a streaming decoder; for sources that
 * yield strings.
 */
class TextLines {
  private rest = "";
  private tooLong = false;
  private readonly decoder: InstanceType<typeof TextDecoder>;

  constructor(
    private readonly maxLength: number,
    private readonly sink: LineSink,
    private line: number,
    /** Nothing read yet: the decoder drops a BOM, and the first text loses one U+FEFF. */
    private first: boolean,
  ) {
    this.decoder = new TextDecoder("utf-8", { ignoreBOM: !first });
  }

  skip(): void {
    this.tooLong = true;
  }

  private emit(text: string): void {
    this.line++;
    if (this.tooLong || text.length > this.maxLength) this.sink.tooLong(this.line);
    else {
      const t = text.endsWith("\r") ? text.slice(0, -1) : text;
      if (t.trim() !== "") this.sink.text(t, this.line);
    }
    this.tooLong = false;
  }

  private feed(chunk: string): void {
    let text = this.first && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
    if (chunk !== "") this.first = false;
    let start = 0;
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
      this.emit(this.rest + text.slice(start, nl));
      this.rest = "";
      start = nl + 1;
    }
    text = text.slice(start);
    if (this.tooLong || this.rest.length + text.length > this.maxLength) {
      this.tooLong = true;
      this.rest = "";
    } else {
      this.rest += text;
    }
  }

  push(chunk: string | Uint8Array): void {
    this.feed(typeof chunk === "string" ? chunk : this.decoder.decode(chunk, { stream: true }));
  }

  end(): number {
    this.feed(this.decoder.decode());
    if (this.rest !== "" || this.tooLong) this.emit(this.rest);
    return this.line;
  }
}

/**
 * Reads every line of a source into a sink; resolves to the number of lines. The size of what the
 * source yields is added to `count`, when given.
 *
 * @throws TypeError when the source is neither a path nor a function
 */
export async function readLines(source: JournalSource, maxLength: number, sink: LineSink, count?: SizeCount): Promise<number> {
  if (typeof source !== "string" && typeof source !== "function") {
    throw new TypeError("source must be a file path or a function returning a fresh stream (the journal is read twice)");
  }
  const reader = new LineReader(maxLength, sink, count);
  if (typeof source === "string") await reader.readFile(source);
  else for await (const chunk of source()) reader.push(chunk);
  return reader.end();
}

export { CR, LF };
