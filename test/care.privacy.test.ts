import { describe, expect, it } from "vitest";
import {
  careEvidence,
  dailyNote,
  eraseChild,
  parseCalendarDate,
  record,
  recordCare,
  SELF_CARE_LINKS,
  summarize,
} from "../src/index.js";
import { resolveCurriculum } from "../src/curricula/resolve.js";
import { careCentre, careDay, day } from "./helpers/care-fixture.js";

const asOf = parseCalendarDate("2026-11-30");
const period = { from: parseCalendarDate("2026-07-01"), to: parseCalendarDate("2026-12-31") };

describe("privacy of health and medicine entries", () => {
  const centre = recordCare(careCentre(), careDay()).centre;

  it("cohort summaries do not count care entries at all", () => {
    const without = summarize(careCentre(), { asOf, period });
    const withCare = summarize(centre, { asOf, period });
    expect(JSON.stringify(withCare)).toBe(JSON.stringify(without));
    expect(JSON.stringify(withCare)).not.toMatch(/medicine|temperature|Parasetamol|37\.4/i);
  });

  it("a family's daily note is about its own child only", () => {
    const kirana = dailyNote(centre, "c-b2", "2026-11-23");
    expect(JSON.stringify(kirana)).not.toMatch(/Parasetamol|37\.4|Dimas/);
  });

  it("erasure removes the child's health and medicine entries and their family", () => {
    const { centre: next, observations } = eraseChild(centre, "c-b1");
    expect(observations.filter((o) => o.kind === "care" && (o.care === "health" || o.care.startsWith("medicine"))).map((o) => o.id).sort()).toEqual([
      "d1-health",
      "d1-med",
      "d1-req",
    ]);
    expect(JSON.stringify(next)).not.toMatch(/Parasetamol|Ibu Wulan|f-b1-ibu|susu sapi/);
  });
});

describe("development from care", () => {
  it("links only to items that exist in the bundled curricula", () => {
    const curriculum = resolveCurriculum({ ...careCentre(), curriculum: { ...careCentre().curriculum, bundled: ["stppa2014", "cdc2022", "montessori"] } });
    for (const links of Object.values(SELF_CARE_LINKS)) {
      for (const id of [...links.stppa, ...links.cdc]) expect(curriculum.indicators.has(id), id).toBe(true);
      for (const id of links.montessori) expect(curriculum.activities.has(id), id).toBe(true);
    }
  });

  it("counts self-care done independently as evidence for the linked items", () => {
    const centre = record(careCentre(), [
      { kind: "care", id: "sc-1", ...day, child: "c-t1", author: "e-02", care: "toilet", time: "10:00", toilet: ["di-toilet"], independently: ["toileting", "hand-washing"] },
      { kind: "care", id: "sc-2", ...day, child: "c-t1", author: "e-02", care: "meal", time: "11:00", meal: "lunch", menu: "Nasi sayur", amount: "habis", independently: ["self-feeding"] },
      { kind: "care", id: "sc-3", ...day, child: "c-t1", author: "e-02", care: "bath", time: "15:00" },
    ]);
    const evidence = careEvidence(centre, "c-t1", "2026-11-01", "2026-11-30");
    expect(evidence.filter((e) => e.entry === "sc-1").map((e) => e.item)).toEqual([...SELF_CARE_LINKS.toileting.stppa, ...SELF_CARE_LINKS.toileting.montessori, ...SELF_CARE_LINKS["hand-washing"].stppa, ...SELF_CARE_LINKS["hand-washing"].cdc, ...SELF_CARE_LINKS["hand-washing"].montessori]);
    expect(evidence.filter((e) => e.entry === "sc-2").map((e) => e.item)).toContain("cdc2022.24m.phys.4");
    expect(evidence.some((e) => e.entry === "sc-3")).toBe(false);
    expect(careEvidence(centre, "c-t1", "2026-12-01", "2026-12-31")).toEqual([]);
  });
});
