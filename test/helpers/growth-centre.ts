import { type Centre, type CentreInput, parseCentre } from "../../src/index.js";
import { tinyCentreInput } from "./fixture.js";

/**
 * Synthetic girls born 2021-06-15 (56–57 months in early 2026, STPPA band 48–60) with growth
 * measurements whose WHO z-scores were worked out by hand from WHO's LMS tables
 * (lenanthro/weianthro/wfhanthro, girls):
 * - on 2026-02-10 (1701 days): 14.0 kg, 96.0 cm standing → BB/U −1.60, TB/U −2.44, BB/TB −0.12;
 *   16.8 kg, 105.5 cm → BB/U −0.28, TB/U −0.37, BB/TB −0.10;
 * - on 2026-03-10 (1729 days): 13.9 kg, 96.4 cm → BB/U −1.71, TB/U −2.44 (pendek), BB/TB −0.28;
 *   17.0 kg, 106.0 cm → BB/U −0.26, TB/U −0.37, BB/TB −0.08;
 *   45.0 kg, 106.0 cm → BB/U +6.80 and BB/TB +12.89, both flagged by WHO as implausible.
 */
export const GROWTH_BIRTH = "2021-06-15";

export interface GrowthChildSpec {
  readonly id: string;
  readonly sex?: "male" | "female" | undefined;
  readonly birthDate?: string;
  readonly consent?: boolean;
  readonly measurements: readonly { readonly date: string; readonly weightKg?: number; readonly heightCm?: number; readonly headCircumferenceCm?: number; readonly position?: "lying" | "standing" }[];
}

/** A centre of the given children (group g-45), their growth measurements as journal entries. */
export function growthCentre(children: readonly GrowthChildSpec[]): Centre {
  const doc = tinyCentreInput();
  const input: CentreInput = {
    ...doc,
    children: children.map((c) => ({
      id: c.id,
      name: `Anak ${c.id}`,
      birthDate: c.birthDate ?? GROWTH_BIRTH,
      ...(c.sex === undefined ? {} : { sex: c.sex }),
      group: "g-45",
      // Not before the birth date (a roster rule): a baby born after the usual enrolment day enrols at birth.
      enrolledOn: (c.birthDate ?? GROWTH_BIRTH) > "2025-07-14" ? (c.birthDate ?? GROWTH_BIRTH) : "2025-07-14",
      consent: { photos: true, shareWithFamilyApps: true, aggregateStatistics: c.consent ?? true },
    })),
    journal: {
      schemaVersion: 1,
      entries: children.flatMap((c) =>
        c.measurements.map((m, i) => ({
          kind: "growth" as const,
          id: `g-${c.id}-${i + 1}`,
          child: c.id,
          author: "e-01",
          visibility: "family" as const,
          ...m,
        })),
      ),
    },
  };
  return parseCentre(input);
}

/** The stunted girl whose weight did not rise between February and March. */
export const SARI: GrowthChildSpec = {
  id: "c-sari",
  sex: "female",
  measurements: [
    { date: "2026-02-10", weightKg: 14.0, heightCm: 96.0, position: "standing" },
    { date: "2026-03-10", weightKg: 13.9, heightCm: 96.4, position: "standing" },
  ],
};

/** A girl growing as expected. */
export const NINA: GrowthChildSpec = {
  id: "c-nina",
  sex: "female",
  measurements: [
    { date: "2026-02-10", weightKg: 16.8, heightCm: 105.5, position: "standing" },
    { date: "2026-03-10", weightKg: 17.0, heightCm: 106.0, position: "standing" },
  ],
};

/** A girl whose last weight was typed wrong (45 kg). */
export const TYPO: GrowthChildSpec = {
  id: "c-typo",
  sex: "female",
  measurements: [{ date: "2026-03-10", weightKg: 45.0, heightCm: 106.0, position: "standing" }],
};
