import {
  type Centre,
  type CentreInput,
  createCentre,
  parseCentre,
  serializeCentre,
} from "../../src/index.js";

/** A small hand-made centre: two groups, three synthetic children, one educator. */
export function tinyCentreInput(): CentreInput {
  const base = JSON.parse(serializeCentre(createCentre("TARA Contoh"))) as CentreInput;
  return {
    ...base,
    educators: [{ id: "e-01", name: "Bu Sari" }],
    groups: [
      { id: "g-45", name: "Kelompok A (4–5)", educators: ["e-01"] },
      { id: "g-23", name: "Kelompok Bermain (2–3)", educators: ["e-01"] },
    ],
    children: [
      {
        id: "c-001",
        name: "Ayu Lestari",
        nickname: "Ayu",
        birthDate: "2022-04-15",
        group: "g-45",
        enrolledOn: "2025-07-14",
        consent: { photos: true, shareWithFamilyApps: true, aggregateStatistics: true },
      },
      {
        id: "c-002",
        name: "Bima Pratama",
        birthDate: "2022-02-28",
        group: "g-45",
        enrolledOn: "2025-07-14",
        consent: { photos: false, shareWithFamilyApps: true, aggregateStatistics: true },
      },
      {
        id: "c-003",
        name: "Citra Dewi",
        birthDate: "2024-02-29",
        group: "g-23",
        enrolledOn: "2026-01-05",
        consent: { photos: true, shareWithFamilyApps: false, aggregateStatistics: false },
      },
    ],
    journal: {
      schemaVersion: 1,
      entries: [
        {
          kind: "assessment",
          id: "o-1",
          child: "c-001",
          date: "2026-09-01",
          author: "e-01",
          visibility: "family",
          indicator: "stppa2014.48-60.kog.c.3",
          level: "MB",
        },
        {
          kind: "lesson",
          id: "o-2",
          child: "c-001",
          date: "2026-09-02",
          author: "e-01",
          visibility: "family",
          activity: "mont.sensorial.pink-tower",
          stage: "presented",
        },
        {
          kind: "growth",
          id: "o-3",
          child: "c-002",
          date: "2026-09-03",
          author: "e-01",
          visibility: "staff",
          weightKg: 16.2,
          heightCm: 104.5,
        },
      ],
    },
  };
}

export function tinyCentre(): Centre {
  return parseCentre(tinyCentreInput());
}
