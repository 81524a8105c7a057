/**
 * A checked calendar date as the integer yyyymmdd, for hot loops: comparing two of these is an
 * integer comparison, while comparing two date strings that are different string objects costs a
 * call per comparison. Internal (not exported from the package).
 *
 * @module
 */

const ZERO = 48; // "0"

/**
 * The integer yyyymmdd of a checked `YYYY-MM-DD` date; orders like the date strings do.
 *
 * @param date - a checked calendar date
 * @returns for example 20261127 for "2026-11-27"
 */
export function dateKey(date: string): number {
  return (
    (date.charCodeAt(0) - ZERO) * 10_000_000 +
    (date.charCodeAt(1) - ZERO) * 1_000_000 +
    (date.charCodeAt(2) - ZERO) * 100_000 +
    (date.charCodeAt(3) - ZERO) * 10_000 +
    (date.charCodeAt(5) - ZERO) * 1_000 +
    (date.charCodeAt(6) - ZERO) * 100 +
    (date.charCodeAt(8) - ZERO) * 10 +
    (date.charCodeAt(9) - ZERO)
  );
}
