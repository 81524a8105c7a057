import { type Centre, type CentreInput, parseCentre } from "../../src/index.js";
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
