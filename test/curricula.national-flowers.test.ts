import { describe, expect, it } from "vitest";
import { montessoriCatalog } from "../src/index.js";

// Keppres 4/1993 (Satwa dan Bunga Nasional), diktum Kedua: melati is the puspa bangsa, anggrek bulan
// the puspa pesona and padma raksasa the puspa langka. The lesson once called all three "Puspa Bangsa".
describe("mont.culture.puspa-bangsa names each national flower by its Keppres 4/1993 title", () => {
  const lesson = montessoriCatalog().activities.find((a) => a.id === "mont.culture.puspa-bangsa");

  it("keeps its id and pairs each flower with its own title", () => {
    expect(lesson).toBeDefined();
    expect(lesson!.name.id).toBe("Bunga Nasional: Puspa Bangsa (Melati), Puspa Pesona (Anggrek Bulan), Puspa Langka (Padma Raksasa)");
    expect(lesson!.name.id).not.toMatch(/^Puspa Bangsa: Melati, Anggrek Bulan, Padma Raksasa$/);
    for (const text of [lesson!.name.id, lesson!.directAims[0]!.id, lesson!.parentExplanation.id]) {
      expect(text).toMatch(/puspa pesona/i);
      expect(text).toMatch(/puspa langka/i);
    }
  });

  it("cites the Keppres", () => {
    expect(lesson!.sources.some((s) => s.includes("Nomor 4 Tahun 1993"))).toBe(true);
  });
});
