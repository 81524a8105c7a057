/**
 * A scanner for the lines of a JSON Lines journal as `writeJournalJsonl` writes them: one flat
 * JSON object per line, read straight from the UTF-8 bytes, without `JSON.parse`, zod or a
 * string per field.
 *
 * The scanner accepts a line only when it is sure that `JSON.parse` followed by
 * `ObservationSchema` accepts it too, and then reports what the streaming summary needs (kind, id,
 * child, date, and the indicator and level of an assessment, the activity and stage of a lesson,
 * the target of a retraction). Everything else (whitespace between tokens, escapes, unknown or
 * repeated keys, corrections, numbers in unusual forms, invalid values) makes it answer "not
 * understood", and the caller falls back to `JSON.parse` + `ObservationSchema`, which also writes
 * the error message of an invalid line. So the scanner never decides that a line is bad.
 *
 * Internal to `tumbuh/node`.
 *
 * @module
 */
import { MAX_ID_LENGTH, MAX_LONG_TEXT, MAX_SHORT_TEXT } from "../model/common.js";
import type { Level, Stage } from "../model/index.js";
import { MAX_YEAR, MIN_YEAR } from "../time/calendar-date.js";

/** Kind codes of a scanned line. */
export const KIND_ASSESSMENT = 1;
export const KIND_LESSON = 2;
export const KIND_RETRACTION = 3;
/** Anecdote, evidence, growth or screening: validated, but nothing in them is folded. */
export const KIND_OTHER = 4;

/**
 * The fields of the last line {@link scanLine} understood, as byte offsets into its buffer (end
 * offsets exclusive) and hashes of the ids (see {@link hashString}).
 */
export interface ScannedLine {
  kind: number;
  /** The kind as written (`"anecdote"` etc.). */
  kindName: string;
  idStart: number;
  idEnd: number;
  idHash: number;
  childStart: number;
  childEnd: number;
  childHash: number;
  /** The date as the number YYYYMMDD (ordered like the text). */
  date: number;
  /** The indicator of an assessment, the activity of a lesson or the target of a retraction. */
  refStart: number;
  refEnd: number;
  refHash: number;
  /** The level of an assessment or the stage of a lesson, as 1 + its position in {@link SCAN_LEVELS} or {@link SCAN_STAGES}; 0 otherwise. */
  value: number;
}

/** The one record {@link scanLine} fills: read it before the next call. */
export const scanned: ScannedLine = {
  kind: 0,
  kindName: "",
  idStart: 0,
  idEnd: 0,
  idHash: 0,
  childStart: 0,
  childEnd: 0,
  childHash: 0,
  date: 0,
  refStart: 0,
  refEnd: 0,
  refHash: 0,
  value: 0,
};

/** A view of the bytes being scanned, for reading four at a time. */
let view: DataView = new DataView(new ArrayBuffer(0));
let viewOf: Uint8Array | undefined;

/** Lets go of the bytes scanned last (so that a buffer is not kept after a summary). */
export function forgetBytes(): void {
  view = new DataView(new ArrayBuffer(0));
  viewOf = undefined;
}

/** Reads `b` through {@link view} from now on. */
function viewBytes(b: Uint8Array): void {
  if (viewOf !== b) {
    view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    viewOf = b;
  }
}

/** A hash of the bytes `[start, start + n)` of the viewed bytes, four at a time. */
function hashBytes(b: Uint8Array, start: number, n: number): number {
  let h = Math.imul(n ^ 0x2545f491, 0x9e3779b1);
  if (n < 4) {
    let w = 0;
    for (let i = 0; i < n; i++) w |= b[start + i]! << (8 * i);
    h = Math.imul(h ^ w, 0x85ebca6b);
  } else {
    const last = start + n - 4;
    for (let at = start; at < last; at += 4) {
      h = Math.imul(h ^ view.getInt32(at, true), 0x85ebca6b);
      h = (h << 13) | (h >>> 19);
    }
    h = Math.imul(h ^ view.getInt32(last, true), 0xc2b2ae35);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  return h ^ (h >>> 15);
}

/** The hash {@link scanLine} computes over the bytes of an id, of an ASCII string (as {@link hashBytes}). */
export function hashString(s: string): number {
  const n = s.length;
  const word = (at: number) => s.charCodeAt(at) | (s.charCodeAt(at + 1) << 8) | (s.charCodeAt(at + 2) << 16) | (s.charCodeAt(at + 3) << 24);
  let h = Math.imul(n ^ 0x2545f491, 0x9e3779b1);
  if (n < 4) {
    let w = 0;
    for (let i = 0; i < n; i++) w |= s.charCodeAt(i) << (8 * i);
    h = Math.imul(h ^ w, 0x85ebca6b);
  } else {
    const last = n - 4;
    for (let at = 0; at < last; at += 4) {
      h = Math.imul(h ^ word(at), 0x85ebca6b);
      h = (h << 13) | (h >>> 19);
    }
    h = Math.imul(h ^ word(last), 0xc2b2ae35);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  return h ^ (h >>> 15);
}

// Byte classes.
const Q = 0x22; // "
const COMMA = 0x2c;
const OPEN = 0x7b; // {
const CLOSE = 0x7d; // }
const RBRACKET = 0x5d;

/** 1 for letters and digits (first character of an id), 2 for `. _ : + -` (later characters). */
const ID_CHAR = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  const ch = String.fromCharCode(c);
  if (/^[A-Za-z0-9]$/.test(ch)) ID_CHAR[c] = 1;
  else if (/^[._:+-]$/.test(ch)) ID_CHAR[c] = 2;
}
/** 1 for the characters of an id. */
const ID_OK = ID_CHAR.map((c) => (c === 0 ? 0 : 1));
/** 1 for bytes that may stand in a JSON string as they are: not a control character, `"` or `\`. */
const TEXT_CHAR = new Uint8Array(256);
for (let c = 0x20; c < 256; c++) TEXT_CHAR[c] = c === Q || c === 0x5c ? 0 : 1;

const bytes = (s: string) => Uint8Array.from(s, (ch) => ch.charCodeAt(0));

// Keys: a number each (its bit in the set of keys seen; a key seen twice is not understood).
const KEY_KIND = 0;
const KEY_ID = 1;
const KEY_CHILD = 2;
const KEY_DATE = 3;
const KEY_AUTHOR = 4;
const KEY_VISIBILITY = 5;
const KEY_NOTE = 6;
const KEY_INDICATOR = 7;
const KEY_LEVEL = 8;
const KEY_CONTEXT = 9;
const KEY_ACTIVITY = 10;
const KEY_STAGE = 11;
const KEY_THREE_PERIOD = 12;
const KEY_VARIANTS = 13;
const KEY_TEXT = 14;
const KEY_INDICATORS = 15;
const KEY_EVIDENCE = 16;
const KEY_ITEMS = 17;
const KEY_WEIGHT = 18;
const KEY_HEIGHT = 19;
const KEY_HEAD = 20;
const KEY_INSTRUMENT = 21;
const KEY_FORM_AGE = 22;
const KEY_ANSWERS = 23;
const KEY_TARGET = 24;

/**
 * Each key as written from after its opening quote to after the colon, and the value's opening
 * quote for a string value or `[` for an array (so a value of another type is not understood).
 */
const KEY_TEXTS: readonly Literal[] = [
  'kind":"',
  'id":"',
  'child":"',
  'date":"',
  'author":"',
  'visibility":"',
  'note":"',
  'indicator":"',
  'level":"',
  'context":"',
  'activity":"',
  'stage":"',
  'threePeriodStage":',
  'variants":[',
  'text":"',
  'indicators":[',
  'evidence":"',
  'items":[',
  'weightKg":',
  'heightCm":',
  'headCircumferenceCm":',
  'instrument":"kpsp"',
  'formAgeMonths":',
  'answers":[',
  'target":"',
].map(literal);

const bit = (key: number) => 1 << key;
const COMMON = bit(KEY_KIND) | bit(KEY_ID) | bit(KEY_CHILD) | bit(KEY_DATE) | bit(KEY_AUTHOR) | bit(KEY_VISIBILITY);
const GROWTH_ANY = bit(KEY_WEIGHT) | bit(KEY_HEIGHT) | bit(KEY_HEAD);

// Kinds while scanning, in the order of KINDS.
const S_ASSESSMENT = 0;
const S_LESSON = 1;
const S_RETRACTION = 2;
const S_ANECDOTE = 3;
const S_EVIDENCE = 4;
const S_GROWTH = 5;
const S_SCREENING = 6;
/** The kinds the scanner reads (a correction goes to the fallback), after their opening quote. */
const KINDS = ["assessment", "lesson", "retraction", "anecdote", "evidence", "growth", "screening"] as const;
const KIND_VALUES = KINDS.map((k) => literal(`${k}"`));
const KIND_CODES = [KIND_ASSESSMENT, KIND_LESSON, KIND_RETRACTION, KIND_OTHER, KIND_OTHER, KIND_OTHER, KIND_OTHER] as const;
/** Required keys of each kind (growth: the common ones; it needs one measurement too). */
const REQUIRED = [
  COMMON | bit(KEY_INDICATOR) | bit(KEY_LEVEL),
  COMMON | bit(KEY_ACTIVITY) | bit(KEY_STAGE),
  COMMON | bit(KEY_TARGET),
  COMMON | bit(KEY_TEXT) | bit(KEY_INDICATORS),
  COMMON | bit(KEY_EVIDENCE) | bit(KEY_ITEMS) | bit(KEY_INDICATORS),
  COMMON,
  COMMON | bit(KEY_INSTRUMENT) | bit(KEY_FORM_AGE) | bit(KEY_ANSWERS),
] as const;
/** Allowed keys of each kind. */
const ALLOWED = [
  REQUIRED[S_ASSESSMENT] | bit(KEY_NOTE) | bit(KEY_CONTEXT),
  REQUIRED[S_LESSON] | bit(KEY_NOTE) | bit(KEY_THREE_PERIOD) | bit(KEY_VARIANTS),
  REQUIRED[S_RETRACTION] | bit(KEY_NOTE),
  REQUIRED[S_ANECDOTE] | bit(KEY_NOTE),
  REQUIRED[S_EVIDENCE] | bit(KEY_NOTE),
  COMMON | bit(KEY_NOTE) | GROWTH_ANY,
  REQUIRED[S_SCREENING] | bit(KEY_NOTE),
] as const;

// Enumerations, each value from after its opening quote to after its closing quote.
/** The levels, in the order of their codes in {@link ScannedLine.value}. */
export const SCAN_LEVELS = ["BB", "MB", "BSH", "BSB", "belum-muncul", "sudah-muncul", "achieved", "not-yet", "not-sure"] as const satisfies readonly Level[];
const LEVEL_VALUES = SCAN_LEVELS.map((v) => literal(`${v}"`));
/** The stages, in the order of their codes in {@link ScannedLine.value}; later stages have larger codes. */
export const SCAN_STAGES = ["presented", "practicing", "mastered"] as const satisfies readonly Stage[];
const STAGE_VALUES = SCAN_STAGES.map((v) => literal(`${v}"`));
const VISIBILITY_VALUES = ["staff", "family"].map((v) => literal(`${v}"`));
const EVIDENCE_VALUES = ["artwork", "photo-series"].map((v) => literal(`${v}"`));
const ANSWER_VALUES = ["yes", "no"].map((v) => literal(`${v}"`));

// Keys of the objects in arrays.
const K_REF = literal('ref":"');
const K_CAPTION = literal('caption":"');
const K_QUESTION = literal('question":"kpsp.');
const K_ANSWER = literal('answer":"');

/** A text to compare with, as bytes and as little-endian 32-bit words. */
interface Literal {
  readonly length: number;
  readonly bytes: Uint8Array;
  readonly words: Int32Array;
}

function literal(text: string): Literal {
  const b = bytes(text);
  const words = new Int32Array(b.length >> 2);
  for (let i = 0; i < words.length; i++) words[i] = b[4 * i]! | (b[4 * i + 1]! << 8) | (b[4 * i + 2]! << 16) | (b[4 * i + 3]! << 24);
  return { length: b.length, bytes: b, words };
}

/** The position after `text` when the bytes at `p` spell it, else -1. */
function lit(b: Uint8Array, p: number, text: Literal): number {
  const n = text.length;
  const bytes = text.bytes;
  let i = 0;
  if (p + n <= view.byteLength) {
    const words = text.words;
    for (; i < words.length; i++) if (view.getInt32(p + 4 * i, true) !== words[i]) return -1;
    i *= 4;
  }
  for (; i < n; i++) if (b[p + i] !== bytes[i]) return -1;
  return p + n;
}

// Results of the value readers (module state: they are called in a tight loop).
let num = 0;
let after = 0;

/**
 * Which of `values` (each with its closing quote) the bytes at `p` spell; sets `after` to the
 * position after it. -1 when none.
 */
function enumValue(b: Uint8Array, p: number, values: readonly Literal[]): number {
  const c = b[p];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v.bytes[0] === c && (after = lit(b, p, v)) !== -1) return i;
  }
  return -1;
}

/** An id from `p` (after its opening quote) to its closing quote; returns the position after it. */
function idValue(b: Uint8Array, p: number): number {
  const start = p;
  if (ID_CHAR[b[p]!] !== 1) return -1;
  p++;
  // Four bytes at a time while they are all id characters (the line feed at the end stops it).
  while ((ID_OK[b[p]!]! & ID_OK[b[p + 1]!]! & ID_OK[b[p + 2]!]! & ID_OK[b[p + 3]!]!) !== 0) p += 4;
  while (ID_OK[b[p]!] !== 0) p++;
  if (b[p] !== Q || p - start > MAX_ID_LENGTH) return -1;
  return p + 1;
}

/**
 * A non-empty string of at most `max` UTF-16 code units with no escape or control character;
 * returns the position after its closing quote. Counting bytes: a UTF-8 sequence never decodes to
 * more code units than it has bytes, so a byte count within `max` is a length within `max`; a
 * longer non-ASCII text is not understood (its exact length is left to the fallback).
 */
function textValue(b: Uint8Array, p: number, max: number): number {
  const start = p;
  while ((TEXT_CHAR[b[p]!]! & TEXT_CHAR[b[p + 1]!]! & TEXT_CHAR[b[p + 2]!]! & TEXT_CHAR[b[p + 3]!]!) !== 0) p += 4;
  while (TEXT_CHAR[b[p]!] === 1) p++;
  if (b[p] !== Q || p === start || p - start > max) return -1;
  return p + 1;
}

/** A date `YYYY-MM-DD"` that exists (years 1900–2999); returns the position after the quote. Sets `num` to YYYYMMDD. */
function dateValue(b: Uint8Array, p: number): number {
  const y0 = b[p]! - 48;
  const y1 = b[p + 1]! - 48;
  const y2 = b[p + 2]! - 48;
  const y3 = b[p + 3]! - 48;
  const m0 = b[p + 5]! - 48;
  const m1 = b[p + 6]! - 48;
  const d0 = b[p + 8]! - 48;
  const d1 = b[p + 9]! - 48;
  // `>>> 0` turns a byte below '0' (negative) into a large number.
  if (
    y0 >>> 0 > 9 ||
    y1 >>> 0 > 9 ||
    y2 >>> 0 > 9 ||
    y3 >>> 0 > 9 ||
    m0 >>> 0 > 9 ||
    m1 >>> 0 > 9 ||
    d0 >>> 0 > 9 ||
    d1 >>> 0 > 9 ||
    b[p + 4] !== 0x2d ||
    b[p + 7] !== 0x2d ||
    b[p + 10] !== Q
  ) {
    return -1;
  }
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return -1;
  if (day > 28) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
    if (day > days) return -1;
  }
  num = year * 10000 + month * 100 + day;
  return p + 11;
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * A JSON number; returns the position after it and sets `num` to the value `JSON.parse` gives
 * (exactly: up to 15 digits and no exponent, the integer over a power of ten is correctly
 * rounded; otherwise the text goes through `Number`, which rounds like `JSON.parse`). A number
 * that is not finite is not understood.
 */
function numberValue(b: Uint8Array, p: number): number {
  const start = p;
  const negative = b[p] === 0x2d;
  if (negative) p++;
  let c = b[p]!;
  let mantissa = 0;
  let digits = 0;
  if (c === 0x30) {
    c = b[++p]!;
    digits = 1;
  } else if (c >= 0x31 && c <= 0x39) {
    do {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      c = b[++p]!;
    } while (c >= 0x30 && c <= 0x39);
  } else {
    return -1;
  }
  let scale = 0;
  if (c === 0x2e) {
    c = b[++p]!;
    if (!(c >= 0x30 && c <= 0x39)) return -1;
    do {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      scale++;
      c = b[++p]!;
    } while (c >= 0x30 && c <= 0x39);
  }
  let simple = digits <= 15;
  if (c === 0x65 || c === 0x45) {
    simple = false;
    c = b[++p]!;
    if (c === 0x2b || c === 0x2d) c = b[++p]!;
    if (!(c >= 0x30 && c <= 0x39)) return -1;
    do c = b[++p]!;
    while (c >= 0x30 && c <= 0x39);
  }
  let value: number;
  if (simple) {
    value = mantissa / POW10[scale]!;
    if (negative) value = -value;
  } else {
    value = Number(String.fromCharCode(...b.subarray(start, p)));
    if (!Number.isFinite(value)) return -1;
  }
  num = value;
  return p;
}

/** An array of ids from after `[` to after `]`, at most `max` of them. */
function idArray(b: Uint8Array, p: number, max: number): number {
  if (b[p] === RBRACKET) return p + 1;
  for (let n = 1; n <= max; n++) {
    if (b[p] !== Q) return -1;
    p = idValue(b, p + 1);
    if (p === -1) return -1;
    const c = b[p];
    if (c === RBRACKET) return p + 1;
    if (c !== COMMA) return -1;
    p++;
  }
  return -1;
}

/** An array of short texts from after `[` to after `]`, at most `max` of them. */
function textArray(b: Uint8Array, p: number, max: number): number {
  if (b[p] === RBRACKET) return p + 1;
  for (let n = 1; n <= max; n++) {
    if (b[p] !== Q) return -1;
    p = textValue(b, p + 1, MAX_SHORT_TEXT);
    if (p === -1) return -1;
    const c = b[p];
    if (c === RBRACKET) return p + 1;
    if (c !== COMMA) return -1;
    p++;
  }
  return -1;
}

/** Evidence items `{"ref":…,"caption":…}` (caption optional) from after `[` to after `]`, 1–50 of them. */
function itemArray(b: Uint8Array, p: number): number {
  for (let n = 1; n <= 50; n++) {
    if (b[p] !== OPEN) return -1;
    p++;
    let seen = 0;
    for (;;) {
      if (b[p] !== Q) return -1;
      let q: number;
      if ((q = lit(b, p + 1, K_REF)) !== -1) {
        if (seen & 1) return -1;
        seen |= 1;
        p = textValue(b, q, 2000);
      } else if ((q = lit(b, p + 1, K_CAPTION)) !== -1) {
        if (seen & 2) return -1;
        seen |= 2;
        p = textValue(b, q, MAX_SHORT_TEXT);
      } else {
        return -1;
      }
      if (p === -1) return -1;
      const c = b[p];
      p++;
      if (c === CLOSE) break;
      if (c !== COMMA) return -1;
    }
    if ((seen & 1) === 0) return -1;
    const c = b[p];
    if (c === RBRACKET) return p + 1;
    if (c !== COMMA) return -1;
    p++;
  }
  return -1;
}

/** `kpsp.<digits>.<digits>"` after the literal `kpsp.`; returns the position after the quote. */
function questionValue(b: Uint8Array, p: number): number {
  let c = b[p]!;
  if (!(c >= 0x30 && c <= 0x39)) return -1;
  do c = b[++p]!;
  while (c >= 0x30 && c <= 0x39);
  if (c !== 0x2e) return -1;
  c = b[++p]!;
  if (!(c >= 0x30 && c <= 0x39)) return -1;
  do c = b[++p]!;
  while (c >= 0x30 && c <= 0x39);
  return c === Q ? p + 1 : -1;
}

/** KPSP answers `{"question":…,"answer":"yes"|"no"}` from after `[` to after `]`, at most 20. */
function answerArray(b: Uint8Array, p: number): number {
  if (b[p] === RBRACKET) return p + 1;
  for (let n = 1; n <= 20; n++) {
    if (b[p] !== OPEN) return -1;
    p++;
    let seen = 0;
    for (;;) {
      if (b[p] !== Q) return -1;
      let q: number;
      if ((q = lit(b, p + 1, K_QUESTION)) !== -1) {
        if (seen & 1) return -1;
        seen |= 1;
        p = questionValue(b, q);
      } else if ((q = lit(b, p + 1, K_ANSWER)) !== -1) {
        if (seen & 2) return -1;
        seen |= 2;
        p = enumValue(b, q, ANSWER_VALUES) === -1 ? -1 : after;
      } else {
        return -1;
      }
      if (p === -1) return -1;
      const c = b[p];
      p++;
      if (c === CLOSE) break;
      if (c !== COMMA) return -1;
    }
    if (seen !== 3) return -1;
    const c = b[p];
    if (c === RBRACKET) return p + 1;
    if (c !== COMMA) return -1;
    p++;
  }
  return -1;
}

/**
 * Which key starts at `p` (after its opening quote), from its first letters; -1 for none. The
 * caller checks the whole key.
 */
function keyAt(b: Uint8Array, p: number): number {
  switch (b[p]) {
    case 0x6b: // k
      return KEY_KIND;
    case 0x69: // i
      switch (b[p + 1]) {
        case 0x64: // id
          return KEY_ID;
        case 0x6e: // in…
          if (b[p + 2] === 0x64) return b[p + 9] === 0x73 ? KEY_INDICATORS : KEY_INDICATOR;
          return KEY_INSTRUMENT;
        default:
          return KEY_ITEMS;
      }
    case 0x63: // c
      return b[p + 1] === 0x68 ? KEY_CHILD : KEY_CONTEXT;
    case 0x64: // d
      return KEY_DATE;
    case 0x61: // a
      switch (b[p + 1]) {
        case 0x75: // au
          return KEY_AUTHOR;
        case 0x63: // ac
          return KEY_ACTIVITY;
        default:
          return KEY_ANSWERS;
      }
    case 0x76: // v
      return b[p + 1] === 0x69 ? KEY_VISIBILITY : KEY_VARIANTS;
    case 0x6e: // n
      return KEY_NOTE;
    case 0x6c: // l
      return KEY_LEVEL;
    case 0x73: // s
      return KEY_STAGE;
    case 0x74: // t
      switch (b[p + 1]) {
        case 0x65: // te
          return KEY_TEXT;
        case 0x61: // ta
          return KEY_TARGET;
        default:
          return KEY_THREE_PERIOD;
      }
    case 0x65: // e
      return KEY_EVIDENCE;
    case 0x77: // w
      return KEY_WEIGHT;
    case 0x68: // h
      return b[p + 2] === 0x69 ? KEY_HEIGHT : KEY_HEAD;
    case 0x66: // f
      return KEY_FORM_AGE;
    default:
      return -1;
  }
}

/** The little-endian 32-bit word of four ASCII characters (as `DataView.getInt32(…, true)` reads them). */
const ascii4 = (s: string) => s.charCodeAt(0) | (s.charCodeAt(1) << 8) | (s.charCodeAt(2) << 16) | (s.charCodeAt(3) << 24);
/** The little-endian 16-bit word of two ASCII characters. */
const ascii2 = (s: string) => s.charCodeAt(0) | (s.charCodeAt(1) << 8);

// The keys of the usual lines of assessments and lessons, in the order `writeJournalJsonl` writes
// them, as words (a line's bytes are compared four at a time).
const KIND_A = ascii4('{"ki');
const KIND_B = ascii4('nd":');
const ASSESSMENT_A = ascii4("asse");
const ASSESSMENT_B = ascii4("ssme");
const ASSESSMENT_C = ascii4('nt",');
const LESSON_A = ascii4("less");
const LESSON_B = ascii4('on",');
const ID_A = ascii4('"id"');
const ID_B = ascii2(':"');
const CHILD_A = ascii4(',"ch');
const CHILD_B = ascii4('ild"');
const DATE_A = ascii4(',"da');
const DATE_B = ascii4('te":');
const AUTHOR_A = ascii4(',"au');
const AUTHOR_B = ascii4('thor');
const VISIBILITY_A = ascii4(',"vi');
const VISIBILITY_B = ascii4("sibi");
const VISIBILITY_C = ascii4('lity');
const FAMILY = ascii4("fami");
const STAFF = ascii4("staf");
const NOTE_A = ascii4(',"no');
const NOTE_B = ascii4('te":');
const INDICATOR_A = ascii4(',"in');
const INDICATOR_B = ascii4("dica");
const INDICATOR_C = ascii4('tor"');
const LEVEL_A = ascii4('","l');
const LEVEL_B = ascii4("evel");
const CONTEXT_A = ascii4(',"co');
const CONTEXT_B = ascii4("ntex");
const CONTEXT_C = ascii4('t":"');
const ACTIVITY_A = ascii4(',"ac');
const ACTIVITY_B = ascii4("tivi");
const ACTIVITY_C = ascii4('ty":');
const STAGE_A = ascii4('","s');
const STAGE_B = ascii4("tage");
/** `":"`, after every key. */
const COLON_QUOTE = ascii2(':"');
/** `":`, in the middle of a word. */
const QUOTE_COLON = ascii2('":');
/** More than the bytes read as words between two checks of the position against the end. */
const STRETCH = 32;

/**
 * {@link scanLine} for an assessment or lesson line with its keys in the usual order and no
 * optional field but `note` (and `context`): a fixed sequence of words, so no key is looked up.
 * -1 when the line is not such a line (it may still be one {@link scanLine} understands).
 */
function scanUsual(b: Uint8Array, p: number): number {
  const v = view;
  const n = v.byteLength - STRETCH;
  const s = scanned;
  if (p > n || v.getInt32(p, true) !== KIND_A || v.getInt32(p + 4, true) !== KIND_B || b[p + 8] !== Q) return -1;
  // `assessment","id":"` or `lesson","id":"`
  let q = p + 9;
  let lesson: boolean;
  if (v.getInt32(q, true) === ASSESSMENT_A && v.getInt32(q + 4, true) === ASSESSMENT_B && v.getInt32(q + 8, true) === ASSESSMENT_C) {
    lesson = false;
    q += 12;
  } else if (v.getInt32(q, true) === LESSON_A && v.getInt32(q + 4, true) === LESSON_B) {
    lesson = true;
    q += 8;
  } else {
    return -1;
  }
  if (v.getInt32(q, true) !== ID_A || v.getUint16(q + 4, true) !== ID_B) return -1;
  q += 6;
  let e = idValue(b, q);
  if (e === -1 || e > n) return -1;
  s.idStart = q;
  s.idEnd = e - 1;
  s.idHash = hashBytes(b, q, e - 1 - q);
  // `,"child":"`
  if (v.getInt32(e, true) !== CHILD_A || v.getInt32(e + 4, true) !== CHILD_B || v.getUint16(e + 8, true) !== COLON_QUOTE) return -1;
  q = e + 10;
  e = idValue(b, q);
  if (e === -1 || e > n) return -1;
  s.childStart = q;
  s.childEnd = e - 1;
  s.childHash = hashBytes(b, q, e - 1 - q);
  // `,"date":"`
  if (v.getInt32(e, true) !== DATE_A || v.getInt32(e + 4, true) !== DATE_B || b[e + 8] !== Q) return -1;
  e = dateValue(b, e + 9);
  if (e === -1 || e > n) return -1;
  s.date = num;
  // `,"author":"`
  if (v.getInt32(e, true) !== AUTHOR_A || v.getInt32(e + 4, true) !== AUTHOR_B || v.getUint16(e + 8, true) !== QUOTE_COLON || b[e + 10] !== Q) return -1;
  e = idValue(b, e + 11);
  if (e === -1 || e > n) return -1;
  // `,"visibility":"` and `family"` or `staff"`
  if (
    v.getInt32(e, true) !== VISIBILITY_A ||
    v.getInt32(e + 4, true) !== VISIBILITY_B ||
    v.getInt32(e + 8, true) !== VISIBILITY_C ||
    v.getUint16(e + 12, true) !== QUOTE_COLON ||
    b[e + 14] !== Q
  ) {
    return -1;
  }
  q = e + 15;
  if (v.getInt32(q, true) === FAMILY && b[q + 4] === 0x6c /* l */ && b[q + 5] === 0x79 /* y */ && b[q + 6] === Q) e = q + 7;
  else if (v.getInt32(q, true) === STAFF && b[q + 4] === 0x66 /* f */ && b[q + 5] === Q) e = q + 6;
  else return -1;
  if (e > n) return -1;
  // `,"note":"` (optional)
  if (v.getInt32(e, true) === NOTE_A && v.getInt32(e + 4, true) === NOTE_B && b[e + 8] === Q) {
    e = textValue(b, e + 9, MAX_LONG_TEXT);
    if (e === -1 || e > n) return -1;
  }
  // `,"indicator":"` or `,"activity":"`
  if (lesson) {
    if (v.getInt32(e, true) !== ACTIVITY_A || v.getInt32(e + 4, true) !== ACTIVITY_B || v.getInt32(e + 8, true) !== ACTIVITY_C || b[e + 12] !== Q) return -1;
    q = e + 13;
  } else {
    if (v.getInt32(e, true) !== INDICATOR_A || v.getInt32(e + 4, true) !== INDICATOR_B || v.getInt32(e + 8, true) !== INDICATOR_C || v.getUint16(e + 12, true) !== COLON_QUOTE) return -1;
    q = e + 14;
  }
  e = idValue(b, q);
  if (e === -1 || e > n) return -1;
  s.refStart = q;
  s.refEnd = e - 1;
  s.refHash = hashBytes(b, q, e - 1 - q);
  // `","level":"` or `","stage":"`, from the closing quote of the id
  e--;
  if (
    v.getInt32(e, true) !== (lesson ? STAGE_A : LEVEL_A) ||
    v.getInt32(e + 4, true) !== (lesson ? STAGE_B : LEVEL_B) ||
    v.getUint16(e + 8, true) !== QUOTE_COLON ||
    b[e + 10] !== Q
  ) {
    return -1;
  }
  const i = enumValue(b, e + 11, lesson ? STAGE_VALUES : LEVEL_VALUES);
  if (i === -1) return -1;
  e = after;
  // `,"context":"` (optional)
  if (!lesson && e <= n && v.getInt32(e, true) === CONTEXT_A && v.getInt32(e + 4, true) === CONTEXT_B && v.getInt32(e + 8, true) === CONTEXT_C) {
    e = textValue(b, e + 12, MAX_LONG_TEXT);
    if (e === -1) return -1;
  }
  if (b[e] !== CLOSE) return -1;
  s.kind = lesson ? KIND_LESSON : KIND_ASSESSMENT;
  s.kindName = lesson ? "lesson" : "assessment";
  s.value = i + 1;
  return e + 1;
}

/**
 * Scans the JSON object that starts at `p` (no whitespace around or inside it). When the line is
 * an observation this scanner understands and `ObservationSchema` accepts, fills
 * {@link scanned} and returns the position after the closing `}`; otherwise returns -1 (not
 * understood: fall back to `JSON.parse` + `ObservationSchema`).
 *
 * The bytes must contain a line feed after the object (the caller's line end or a sentinel): no
 * rule accepts one, so the scanner stops there.
 */
export function scanLine(b: Uint8Array, p: number): number {
  if (b[p] !== OPEN) return -1;
  if (viewOf !== b) viewBytes(b);
  const usual = scanUsual(b, p);
  return usual !== -1 ? usual : scanAny(b, p);
}

/** {@link scanLine} for any order of keys. */
function scanAny(b: Uint8Array, p: number): number {
  p++;
  const s = scanned;
  let seen = 0;
  let kind = -1;
  let value = 0;
  let h = 0;
  for (;;) {
    if (b[p] !== Q) return -1;
    const key = keyAt(b, p + 1);
    if (key === -1) return -1;
    const q = lit(b, p + 1, KEY_TEXTS[key]!);
    if (q === -1) return -1;
    const flag = 1 << key;
    if ((seen & flag) !== 0) return -1;
    seen |= flag;
    switch (key) {
      case KEY_ID:
      case KEY_CHILD:
      case KEY_AUTHOR:
      case KEY_INDICATOR:
      case KEY_ACTIVITY:
      case KEY_TARGET:
        p = idValue(b, q);
        if (p === -1 || key === KEY_AUTHOR) break;
        h = hashBytes(b, q, p - 1 - q);
        if (key === KEY_ID) {
          s.idStart = q;
          s.idEnd = p - 1;
          s.idHash = h;
        } else if (key === KEY_CHILD) {
          s.childStart = q;
          s.childEnd = p - 1;
          s.childHash = h;
        } else {
          s.refStart = q;
          s.refEnd = p - 1;
          s.refHash = h;
        }
        break;
      case KEY_NOTE:
      case KEY_CONTEXT:
      case KEY_TEXT:
        p = textValue(b, q, MAX_LONG_TEXT);
        break;
      case KEY_DATE:
        p = dateValue(b, q);
        s.date = num;
        break;
      case KEY_KIND:
      case KEY_LEVEL:
      case KEY_STAGE:
      case KEY_VISIBILITY:
      case KEY_EVIDENCE: {
        const values =
          key === KEY_KIND ? KIND_VALUES : key === KEY_LEVEL ? LEVEL_VALUES : key === KEY_STAGE ? STAGE_VALUES : key === KEY_VISIBILITY ? VISIBILITY_VALUES : EVIDENCE_VALUES;
        const i = enumValue(b, q, values);
        if (i === -1) return -1; // a correction, too
        p = after;
        if (key === KEY_KIND) kind = i;
        else if (key === KEY_LEVEL || key === KEY_STAGE) value = i + 1;
        break;
      }
      case KEY_THREE_PERIOD:
      case KEY_FORM_AGE:
      case KEY_WEIGHT:
      case KEY_HEIGHT:
      case KEY_HEAD: {
        p = numberValue(b, q);
        const n = num;
        if (key === KEY_THREE_PERIOD) {
          if (n !== 1 && n !== 2 && n !== 3) return -1;
        } else if (key === KEY_FORM_AGE) {
          if (!Number.isInteger(n) || n < 1 || n > 72) return -1;
        } else if (key === KEY_WEIGHT) {
          if (!(n >= 0.5 && n <= 60)) return -1;
        } else if (key === KEY_HEIGHT) {
          if (!(n >= 30 && n <= 150)) return -1;
        } else if (!(n >= 25 && n <= 60)) {
          return -1;
        }
        break;
      }
      case KEY_VARIANTS:
        p = textArray(b, q, 200);
        break;
      case KEY_INDICATORS:
        p = idArray(b, q, 100);
        break;
      case KEY_ITEMS:
        p = itemArray(b, q);
        break;
      case KEY_ANSWERS:
        p = answerArray(b, q);
        break;
      default: // KEY_INSTRUMENT: its value is part of the key text
        p = q;
    }
    if (p === -1) return -1;
    const c = b[p];
    p++;
    if (c === CLOSE) break;
    if (c !== COMMA) return -1;
  }
  if (kind === -1 || (seen & REQUIRED[kind]!) !== REQUIRED[kind] || (seen & ~ALLOWED[kind]!) !== 0) return -1;
  if (kind === S_GROWTH && (seen & GROWTH_ANY) === 0) return -1;
  s.kind = KIND_CODES[kind]!;
  s.kindName = KINDS[kind]!;
  s.value = value;
  return p;
}

/**
 * A hash table from ASCII keys to their positions in a list, looked up with the bytes and the
 * {@link scanLine} hash of an id, so a line needs no string to find its child, indicator or
 * activity.
 */
export class ByteKeys {
  /** Entries of `[hash, position + 1 (0: empty), length, offset in arena]`. */
  private readonly table: Int32Array;
  private readonly mask: number;
  private readonly arena: Uint8Array;
  /** One bit per hash bucket of a small filter: a key whose bit is clear is not in the table. */
  private readonly filter: Int32Array;
  private readonly filterShift: number;
  /** The key found last (lines often repeat the one before): hash, length, offset, position. */
  private lastHash = 0;
  private lastLength = -1;
  private lastAt = 0;
  private lastPosition = -1;
  /** The keys, by position (keys with characters above U+007F are kept but never found). */
  readonly keys: readonly string[];
  /** Position of each key (the first one of duplicates). */
  readonly index: ReadonlyMap<string, number>;

  constructor(keys: Iterable<string>) {
    const list: string[] = [];
    const index = new Map<string, number>();
    for (const k of keys) {
      if (!index.has(k)) {
        index.set(k, list.length);
        list.push(k);
      }
    }
    this.keys = list;
    this.index = index;
    let size = 16;
    while (size < list.length * 2) size *= 2;
    this.table = new Int32Array(size * 4);
    this.mask = size - 1;
    // 8 to 16 filter bits per key.
    let bits = 10;
    while (1 << bits < list.length * 8) bits++;
    this.filter = new Int32Array(1 << (bits - 5));
    this.filterShift = 32 - bits;
    let total = 0;
    for (const k of list) total += k.length;
    this.arena = new Uint8Array(total);
    let at = 0;
    list.forEach((k, i) => {
      if (!/^[\x00-\x7f]*$/.test(k)) return; // never the bytes of an id
      for (let j = 0; j < k.length; j++) this.arena[at + j] = k.charCodeAt(j);
      const h = hashString(k);
      const bit = Math.imul(h, 0x9e3779b1) >>> this.filterShift;
      this.filter[bit >>> 5]! |= 1 << (bit & 31);
      let slot = h & this.mask;
      while (this.table[slot * 4 + 1] !== 0) slot = (slot + 1) & this.mask;
      this.table.set([h, i + 1, k.length, at], slot * 4);
      at += k.length;
    });
  }

  /** The position of the key spelled by `b[start, end)` with hash `h`, or -1. */
  find(b: Uint8Array, start: number, end: number, h: number): number {
    const length = end - start;
    const arena = this.arena;
    if (h === this.lastHash && length === this.lastLength) {
      const at = this.lastAt;
      let i = 0;
      while (i < length && arena[at + i] === b[start + i]) i++;
      if (i === length) return this.lastPosition;
    }
    const bit = Math.imul(h, 0x9e3779b1) >>> this.filterShift;
    if ((this.filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return -1;
    const table = this.table;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const e = slot * 4;
      const position = table[e + 1]! - 1;
      if (position === -1) return -1;
      if (table[e] === h && table[e + 2] === length) {
        const at = table[e + 3]!;
        let i = 0;
        while (i < length && arena[at + i] === b[start + i]) i++;
        if (i === length) {
          this.lastHash = h;
          this.lastLength = length;
          this.lastAt = at;
          this.lastPosition = position;
          return position;
        }
      }
    }
  }
}
