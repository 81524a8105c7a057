import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  ageOn,
  type CalendarDate,
  calendarDate,
  dayNumber,
  daysBetween,
  formatAge,
  formatDate,
  fromDayNumber,
  isCalendarDate,
  mondayOf,
  parseCalendarDate as d,
  ValidationError,
  weekday,
  weekdayName,
  workingDays,
} from "../src/index.js";
import { edgyDate } from "./helpers/arbitraries.js";

describe("CalendarDate", () => {
  it.each(["2024-02-29", "2000-02-29", "2025-12-31", "2026-01-01", "1999-04-30"])("accepts %s", (s) => {
    expect(isCalendarDate(s)).toBe(true);
    expect(d(s)).toBe(s);
  });

  it.each([
    ["2025-02-29", "day 29 does not exist"],
    ["1900-02-29", "day 29 does not exist"],
    ["2025-13-01", "month 13 does not exist"],
    ["2025-00-10", "month 00 does not exist"],
    ["2025-04-31", "day 31 does not exist"],
    ["2025-1-5", "expected YYYY-MM-DD"],
    ["2025-01-05T00:00:00", "expected YYYY-MM-DD"],
    ["2025-01-05Z", "expected YYYY-MM-DD"],
    ["", "expected YYYY-MM-DD"],
    [" 2025-01-05", "expected YYYY-MM-DD"],
  ])("rejects %s", (s, message) => {
    expect(isCalendarDate(s)).toBe(false);
    try {
      d(s);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues[0]).toMatchObject({ code: "invalid_date" });
      expect((e as ValidationError).issues[0]?.message).toContain(message);
    }
  });

  it("rejects non-strings", () => {
    expect(isCalendarDate(20250105)).toBe(false);
    expect(isCalendarDate(null)).toBe(false);
  });

  it("converts to and from day numbers", () => {
    expect(dayNumber(d("1970-01-01"))).toBe(0);
    expect(dayNumber(d("2000-03-01"))).toBe(11017);
    expect(fromDayNumber(-1)).toBe("1969-12-31");
    expect(fromDayNumber(dayNumber(d("2024-02-29")))).toBe("2024-02-29");
  });

  fcTest.prop([edgyDate, fc.integer({ min: -5000, max: 5000 })])("addDays is the inverse of daysBetween", (a, n) => {
    const b = addDays(a, n);
    expect(isCalendarDate(b)).toBe(true);
    expect(daysBetween(a, b)).toBe(n);
    expect(fromDayNumber(dayNumber(a))).toBe(a);
  });

  it("adds months, clamping to the month end", () => {
    expect(addMonths(d("2025-01-31"), 1)).toBe("2025-02-28");
    expect(addMonths(d("2024-01-31"), 1)).toBe("2024-02-29");
    expect(addMonths(d("2024-02-29"), 12)).toBe("2025-02-28");
    expect(addMonths(d("2025-12-15"), 1)).toBe("2026-01-15");
    expect(addMonths(d("2026-01-15"), -1)).toBe("2025-12-15");
    expect(addMonths(d("2025-03-31"), -1)).toBe("2025-02-28");
  });

  it("does not drift a day in any time zone (no Date in the model)", () => {
    // The classic bug: new Date("2021-03-01").getDate() is 28 in Los Angeles.
    expect(addDays(d("2021-02-28"), 1)).toBe("2021-03-01");
    expect(weekday(d("2021-03-01"))).toBe(1);
  });
});

describe("weeks and working days", () => {
  it("finds the Monday of a week", () => {
    expect(mondayOf(d("2026-11-28"))).toBe("2026-11-23");
    expect(mondayOf(d("2026-11-29"))).toBe("2026-11-23");
    expect(mondayOf(d("2026-11-30"))).toBe("2026-11-30");
    expect(mondayOf(d("2027-01-01"))).toBe("2026-12-28");
    expect(mondayOf(d("2024-03-01"))).toBe("2024-02-26");
  });

  it("names weekdays", () => {
    expect(weekday(d("2026-11-28"))).toBe(6);
    expect(weekdayName(d("2026-11-30"))).toBe("Senin");
    expect(weekdayName(d("2026-12-04"), "en")).toBe("Friday");
    expect(weekdayName(d("2026-11-29"))).toBe("Minggu");
  });

  it("lists working days without holidays", () => {
    expect(workingDays(d("2026-12-23"), { holidays: [d("2026-12-25")] })).toEqual([
      "2026-12-21",
      "2026-12-22",
      "2026-12-23",
      "2026-12-24",
    ]);
    expect(workingDays(d("2026-11-28"), { weekdays: [1, 2, 3, 4, 5, 6] })).toHaveLength(6);
    expect(workingDays(d("2026-11-28"), { weekdays: [7] })).toEqual(["2026-11-29"]);
  });

  fcTest.prop([edgyDate])("the Monday is a Monday no more than 6 days earlier", (date) => {
    const m = mondayOf(date);
    expect(weekday(m)).toBe(1);
    expect(daysBetween(m, date)).toBeGreaterThanOrEqual(0);
    expect(daysBetween(m, date)).toBeLessThanOrEqual(6);
  });
});

describe("ageOn", () => {
  it.each([
    ["2022-04-15", "2026-11-28", 4, 7, 13],
    ["2022-04-15", "2022-04-15", 0, 0, 0],
    ["2021-12-31", "2022-01-01", 0, 0, 1],
    ["2021-12-31", "2022-12-31", 1, 0, 0],
    // 11 months were completed on "31 Nov" = 1 Dec under the next-day rule.
    ["2021-12-31", "2022-12-30", 0, 11, 29],
    // 31 Jan: the month is completed on 1 Mar in a common year (next-day rule) …
    ["2025-01-31", "2025-02-28", 0, 0, 28],
    ["2025-01-31", "2025-03-01", 0, 1, 0],
    ["2025-01-31", "2025-03-31", 0, 2, 0],
    // … and on 29 Feb in a leap year.
    ["2024-01-31", "2024-02-29", 0, 0, 29],
    ["2024-01-31", "2024-03-01", 0, 1, 0],
    // Leap-day birthdays: the year is completed on 1 March in common years.
    ["2024-02-29", "2025-02-28", 0, 11, 30],
    ["2024-02-29", "2025-03-01", 1, 0, 0],
    ["2024-02-29", "2028-02-29", 4, 0, 0],
    // The date-fns quirk gives {years: 1, months: 12} here.
    ["2020-02-29", "2022-02-28", 1, 11, 30],
    ["2016-02-29", "2017-02-28", 0, 11, 30],
  ])("born %s, on %s: %i y %i m %i d", (birth, asOf, years, months, days) => {
    expect(ageOn(d(birth), d(asOf))).toEqual({ years, months, days, totalMonths: years * 12 + months });
  });

  it.each([
    ["2024-02-29", "2025-02-28", 1, 0, 0],
    ["2025-01-31", "2025-02-28", 0, 1, 0],
    ["2020-02-29", "2022-02-28", 2, 0, 0],
  ])("last-day rule: born %s, on %s: %i y %i m %i d", (birth, asOf, years, months, days) => {
    expect(ageOn(d(birth), d(asOf), { monthEnd: "last-day" })).toEqual({ years, months, days, totalMonths: years * 12 + months });
  });

  it("rejects a date before birth", () => {
    expect(() => ageOn(d("2024-05-01"), d("2024-04-30"))).toThrow(ValidationError);
    try {
      ageOn(d("2024-05-01"), d("2024-04-30"));
    } catch (e) {
      expect((e as ValidationError).issues).toEqual([
        {
          path: "asOf",
          code: "before_birth",
          message: "date 2024-04-30 is before the birth date 2024-05-01",
          detail: { key: "before_birth", values: { date: "2024-04-30", birth: "2024-05-01" } },
        },
      ]);
    }
  });

  fcTest.prop([edgyDate, fc.integer({ min: 0, max: 3000 }), fc.constantFrom("next-day" as const, "last-day" as const)])(
    "months < 12, days < 31, totals agree",
    (birth, n, monthEnd) => {
      const age = ageOn(birth, addDays(birth, n), { monthEnd });
      expect(age.months).toBeGreaterThanOrEqual(0);
      expect(age.months).toBeLessThan(12);
      expect(age.days).toBeGreaterThanOrEqual(0);
      expect(age.days).toBeLessThan(31);
      expect(age.totalMonths).toBe(age.years * 12 + age.months);
    },
  );

  fcTest.prop([edgyDate, fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 400 })])(
    "age never decreases as asOf grows",
    (birth, n, step) => {
      const a = ageOn(birth, addDays(birth, n));
      const b = ageOn(birth, addDays(birth, n + step));
      const key = (x: typeof a) => x.totalMonths * 100 + x.days;
      expect(key(b)).toBeGreaterThan(key(a));
    },
  );

  fcTest.prop([edgyDate, fc.integer({ min: 0, max: 80 })])("the n-th birthday is exactly n years (birth not on 29 Feb)", (birth, n) => {
    fc.pre(!birth.endsWith("-02-29"));
    const { year, rest } = { year: Number(birth.slice(0, 4)), rest: birth.slice(4) };
    const anniversary = d(`${year + n}${rest}`);
    expect(ageOn(birth, anniversary)).toEqual({ years: n, months: 0, days: 0, totalMonths: n * 12 });
  });

  it("is the same in every time zone", () => {
    // The suite runs under TZ=Asia/Jakarta and TZ=America/Los_Angeles; these values are fixed.
    expect(ageOn(d("2021-03-01"), d("2026-11-28"))).toEqual({ years: 5, months: 8, days: 27, totalMonths: 68 });
    expect(process.env.TZ === undefined || ["Asia/Jakarta", "America/Los_Angeles"].includes(process.env.TZ)).toBe(true);
  });
});

describe("formatting", () => {
  it("formats ages in Indonesian and English", () => {
    expect(formatAge(ageOn(d("2022-04-15"), d("2026-11-28")))).toBe("4 tahun 7 bulan");
    expect(formatAge(ageOn(d("2022-04-15"), d("2026-11-28")), "en")).toBe("4 years 7 months");
    expect(formatAge({ years: 1, months: 1, days: 3, totalMonths: 13 }, "en")).toBe("1 year 1 month");
    expect(formatAge({ years: 2, months: 0, days: 3, totalMonths: 24 })).toBe("2 tahun");
    expect(formatAge({ years: 0, months: 7, days: 3, totalMonths: 7 })).toBe("7 bulan");
    expect(formatAge({ years: 0, months: 0, days: 12, totalMonths: 0 })).toBe("12 hari");
    expect(formatAge({ years: 0, months: 0, days: 1, totalMonths: 0 }, "en")).toBe("1 day");
  });

  it("formats dates with the date-fns id locale", () => {
    expect(formatDate(d("2026-11-28"))).toBe("28 November 2026");
    expect(formatDate(d("2026-08-17"))).toBe("17 Agustus 2026");
    expect(formatDate(d("2026-02-01"), "en")).toBe("1 February 2026");
  });

  it("builds dates from parts", () => {
    const date: CalendarDate = calendarDate(2026, 11, 28);
    expect(date).toBe("2026-11-28");
    expect(() => calendarDate(2026, 2, 29)).toThrow(ValidationError);
  });
});
