import { describe, expect, it } from "vitest";
import {
  dailyNote,
  daySheet,
  parseCentre,
  ratioCheck,
  record,
  recordCare,
  renderDailyNoteHtml,
  renderDailyNoteMarkdown,
  renderDailyNoteText,
  renderDaySheetHtml,
  renderDaySheetMarkdown,
} from "../src/index.js";
import { deepFreeze } from "./helpers/arbitraries.js";
import { careCentre, careCentreInput, careDay, day } from "./helpers/care-fixture.js";
import { errorOf } from "./helpers/errors.js";

const centre = deepFreeze(recordCare(careCentre(), careDay()).centre);

describe("daily note (buku penghubung)", () => {
  const note = dailyNote(centre, "c-b1", "2026-11-23");

  it("holds the family-visible day, in time order, with names for collectors", () => {
    expect(note.arrival).toEqual({ time: "07:15", person: "Ibu Wulan" });
    expect(note.departure).toEqual({ time: "16:05", person: "Pak Joko" });
    expect(note.meals).toEqual([{ time: "11:00", meal: "lunch", menu: "Bubur ayam wortel", amount: "sebagian", note: "Suka wortelnya." }]);
    expect(note.sleeps).toEqual([{ start: "12:30", end: "14:00", minutes: 90 }]);
    expect(note.medicines).toEqual([{ time: "12:00", medicine: "Sirup parasetamol", dose: "2,5 ml" }]);
    expect(note.requests).toEqual(["Hari ini tanpa susu sapi."]);
    expect(note.totals).toEqual({ milkMl: 120, sleepMinutes: 90, nappies: 1 });
    expect(note.toilet).toEqual([{ time: "09:00", what: ["basah"] }]);
  });

  const formats = {
    text: renderDailyNoteText,
    markdown: renderDailyNoteMarkdown,
    html: renderDailyNoteHtml,
  };
  for (const [name, render] of Object.entries(formats)) {
    for (const locale of ["id", "en"] as const) {
      it(`${name} (${locale}) shows no staff-only entry`, () => {
        const out = render(note, locale);
        expect(out).not.toContain("RAHASIA");
        expect(out).not.toContain("13:13");
        expect(out).not.toContain("13:15");
        expect(out).not.toContain("fussy");
        expect(out).not.toContain("rewel");
        expect(out).toContain("Bubur ayam wortel");
        expect(out).toContain("12:30–14:00");
        expect(out).toContain(locale === "id" ? "ASI perah 120 ml" : "expressed breast milk 120 ml");
      });
    }
  }

  it("reads as a chat message and as a page", () => {
    const text = renderDailyNoteText(note, "id");
    expect(text.split("\n").slice(0, 2)).toEqual(["*Buku Penghubung · Dimas*", "23 November 2026 · TARA Contoh"]);
    expect(text).toContain("*Makan*\n• 11:00 Makan siang: Bubur ayam wortel (sebagian) — Suka wortelnya.");
    expect(text).toContain("• Pulang 16:05, dijemput Pak Joko");
    expect(text).toContain("Hari ini: susu 120 ml · tidur 1 jam 30 menit · ganti popok 1 kali");
    expect(renderDailyNoteHtml(note, "en")).toContain("<h2>Meals</h2>\n<ul><li>11:00 Lunch: Bubur ayam wortel (part of it) — Suka wortelnya.</li></ul>");
    expect(renderDailyNoteMarkdown(note, "en")).toContain("## Sleep\n\n- 12:30–14:00 (1 h 30 min)");
  });

  it("says so when nothing was shared, and refuses an unknown child or a bad date", () => {
    expect(renderDailyNoteText(dailyNote(centre, "c-b2", "2026-11-24"), "en")).toContain("Nothing recorded for today yet.");
    expect(errorOf(() => dailyNote(centre, "c-zz", "2026-13-01")).issues.map((i) => i.path)).toEqual(["childId", "date"]);
  });
});

describe("day sheet (lembar harian kelompok)", () => {
  it("at 13:00: who is here, who sleeps, who has not eaten, which doses are due", () => {
    const sheet = daySheet(centre, "g-bayi", "2026-11-23", "13:00");
    expect(sheet.counts).toEqual({ here: 2, sleeping: 1, notEaten: 1, dosesDue: 1, absent: 0 });
    const [dimas, kirana] = sheet.children;
    expect(dimas).toMatchObject({ id: "c-b1", status: "here", sleepingSince: "12:30", ate: true, allergies: ["susu sapi"], requests: ["Hari ini tanpa susu sapi."] });
    expect(dimas?.dosesDue).toEqual([{ time: "15:00", medicine: "Sirup parasetamol", dose: "2,5 ml", request: "d1-req", overdue: false }]);
    expect(kirana).toMatchObject({ id: "c-b2", status: "here", sleepingSince: null, ate: false, dosesDue: [] });
  });

  it("at the end of the day: who left, with whom, and who is absent", () => {
    const sheet = daySheet(centre, "g-bayi", "2026-11-23");
    expect(sheet.children.map((c) => [c.id, c.status, c.unknownCollector])).toEqual([
      ["c-b1", "left", "Pak Joko"],
      ["c-b2", "left", null],
    ]);
    expect(daySheet(centre, "g-batita", "2026-11-23").children[0]).toMatchObject({ status: "absent", absence: "sakit" });
    const md = renderDaySheetMarkdown(sheet, "id");
    expect(md).toContain("dijemput oleh Pak Joko, bukan penjemput terdaftar");
    expect(md).toContain("| Kirana Putri | sudah pulang 08:00 15:30 |  | belum |  |  |");
    expect(renderDaySheetHtml(sheet, "en")).toContain("<th>Asleep</th>");
  });

  it("refuses an unknown group and a bad time, naming both", () => {
    expect(errorOf(() => daySheet(centre, "g-x", "2026-11-23", "25:00")).issues.map((i) => i.path)).toEqual(["groupId", "at"]);
  });
});

describe("ratios", () => {
  it("lists the hand-checked breaches of the infant group's day", () => {
    const check = ratioCheck(centre, "g-bayi", "2026-11-23");
    expect(check.configured).toBe(true);
    // 07:00 hour: Dimas from 07:15, Bu Sari only from 07:30. 16:00 hour: Dimas until 16:05, Bu Sari left at 16:00.
    expect(check.breaches.map((h) => [h.hour, h.breachAt, h.children, h.caregivers, h.required])).toEqual([
      ["07:00", "07:15", 1, 0, 1],
      ["16:00", "16:00", 1, 0, 1],
    ]);
    expect(check.hours.find((h) => h.hour === "10:00")).toEqual({ hour: "10:00", children: 2, caregivers: 1, required: 1, breachAt: null });
    expect(check.hours).toHaveLength(10);
  });

  it("adds the shares of a mixed-age group and rounds up", () => {
    const input = careCentreInput();
    // Two more babies 09:00–11:00: four children under 24 months need ⌈4/3⌉ = 2 caregivers.
    input.children.push(
      { ...input.children[1]!, id: "c-b3", name: "Bayi Tiga", family: [], collectors: [] },
      { ...input.children[1]!, id: "c-b4", name: "Bayi Empat", family: [], collectors: [] },
    );
    let c = record(parseCentre(JSON.stringify(input)), careDay());
    c = record(c, ["c-b3", "c-b4"].flatMap((child) => [
      { kind: "attendance", id: `${child}-a`, ...day, child, event: "arrival", time: "09:00" },
      { kind: "attendance", id: `${child}-d`, ...day, child, event: "departure", time: "11:00", person: "k-b2-ibu" },
    ] as never));
    const check = ratioCheck(c, "g-bayi", "2026-11-23", { from: "08:00", to: "12:00" });
    expect(check.hours.map((h) => [h.hour, h.children, h.required, h.caregivers, h.breachAt])).toEqual([
      ["08:00", 2, 1, 1, null],
      ["09:00", 4, 2, 1, "09:00"],
      ["10:00", 4, 2, 1, "10:00"],
      ["11:00", 2, 1, 1, null],
    ]);
    // A toddler (34 months) needs 1/6 of a caregiver: alone with one educator, no breach.
    expect(ratioCheck(c, "g-batita", "2026-11-23").breaches).toEqual([]);
  });

  it("without the centre's ratio rules, nothing is required and nothing is a breach", () => {
    const input = careCentreInput();
    delete (input.settings as { ratios?: unknown }).ratios;
    const c = record(parseCentre(JSON.stringify(input)), careDay());
    const check = ratioCheck(c, "g-bayi", "2026-11-23");
    expect(check.configured).toBe(false);
    expect(check.breaches).toEqual([]);
    expect(check.uncovered).toEqual(["c-b1", "c-b2"]);
  });
});

describe("educator attendance", () => {
  it("records all or nothing, naming every bad field, and merges like a journal", async () => {
    const { mergeEducatorAttendance, recordEducatorAttendance } = await import("../src/index.js");
    const base = careCentre();
    const next = recordEducatorAttendance(base, [{ id: "ea-3", educator: "e-02", group: "g-bayi", date: "2026-11-23", from: "07:00", to: "08:00" }]);
    expect(next.educatorAttendance).toHaveLength(3);
    expect(base.educatorAttendance).toHaveLength(2);
    // With Bu Rina from 07:00 the 07:00 hour of the infant group is covered.
    expect(ratioCheck(record(next, careDay()), "g-bayi", "2026-11-23").breaches.map((h) => h.hour)).toEqual(["16:00"]);
    const error = errorOf(() => recordEducatorAttendance(base, [{ id: "ea-1", educator: "e-09", group: "g-x", date: "2026-11-23", from: "09:00", to: "08:00" }]));
    expect(error.issues.map((i) => i.path).sort()).toEqual(["[0].to"]);
    const error2 = errorOf(() => recordEducatorAttendance(base, { id: "ea-1", educator: "e-09", group: "g-x", date: "2026-11-23", from: "07:00" }));
    expect(error2.issues.map((i) => i.path)).toEqual(["educator", "group", "id"]);
    const a = next.educatorAttendance!;
    const b = base.educatorAttendance!;
    expect(mergeEducatorAttendance(a, b)).toEqual(mergeEducatorAttendance(b, a));
    expect(mergeEducatorAttendance(a, b).map((x) => x.id)).toEqual(["ea-1", "ea-2", "ea-3"]);
  });
});
