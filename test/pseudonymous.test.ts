import { describe, expect, it } from "vitest";
import { exportObservationsCsv, exportRosterCsv, parseCentre, record, serializeCentre } from "../src/index.js";
import { tinyCentre } from "./helpers/fixture.js";

function centre() {
  const doc = JSON.parse(serializeCentre(tinyCentre()));
  doc.children[0].consent.givenBy = "Ibu Sri Wahyuni";
  return record(parseCentre(doc), {
    kind: "lesson", id: "l-9", child: "c-001", date: "2026-10-01", author: "e-01", visibility: "family",
    activity: "mont.sensorial.pink-tower", stage: "presented", variants: ["nama kakak: Rudi Lestari"],
  });
}

describe("the pseudonymous export drops free text that can identify a family", () => {
  it("leaves out consent_given_by (who gave consent) from the roster", () => {
    for (const language of ["id", "en"] as const) {
      const csv = exportRosterCsv(centre(), { pseudonymous: true, language });
      expect(csv).not.toContain("Sri Wahyuni");
      expect(csv.split("\n")[0]).not.toMatch(/izin_diberikan_oleh|consent_given_by/);
    }
    expect(exportRosterCsv(centre())).toContain("Sri Wahyuni");
  });

  it("leaves out lesson variants from the observations", () => {
    for (const language of ["id", "en"] as const) {
      const csv = exportObservationsCsv(centre(), { pseudonymous: true, language });
      expect(csv).not.toContain("Rudi");
      expect(csv.split("\n")[0]).not.toMatch(/varian|variants/);
    }
    expect(exportObservationsCsv(centre())).toContain("Rudi");
  });
});
