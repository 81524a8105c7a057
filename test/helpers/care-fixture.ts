import { type Centre, type CentreInput, type ObservationInput, parseCentre } from "../../src/index.js";
import { tinyCentreInput } from "./fixture.js";

/**
 * A small daycare: an infant group (two babies) and a toddler group (one toddler), two educators,
 * families, collectors, an allergy, ratio rules of the centre's own (1:3 under 24 months, 1:6
 * from 24 to 48 months) and the educators' attendance on 2026-11-23.
 */
export function careCentreInput(): CentreInput {
  const base = tinyCentreInput();
  return {
    ...base,
    settings: { ...base.settings, ratios: [{ fromMonths: 0, toMonths: 24, children: 3 }, { fromMonths: 24, toMonths: 48, children: 6 }] },
    educators: [{ id: "e-01", name: "Bu Sari" }, { id: "e-02", name: "Bu Rina" }],
    groups: [
      { id: "g-bayi", name: "Bayi", educators: ["e-01"] },
      { id: "g-batita", name: "Batita", educators: ["e-02"] },
    ],
    children: [
      {
        id: "c-b1",
        name: "Dimas Saputra",
        nickname: "Dimas",
        birthDate: "2026-03-10",
        group: "g-bayi",
        enrolledOn: "2026-09-01",
        consent: { photos: true, shareWithFamilyApps: true, aggregateStatistics: true },
        family: [{ id: "f-b1-ibu", name: "Ibu Wulan", relation: "ibu" }, { id: "f-b1-ayah", name: "Pak Andi", relation: "ayah" }],
        collectors: [{ id: "k-b1-ibu", name: "Ibu Wulan", relation: "ibu" }, { id: "k-b1-nenek", name: "Nenek Sumi", relation: "nenek" }],
        allergies: [{ allergen: "susu sapi", words: ["keju", "yoghurt"] }],
      },
      {
        id: "c-b2",
        name: "Kirana Putri",
        birthDate: "2025-06-01",
        group: "g-bayi",
        enrolledOn: "2026-01-05",
        consent: { photos: true, shareWithFamilyApps: true, aggregateStatistics: true },
        family: [{ id: "f-b2-ibu", name: "Ibu Dewi", relation: "ibu" }],
        collectors: [{ id: "k-b2-ibu", name: "Ibu Dewi", relation: "ibu" }],
      },
      {
        id: "c-t1",
        name: "Raka Aditya",
        nickname: "Raka",
        birthDate: "2024-01-20",
        group: "g-batita",
        enrolledOn: "2025-07-14",
        consent: { photos: false, shareWithFamilyApps: true, aggregateStatistics: true },
        family: [{ id: "f-t1-ayah", name: "Pak Hendra", relation: "ayah" }],
        collectors: [{ id: "k-t1-ayah", name: "Pak Hendra", relation: "ayah" }],
        allergies: [{ allergen: "telur" }],
      },
    ],
    journal: { schemaVersion: 1, entries: [] },
    educatorAttendance: [
      { id: "ea-1", educator: "e-01", group: "g-bayi", date: "2026-11-23", from: "07:30", to: "16:00" },
      { id: "ea-2", educator: "e-02", group: "g-batita", date: "2026-11-23", from: "07:00", to: "16:30" },
    ],
  };
}

/** {@link careCentreInput}, validated. */
export function careCentre(): Centre {
  return parseCentre(JSON.stringify(careCentreInput()));
}

/** A base for entries: child, date, author, visibility. */
export const day = { date: "2026-11-23", author: "e-01", visibility: "family" } as const;

/**
 * A hand-checked day (2026-11-23) in the infant group. Dimas (c-b1) arrives 07:15 (before Bu Sari
 * at 07:30) and is collected 16:05 by someone not on his list (after she left at 16:00); Kirana
 * (c-b2) is here 08:00–15:30 and has no meal recorded. Entries marked RAHASIA are staff-only.
 */
export function careDay(): ObservationInput[] {
  const b1 = { ...day, child: "c-b1" } as const;
  const staff = { ...b1, visibility: "staff" } as const;
  return [
    { kind: "attendance", id: "d1-arr", ...b1, event: "arrival", time: "07:15", person: "k-b1-ibu" },
    { kind: "care", id: "d1-milk", ...b1, care: "milk", time: "08:30", milk: "breast-milk", ml: 120 },
    { kind: "care", id: "d1-wet", ...b1, care: "toilet", time: "09:00", toilet: ["basah"] },
    { kind: "care", id: "d1-health", ...b1, care: "health", time: "10:00", temperatureC: 37.4 },
    { kind: "care", id: "d1-lunch", ...b1, care: "meal", time: "11:00", meal: "lunch", menu: "Bubur ayam wortel", amount: "sebagian", note: "Suka wortelnya." },
    { kind: "care", id: "d1-req", ...staff, care: "medicine-request", medicine: "Sirup parasetamol", dose: "2,5 ml", times: ["12:00", "15:00"], requestedBy: "f-b1-ibu" },
    { kind: "care", id: "d1-med", ...b1, care: "medicine", time: "12:00", medicine: "Sirup parasetamol", dose: "2,5 ml", request: "d1-req" },
    { kind: "care", id: "d1-sleep", ...b1, care: "sleep", time: "12:30", end: "14:00" },
    { kind: "care", id: "d1-secret-note", ...staff, care: "note", time: "13:13", text: "RAHASIA: ibu tampak lelah, ajak bicara" },
    { kind: "care", id: "d1-secret-mood", ...staff, care: "mood", time: "13:14", mood: "fussy", note: "RAHASIA mood" },
    { kind: "care", id: "d1-secret-toilet", ...staff, care: "toilet", time: "13:15", toilet: ["bab"] },
    { kind: "family", id: "d1-fam", ...b1, author: "f-b1-ibu", entry: "request", text: "Hari ini tanpa susu sapi." },
    { kind: "family", id: "d1-fam-secret", ...staff, author: "f-b1-ayah", entry: "home-observation", text: "RAHASIA catatan rumah" },
    { kind: "attendance", id: "d1-dep", ...b1, event: "departure", time: "16:05", person: "Pak Joko" },
    { kind: "attendance", id: "d2-arr", ...day, child: "c-b2", event: "arrival", time: "08:00", person: "k-b2-ibu" },
    { kind: "attendance", id: "d2-dep", ...day, child: "c-b2", event: "departure", time: "15:30", person: "k-b2-ibu" },
    { kind: "attendance", id: "t1-abs", ...day, child: "c-t1", author: "e-02", event: "absence", reason: "sakit" },
  ] as ObservationInput[];
}
