import fc from "fast-check";
import { type CalendarDate, calendarDate, daysInMonth } from "../../src/index.js";

/** Dates biased toward the edges that break date code: 29 Feb, month ends, year ends. */
export const edgyDate: fc.Arbitrary<CalendarDate> = fc
  .tuple(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(1996, 2000, 2020, 2024, 2028, 2100) },
      { weight: 2, arbitrary: fc.integer({ min: 1990, max: 2035 }) },
    ),
    fc.oneof({ weight: 3, arbitrary: fc.constantFrom(1, 2, 3, 12) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 12 }) }),
    fc.oneof({ weight: 3, arbitrary: fc.constantFrom(1, 28, 29, 30, 31) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 31 }) }),
  )
  .map(([y, m, d]) => calendarDate(y, m, Math.min(d, daysInMonth(y, m))));

/** Deep-freezes a value so a test fails if the library mutates it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
