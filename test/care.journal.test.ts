import { describe, expect, it } from "vitest";
import {
  checkCentre,
  correct,
  effectiveObservations,
  eraseChild,
  mergeJournals,
  type ObservationInput,
  record,
  recordCare,
  retract,
} from "../src/index.js";
import { deepFreeze } from "./helpers/arbitraries.js";
import { careCentre, day } from "./helpers/care-fixture.js";
import { errorOf } from "./helpers/errors.js";

type Input = ObservationInput;
const b1 = { ...day, child: "c-b1" } as const;

/** One entry of every new kind and type, with a change to make in its correction. */
const SAMPLES: readonly { name: string; entry: Input; change: Record<string, unknown> }[] = [
  { name: "arrival", entry: { kind: "attendance", id: "s-arr", ...b1, event: "arrival", time: "07:40", person: "k-b1-ibu" } as Input, change: { time: "07:45" } },
  { name: "departure", entry: { kind: "attendance", id: "s-dep", ...b1, event: "departure", time: "16:00", person: "k-b1-ibu" } as Input, change: { time: "16:10" } },
  { name: "absence", entry: { kind: "attendance", id: "s-abs", ...b1, date: "2026-11-24", event: "absence", reason: "sakit" } as Input, change: { reason: "izin" } },
  { name: "meal", entry: { kind: "care", id: "s-meal", ...b1, care: "meal", time: "11:00", meal: "lunch", menu: "Bubur ayam wortel", amount: "habis" } as Input, change: { amount: "sebagian" } },
  { name: "milk", entry: { kind: "care", id: "s-milk", ...b1, care: "milk", time: "09:00", milk: "breast-milk", ml: 120 } as Input, change: { ml: 90 } },
  { name: "sleep", entry: { kind: "care", id: "s-sleep", ...b1, care: "sleep", time: "12:30" } as Input, change: { end: "14:00" } },
  { name: "toilet", entry: { kind: "care", id: "s-toilet", ...b1, care: "toilet", time: "10:00", toilet: ["basah"] } as Input, change: { toilet: ["basah", "bab"] } },
  { name: "bath", entry: { kind: "care", id: "s-bath", ...b1, care: "bath", time: "15:00" } as Input, change: { time: "15:15" } },
  { name: "mood", entry: { kind: "care", id: "s-mood", ...b1, care: "mood", mood: "happy" } as Input, change: { mood: "tired" } },
  { name: "health", entry: { kind: "care", id: "s-health", ...b1, care: "health", time: "08:00", temperatureC: 37.2 } as Input, change: { temperatureC: 37.8 } },
  {
    name: "medicine-request",
    entry: { kind: "care", id: "s-req", ...b1, visibility: "staff", care: "medicine-request", medicine: "Parasetamol sirup", dose: "2,5 ml", times: ["12:00"], requestedBy: "f-b1-ibu" } as Input,
    change: { dose: "2 ml" },
  },
  { name: "note", entry: { kind: "care", id: "s-note", ...b1, care: "note", text: "Dimas suka lagu cicak-cicak." } as Input, change: { text: "Dimas suka lagu balonku." } },
  { name: "reflection", entry: { kind: "family", id: "s-refl", ...b1, author: "f-b1-ibu", entry: "reflection", text: "Di rumah Dimas mulai merangkak." } as Input, change: { text: "Dimas mulai merangkak maju." } },
  { name: "home-observation", entry: { kind: "family", id: "s-home", ...b1, author: "f-b1-ayah", entry: "home-observation", text: "Menunjuk kucing." } as Input, change: { text: "Menunjuk kucing dan burung." } },
  { name: "request", entry: { kind: "family", id: "s-fam-req", ...b1, author: "f-b1-ibu", entry: "request", text: "Hari ini tanpa susu sapi." } as Input, change: { text: "Hari ini tanpa susu sapi dan keju." } },
];

const medicineGiven = { kind: "care", id: "s-med", ...b1, visibility: "staff", care: "medicine", time: "12:05", medicine: "Parasetamol sirup", dose: "2,5 ml", request: "s-req" } as Input;

function replacementOf(entry: Input, change: Record<string, unknown>): never {
  const { id: _id, child: _child, ...rest } = entry as Record<string, unknown>;
  return { ...rest, ...change } as never;
}

describe("every care kind through the journal rules", () => {
  for (const { name, entry, change } of SAMPLES) {
    describe(name, () => {
      const centre = deepFreeze(careCentre());
      const recorded = deepFreeze(record(centre, entry));

      it("records it and the centre stays consistent", () => {
        expect(effectiveObservations(recorded.journal).map((o) => o.id)).toEqual([entry.id]);
        expect(checkCentre(recorded)).toEqual([]);
      });

      it("corrects it", () => {
        const author = entry.kind === "family" ? entry.author : "e-01";
        const next = correct(recorded, { id: `fix-${entry.id}`, target: entry.id, date: "2026-11-25", author, replacement: replacementOf(entry, change) });
        const eff = effectiveObservations(next.journal);
        expect(eff).toHaveLength(1);
        expect(eff[0]).toMatchObject({ id: entry.id, child: "c-b1", ...change });
        expect(checkCentre(next)).toEqual([]);
      });

      it("retracts it", () => {
        const next = retract(recorded, { id: `r-${entry.id}`, target: entry.id, date: "2026-11-25", author: "e-01" });
        expect(effectiveObservations(next.journal)).toEqual([]);
      });

      it("merges it from either side, once", () => {
        const other = record(centre, { kind: "care", id: "other", ...b1, care: "bath", time: "09:30" });
        const ab = mergeJournals(recorded.journal, other.journal);
        const ba = mergeJournals(other.journal, recorded.journal);
        expect(ab.journal).toEqual(ba.journal);
        expect(ab.conflicts).toEqual([]);
        expect(ab.journal.entries.filter((e) => e.id === entry.id)).toHaveLength(1);
        expect(mergeJournals(ab.journal, recorded.journal).journal).toEqual(ab.journal);
      });

      it("erases it with the child", () => {
        const { centre: next, observations } = eraseChild(recorded, "c-b1");
        expect(observations.map((o) => o.id)).toEqual([entry.id]);
        expect(next.journal.entries).toEqual([]);
        expect(next.children.some((c) => c.id === "c-b1")).toBe(false);
      });
    });
  }

  it("a medicine dose goes through the rules too (it needs its request)", () => {
    const req = SAMPLES.find((s) => s.name === "medicine-request")!.entry;
    const withDose = record(careCentre(), [req, medicineGiven]);
    const fixed = correct(withDose, { id: "fix-med", target: "s-med", date: "2026-11-23", author: "e-01", replacement: replacementOf(medicineGiven, { time: "12:10" }) });
    expect(effectiveObservations(fixed.journal).find((o) => o.id === "s-med")).toMatchObject({ time: "12:10" });
    expect(effectiveObservations(retract(withDose, { id: "r-med", target: "s-med", date: "2026-11-23", author: "e-01" }).journal).map((o) => o.id)).toEqual(["s-req"]);
    expect(eraseChild(withDose, "c-b1").observations).toHaveLength(2);
  });
});

describe("care validation", () => {
  const centre = deepFreeze(careCentre());

  it("refuses a meal whose menu names a listed allergen, with a clear message", () => {
    const meal = { kind: "care", id: "m-1", ...b1, care: "meal", time: "09:30", meal: "morning-snack", menu: "Roti keju", amount: "habis" } as Input;
    const error = errorOf(() => record(centre, meal));
    expect(error.issues).toEqual([
      expect.objectContaining({ path: "menu", code: "allergen", message: expect.stringContaining('names "susu sapi"') }),
    ]);
    expect(errorOf(() => recordCare(centre, meal)).issues[0]?.code).toBe("allergen");
  });

  it("matches allergens as whole words, case-insensitively", () => {
    const meal = (menu: string) => ({ kind: "care", id: "m-2", ...day, child: "c-t1", author: "e-02", care: "meal", time: "11:00", meal: "lunch", menu, amount: "habis" }) as Input;
    expect(errorOf(() => record(centre, meal("Nasi, TELUR dadar"))).issues[0]?.code).toBe("allergen");
    expect(record(centre, meal("Nasi, tahu, sayur bening")).journal.entries).toHaveLength(1);
    // Whole words: "telur" inside another word is not a match, so the centre lists its variants in `words`.
    expect(record(centre, meal("Nasi goreng mentelurkan")).journal.entries).toHaveLength(1);
  });

  it("records an acknowledged allergen meal with a warning, never silently", () => {
    const meal = { kind: "care", id: "m-3", ...b1, care: "meal", time: "09:30", meal: "morning-snack", menu: "Yoghurt bebas laktosa", amount: "sebagian", allergenAcknowledged: true } as Input;
    const { centre: next, warnings } = recordCare(centre, meal);
    expect(next.journal.entries).toHaveLength(1);
    expect(warnings).toEqual([expect.objectContaining({ code: "allergen_acknowledged", id: "m-3", child: "c-b1", path: "menu" })]);
  });

  it("warns about a collector the family did not authorise, and records the departure", () => {
    const dep = (id: string, person: string) => ({ kind: "attendance", id, ...b1, event: "departure", time: "16:05", person }) as Input;
    const { centre: next, warnings } = recordCare(centre, [dep("d-1", "Pak Joko"), dep("d-2", "k-b1-nenek"), dep("d-3", " ibu wulan ")]);
    expect(next.journal.entries).toHaveLength(3);
    expect(warnings).toEqual([expect.objectContaining({ code: "unknown_collector", id: "d-1", path: "[0].person", message: expect.stringContaining('"Pak Joko"') })]);
  });

  it("lets a family write only about its own child", () => {
    const entry = (child: string, author: string) => ({ kind: "family", id: `fam-${child}-${author}`, ...day, child, author, entry: "reflection", text: "Catatan." }) as Input;
    expect(record(centre, entry("c-b1", "f-b1-ibu")).journal.entries).toHaveLength(1);
    const other = errorOf(() => record(centre, entry("c-b2", "f-b1-ibu")));
    expect(other.issues).toEqual([expect.objectContaining({ path: "author", code: "unknown_reference", message: expect.stringContaining("not a family member of child \"c-b2\"") })]);
    // An educator cannot sign as the family either.
    expect(errorOf(() => record(centre, entry("c-b1", "e-01"))).issues[0]?.path).toBe("author");
    // And checkCentre finds a smuggled one in a document.
    const smuggled = { ...centre, journal: { schemaVersion: 1 as const, entries: [{ ...(entry("c-b2", "f-b1-ibu") as object) }] } } as never;
    expect(checkCentre(smuggled)).toEqual([expect.objectContaining({ path: "journal.entries[0].author" })]);
  });

  it("gives a medicine only under a written request of the child's family, on the days it covers", () => {
    const req = { kind: "care", id: "q-1", ...b1, visibility: "staff", care: "medicine-request", medicine: "Sirup", dose: "5 ml", times: ["12:00"], requestedBy: "f-b1-ibu" } as Input;
    const dose = (id: string, request: string, date = "2026-11-23") => ({ kind: "care", id, ...b1, date, care: "medicine", time: "12:00", medicine: "Sirup", dose: "5 ml", request }) as Input;
    expect(errorOf(() => record(centre, dose("g-1", "q-1"))).issues[0]).toMatchObject({ path: "request", code: "unknown_reference" });
    expect(errorOf(() => record(centre, [req, dose("g-2", "q-1", "2026-11-24")])).issues[0]).toMatchObject({ path: "[1].date" });
    expect(errorOf(() => record(centre, { ...req, requestedBy: "f-b2-ibu" } as Input)).issues[0]).toMatchObject({ path: "requestedBy" });
    expect(record(centre, [req, dose("g-3", "q-1")]).journal.entries).toHaveLength(2);
    expect(errorOf(() => record(centre, { ...dose("g-4", "q-1"), request: undefined } as Input)).issues[0]).toMatchObject({ path: "request" });
  });

  it("names every bad field of a care entry at once", () => {
    const bad = { kind: "care", id: "x", ...b1, care: "meal", time: "25:00", menu: "Bubur", ml: 10 } as unknown as Input;
    const paths = errorOf(() => record(centre, bad)).issues.map((i) => i.path).sort();
    expect(paths).toEqual(["amount", "meal", "ml", "time"]);
    const absence = { kind: "attendance", id: "y", ...b1, event: "absence", time: "08:00" } as unknown as Input;
    expect(errorOf(() => record(centre, absence)).issues.map((i) => i.path).sort()).toEqual(["reason", "time"]);
    const sleep = { kind: "care", id: "z", ...b1, care: "sleep", time: "13:00", end: "12:00" } as Input;
    expect(errorOf(() => record(centre, sleep)).issues[0]?.path).toBe("end");
  });
});

describe("a family amends only its own entries", () => {
  it("may retract or correct its own child's family entry, nothing else", () => {
    const centre = record(careCentre(), [
      { kind: "family", id: "own", ...b1, author: "f-b1-ibu", entry: "reflection", text: "Catatan ibu." },
      { kind: "care", id: "staff-note", ...b1, care: "note", text: "Catatan pengasuh." },
    ] as Input[]);
    expect(effectiveObservations(retract(centre, { id: "r-own", target: "own", date: "2026-11-24", author: "f-b1-ayah" }).journal).map((o) => o.id)).toEqual(["staff-note"]);
    expect(errorOf(() => retract(centre, { id: "r-staff", target: "staff-note", date: "2026-11-24", author: "f-b1-ibu" })).issues[0]).toMatchObject({ path: "author", code: "unknown_reference" });
    // Another family cannot touch it, and a correction may not hand the entry to someone else.
    expect(errorOf(() => retract(centre, { id: "r-other", target: "own", date: "2026-11-24", author: "f-b2-ibu" })).issues[0]?.path).toBe("author");
    const handOver = errorOf(() =>
      correct(centre, { id: "c-own", target: "own", date: "2026-11-24", author: "f-b1-ibu", replacement: { kind: "family", date: "2026-11-23", author: "f-b2-ibu", visibility: "family", entry: "reflection", text: "x" } }),
    );
    expect(handOver.issues[0]?.path).toBe("replacement.author");
  });
});
