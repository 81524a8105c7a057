/**
 * Where a JSON text breaks, with 1-based line and column.
 *
 * Node 20's `JSON.parse` names a position only for some errors ("Unexpected token '}', ... is not
 * valid JSON" for a trailing comma has none), and a trailing comma is the mistake a teacher editing
 * `roster.json` by hand makes most. So after `JSON.parse` fails, this scanner walks the text once
 * (iteratively: deep nesting cannot overflow the stack) and reports the first place that is not
 * JSON, with a kind the CLI can put into words in Bahasa Indonesia or English.
 *
 * @module
 */

/** What is wrong at the reported place. */
export type JsonSyntaxKind =
  | "empty"
  | "unexpected-end"
  | "expected-value"
  | "expected-key"
  | "expected-colon"
  | "expected-comma"
  | "trailing-comma"
  | "unterminated-string"
  | "bad-escape"
  | "control-character"
  | "bad-number"
  | "extra-text";

/** A syntax error of a JSON text. */
export interface JsonSyntaxError {
  readonly kind: JsonSyntaxKind;
  /** 0-based offset into the text. */
  readonly offset: number;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column (UTF-16 code units, as most editors count). */
  readonly column: number;
  /** The character found there (empty at the end of the text). */
  readonly found: string;
  /** The closing bracket that was expected, for `expected-comma` and `trailing-comma`. */
  readonly closer?: "]" | "}";
  /** The whole line, for showing it with a caret. */
  readonly lineText: string;
}

/** The result of {@link parseJson}. */
export type JsonResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: JsonSyntaxError };

const WS = new Set([" ", "\t", "\n", "\r"]);
const ESCAPE = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const HEX = /^[0-9a-fA-F]{4}$/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Parses JSON text (a leading byte-order mark is ignored), locating the first error when it is not JSON. */
export function parseJson(input: string): JsonResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, error: locateJsonError(text) };
  }
}

/** Where a text that `JSON.parse` rejected stops being JSON. */
export function locateJsonError(text: string): JsonSyntaxError {
  const fail = (kind: JsonSyntaxKind, offset: number, closer?: "]" | "}"): JsonSyntaxError => at(text, kind, offset, closer);
  const stack: ("]" | "}")[] = [];
  let i = 0;
  const skip = () => {
    while (i < text.length && WS.has(text[i]!)) i++;
  };
  skip();
  if (i >= text.length) return fail("empty", i);
  // Modes: "value" expects a value, "key" expects a property name, "after" has just read a value.
  let mode: "value" | "key" | "after" = "value";
  for (;;) {
    skip();
    if (mode === "after") {
      const closer = stack.at(-1);
      if (closer === undefined) return i < text.length ? fail("extra-text", i) : fail("unexpected-end", i);
      if (i >= text.length) return fail("unexpected-end", i, closer);
      const c = text[i]!;
      if (c === closer) {
        stack.pop();
        i++;
        continue;
      }
      if (c !== ",") return fail("expected-comma", i, closer);
      const comma = i;
      i++;
      skip();
      if (text[i] === closer) return fail("trailing-comma", comma, closer);
      mode = closer === "}" ? "key" : "value";
      continue;
    }
    if (i >= text.length) return fail("unexpected-end", i);
    const c = text[i]!;
    if (mode === "key") {
      if (c !== '"') return fail("expected-key", i);
      const end = scanString(text, i);
      if (typeof end !== "number") return fail(end.kind, end.offset);
      i = end;
      skip();
      if (text[i] !== ":") return fail(i >= text.length ? "unexpected-end" : "expected-colon", i);
      i++;
      mode = "value";
      continue;
    }
    if (c === "{" || c === "[") {
      const closer = c === "{" ? "}" : "]";
      i++;
      skip();
      if (text[i] === closer) {
        i++;
        mode = "after";
      } else {
        stack.push(closer);
        mode = closer === "}" ? "key" : "value";
      }
      continue;
    }
    if (c === '"') {
      const end = scanString(text, i);
      if (typeof end !== "number") return fail(end.kind, end.offset);
      i = end;
    } else if (c === "-" || (c >= "0" && c <= "9")) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (m === null) return fail("bad-number", i);
      i += m[0].length;
      // "01", "1." or "1e" run on into characters a number cannot hold.
      if (i < text.length && /[0-9.eE+-]/.test(text[i]!)) return fail("bad-number", i);
    } else if (text.startsWith("true", i) || text.startsWith("null", i)) {
      i += 4;
    } else if (text.startsWith("false", i)) {
      i += 5;
    } else {
      return fail("expected-value", i);
    }
    mode = "after";
  }
}

/** Scans a string starting at the quote; returns the offset after the closing quote, or the problem. */
function scanString(text: string, start: number): number | { kind: JsonSyntaxKind; offset: number } {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') return i + 1;
    if (c === "\\") {
      const e = text[i + 1];
      if (e === "u") {
        if (!HEX.test(text.slice(i + 2, i + 6))) return { kind: "bad-escape", offset: i };
        i += 6;
        continue;
      }
      if (e === undefined || !ESCAPE.has(e)) return { kind: "bad-escape", offset: i };
      i += 2;
      continue;
    }
    if (c.charCodeAt(0) < 0x20) return { kind: c === "\n" || c === "\r" ? "unterminated-string" : "control-character", offset: c === "\n" || c === "\r" ? start : i };
    i++;
  }
  return { kind: "unterminated-string", offset: start };
}

function at(text: string, kind: JsonSyntaxKind, offset: number, closer?: "]" | "}"): JsonSyntaxError {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  let line = 1;
  for (let k = text.indexOf("\n"); k !== -1 && k < lineStart; k = text.indexOf("\n", k + 1)) line++;
  const lineEnd = text.indexOf("\n", offset);
  const lineText = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, "");
  const found = offset < text.length ? String.fromCodePoint(text.codePointAt(offset)!) : "";
  const error = { kind, offset, line, column: offset - lineStart + 1, found, lineText };
  return closer === undefined ? error : { ...error, closer };
}
