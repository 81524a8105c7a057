/**
 * A hand-written structural check for journal entries, so that `parseCentre` does not run zod
 * (and copy the object) for each of a city's million observations.
 *
 * {@link isExactObservation} answers true only when `ObservationSchema` would accept the value AND
 * its output would deep-equal the value: a plain object (prototype `Object.prototype`, own
 * enumerable string keys exactly those of its kind, no `undefined` values, no `__proto__` key),
 * every field of the right type and within its limits. It may answer false for a valid entry (an
 * object without prototype, a class instance, an array subclass, …); the caller then asks
 * `ObservationSchema`. The differential tests (test/validate.fast.test.ts, `npm run fuzz`) hold
 * it to that contract.
 *
 * Not covered, since JSON.parse never produces them and checking would cost a pass over every
 * key: a polluted `Object.prototype` (zod would read inherited fields into its copy), accessor
 * properties, symbol keys, and extra non-index properties on arrays.
 *
 * Internal: not exported from the package.
 *
 * @module
 */
import { MAX_ID_LENGTH, MAX_LONG_TEXT, MAX_SHORT_TEXT } from "../model/common.js";
import type { Observation } from "../model/index.js";
import { daysInMonth } from "../time/calendar-date.js";

/** Id characters: 1 may start an id (letters, digits), 2 may follow (`. _ : + -`), 0 never. */
const ID_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9]/.test(ch)) ID_CHAR[c] = 1;
  else if (/[._:+-]/.test(ch)) ID_CHAR[c] = 2;
}

/** Same as `idSchema`: a string of 1–120 characters matching `/^[A-Za-z0-9][A-Za-z0-9._:+-]*$/`. */
function isId(v: unknown): boolean {
  if (typeof v !== "string") return false;
  const n = v.length;
  if (n === 0 || n > MAX_ID_LENGTH) return false;
  let c = v.charCodeAt(0);
  if (c >= 128 || ID_CHAR[c] !== 1) return false;
  for (let i = 1; i < n; i++) {
    c = v.charCodeAt(i);
    if (c >= 128 || ID_CHAR[c] === 0) return false;
  }
  return true;
}

/** Same as `isCalendarDate`: `YYYY-MM-DD` (ASCII digits), year ≥ 1000, a day that exists. */
function isDate(v: unknown): boolean {
  if (typeof v !== "string" || v.length !== 10) return false;
  if (v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return false;
  const y0 = v.charCodeAt(0) - 48;
  const y1 = v.charCodeAt(1) - 48;
  const y2 = v.charCodeAt(2) - 48;
  const y3 = v.charCodeAt(3) - 48;
  const m0 = v.charCodeAt(5) - 48;
  const m1 = v.charCodeAt(6) - 48;
  const d0 = v.charCodeAt(8) - 48;
  const d1 = v.charCodeAt(9) - 48;
  // `>>> 0` turns a negative difference into a huge number: one comparison per digit.
  if (y0 >>> 0 > 9 || y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9) return false;
  if (m0 >>> 0 > 9 || m1 >>> 0 > 9 || d0 >>> 0 > 9 || d1 >>> 0 > 9) return false;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Same as `z.string().min(1).max(max)`. */
function isText(v: unknown, max: number): boolean {
  return typeof v === "string" && v.length >= 1 && v.length <= max;
}

/** Same as `z.number().min(min).max(max)` (NaN and ±Infinity fail the comparisons). */
function isInRange(v: unknown, min: number, max: number): boolean {
  return typeof v === "number" && v >= min && v <= max;
}

/**
 * A plain object as JSON.parse makes it. Not one without prototype: zod would return a plain copy,
 * and giving such an object back as it is would be observably different (no `toString`, another
 * prototype for a strict deep-equal). Arrays and class instances have other prototypes.
 */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}

/** A plain array of at most `max` items. */
function isPlainArray(v: unknown, min: number, max: number): v is readonly unknown[] {
  return Array.isArray(v) && Object.getPrototypeOf(v) === Array.prototype && v.length >= min && v.length <= max;
}

/**
 * The enumerable string keys of an object, as zod's strict-object check sees them (`for…in`). A
 * JSON `__proto__` key is an own key and is counted.
 */
function keyCount(o: object): number {
  let n = 0;
  for (const _ in o) n++;
  return n;
}

function isIdArray(v: unknown, max: number): boolean {
  if (!isPlainArray(v, 0, max)) return false;
  for (let i = 0; i < v.length; i++) if (!isId(v[i])) return false;
  return true;
}

function isLevel(v: unknown): boolean {
  switch (v) {
    case "BB":
    case "MB":
    case "BSH":
    case "BSB":
    case "belum-muncul":
    case "sudah-muncul":
    case "achieved":
    case "not-yet":
    case "not-sure":
      return true;
    default:
      return false;
  }
}

function isEvidenceItems(v: unknown): boolean {
  if (!isPlainArray(v, 1, 50)) return false;
  for (let i = 0; i < v.length; i++) {
    const item = v[i];
    if (!isPlainObject(item) || !isText(item.ref, 2000)) return false;
    let n = 1;
    const caption = item.caption;
    if (caption !== undefined) {
      if (!isText(caption, MAX_SHORT_TEXT)) return false;
      n++;
    }
    if (keyCount(item) !== n) return false;
  }
  return true;
}

/** The pattern of `ScreeningSchema`'s question ids (kept equal to it; the differential test checks). */
const KPSP_QUESTION = /^kpsp\.\d+\.\d+$/;

function isAnswers(v: unknown): boolean {
  if (!isPlainArray(v, 0, 20)) return false;
  for (let i = 0; i < v.length; i++) {
    const a = v[i];
    if (!isPlainObject(a)) return false;
    const question = a.question;
    if (typeof question !== "string" || !KPSP_QUESTION.test(question)) return false;
    if (a.answer !== "yes" && a.answer !== "no") return false;
    if (keyCount(a) !== 2) return false;
  }
  return true;
}

/**
 * Checks the fields every observation has but `id` and `child`: `date`, `author`, `visibility`
 * and the optional `note` (the `kind` is checked by the caller). Returns how many keys it
 * accounted for (kind included), or -1 when something is not exactly right.
 */
function commonKeys(o: Record<string, unknown>): number {
  if (!isDate(o.date) || !isId(o.author)) return -1;
  const visibility = o.visibility;
  if (visibility !== "staff" && visibility !== "family") return -1;
  const note = o.note;
  if (note === undefined) return 4; // kind, date, author, visibility
  return isText(note, MAX_LONG_TEXT) ? 5 : -1;
}

/**
 * Checks a base observation (or a correction's replacement) but its `id` and `child`: the common
 * fields and those of its kind. Returns how many keys it accounted for, or -1 when something is
 * not exactly right or the kind is not a base kind.
 */
function bodyKeys(o: Record<string, unknown>, kind: unknown): number {
  let n = commonKeys(o);
  if (n < 0) return -1;
  switch (kind) {
    case "assessment": {
      if (!isId(o.indicator) || !isLevel(o.level)) return -1;
      n += 2;
      const context = o.context;
      if (context !== undefined) {
        if (!isText(context, MAX_LONG_TEXT)) return -1;
        n++;
      }
      return n;
    }
    case "lesson": {
      const stage = o.stage;
      if (!isId(o.activity) || (stage !== "presented" && stage !== "practicing" && stage !== "mastered")) return -1;
      n += 2;
      const three = o.threePeriodStage;
      if (three !== undefined) {
        if (three !== 1 && three !== 2 && three !== 3) return -1;
        n++;
      }
      const variants = o.variants;
      if (variants !== undefined) {
        if (!isPlainArray(variants, 0, 200)) return -1;
        for (let i = 0; i < variants.length; i++) if (!isText(variants[i], MAX_SHORT_TEXT)) return -1;
        n++;
      }
      return n;
    }
    case "anecdote":
      if (!isText(o.text, MAX_LONG_TEXT) || !isIdArray(o.indicators, 100)) return -1;
      return n + 2;
    case "evidence": {
      const evidence = o.evidence;
      if (evidence !== "artwork" && evidence !== "photo-series") return -1;
      if (!isEvidenceItems(o.items) || !isIdArray(o.indicators, 100)) return -1;
      return n + 3;
    }
    case "growth": {
      const { weightKg, heightCm, headCircumferenceCm } = o;
      if (weightKg === undefined && heightCm === undefined && headCircumferenceCm === undefined) return -1;
      if (weightKg !== undefined) {
        if (!isInRange(weightKg, 0.5, 60)) return -1;
        n++;
      }
      if (heightCm !== undefined) {
        if (!isInRange(heightCm, 30, 150)) return -1;
        n++;
      }
      if (headCircumferenceCm !== undefined) {
        if (!isInRange(headCircumferenceCm, 25, 60)) return -1;
        n++;
      }
      const position = o.position;
      if (position !== undefined) {
        if (position !== "lying" && position !== "standing") return -1;
        n++;
      }
      return n;
    }
    case "screening": {
      const form = o.formAgeMonths;
      if (o.instrument !== "kpsp" || typeof form !== "number" || !Number.isInteger(form) || form < 1 || form > 72) return -1;
      if (!isAnswers(o.answers)) return -1;
      return n + 3;
    }
    default:
      return -1;
  }
}

/**
 * Whether a journal entry is exactly what `ObservationSchema` accepts and returns unchanged, so it
 * may be used as it is, without zod and without a copy. False means "ask zod", not "invalid".
 *
 * @param value - one journal entry, as parsed from JSON
 * @returns true only when zod would accept it and output a deep-equal value
 */
export function isExactObservation(value: unknown): value is Observation {
  if (!isPlainObject(value)) return false;
  if (!isId(value.id) || !isId(value.child)) return false;
  const kind = value.kind;
  let n: number;
  if (kind === "retraction" || kind === "correction") {
    if (!isId(value.target)) return false;
    n = commonKeys(value);
    if (n < 0) return false;
    n += 3; // id, child, target
    if (kind === "correction") {
      const replacement = value.replacement;
      if (!isPlainObject(replacement)) return false;
      const r = bodyKeys(replacement, replacement.kind);
      if (r < 0 || keyCount(replacement) !== r) return false;
      n++;
    }
  } else {
    n = bodyKeys(value, kind);
    if (n < 0) return false;
    n += 2; // id, child
  }
  return keyCount(value) === n;
}
