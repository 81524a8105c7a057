// The storage contract, checked on the in-memory reference store, and the proof that a report
// built from "head + one child's slice" is the report from the whole centre, byte for byte.
import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  type Centre,
  type CentreStore,
  centreFromSlice,
  centreHead,
  correct,
  createMemoryStore,
  createSampleCentre,
  type Observation,
  parseCalendarDate,
  progressReport,
  retract,
  type StoreCursor,
  ValidationError,
  weeklyPlan,
} from "../src/index.js";
import { runContractSuite } from "./store-contract-suite.js";

const asOf = parseCalendarDate("2026-11-27");

/** A sample centre with some retractions and corrections mixed into its journal. */
function amended(seed: number, children: number): Centre {
  let centre = createSampleCentre({ seed, children, weeks: 10, asOf });
  const assessments = centre.journal.entries.filter((e) => e.kind === "assessment");
  const lessons = centre.journal.entries.filter((e) => e.kind === "lesson");
  for (let i = 0; i < 6 && i * 7 < assessments.length; i++) {
    const target = assessments[i * 7]!;
    centre = retract(centre, { id: `retract-${i}`, target: target.id, date: "2026-11-26", author: target.author });
  }
  for (let i = 0; i < 6 && i * 5 < lessons.length; i++) {
    const target = lessons[i * 5]!;
    if (target.kind !== "lesson") continue;
    const { id: _id, child: _child, variants, ...rest } = target;
    centre = correct(centre, { id: `correct-${i}`, target: target.id, date: "2026-11-26", author: target.author, replacement: { ...rest, ...(variants === undefined ? {} : { variants: [...variants] }), stage: "mastered" } });
  }
  return centre;
}

const centres = [amended(7, 12), amended(8, 25)];

async function stored(centre: Centre): Promise<CentreStore> {
  const store = createMemoryStore();
  expect(await store.writeHead(centreHead(centre), 0)).toEqual({ ok: true, version: 1 });
  // In batches, as an app appends through the year.
  const entries = centre.journal.entries;
  for (let i = 0; i < entries.length; i += 97) await store.append(entries.slice(i, i + 97));
  return store;
}

describe("head + one child's slice = the whole centre (the proof)", () => {
  fcTest.prop(
    [
      fc.integer({ min: 0, max: centres.length - 1 }),
      fc.nat(),
      fc.integer({ min: 0, max: 120 }),
      fc.constantFrom("id" as const, "en" as const),
      fc.constantFrom("staff" as const, "family" as const),
      fc.constantFrom("stppa2014", "merdeka-cp"),
    ],
    { numRuns: 40 },
  )("progressReport from the slice equals the report from the whole centre", async (which, pick, back, locale, audience, framework) => {
    const centre = centres[which]!;
    const child = centre.children[pick % centre.children.length]!;
    const day = parseCalendarDate(new Date(Date.UTC(2026, 10, 27 - back)).toISOString().slice(0, 10));
    const store = await stored(centre);
    const head = (await store.readHead())!.head;
    const slice = await store.readSlice(child.id);
    expect(slice.entries.every((e) => e.child === child.id)).toBe(true);
    const options = { asOf: day, locale, audience, framework };
    const whole = JSON.stringify(progressReport(centre, child.id, options));
    expect(JSON.stringify(progressReport(centreFromSlice(head, slice), child.id, options))).toBe(whole);
  });

  it("a group's weekly plan from the group's slice equals the plan from the whole centre", async () => {
    for (const centre of centres) {
      const store = await stored(centre);
      const head = (await store.readHead())!.head;
      for (const group of centre.groups) {
        const members = centre.children.filter((c) => c.group === group.id).map((c) => c.id);
        const slice = await store.readSlice(members);
        const options = { week: "2026-11-30", asOf };
        expect(JSON.stringify(weeklyPlan(centreFromSlice(head, slice), group.id, options))).toBe(JSON.stringify(weeklyPlan(centre, group.id, options)));
      }
    }
  });

  it("the slices of every child, in cursor order, are the whole journal", async () => {
    const centre = centres[1]!;
    const store = await stored(centre);
    const all = await store.readSlice(centre.children.map((c) => c.id));
    expect(all.entries).toEqual(centre.journal.entries);
    const slice = await store.readSlice(centre.children[3]!.id);
    // Retractions and corrections travel with the child they are about.
    const ids = new Set(slice.entries.map((e) => e.id));
    for (const e of slice.entries) if (e.kind === "retraction" || e.kind === "correction") expect(ids.has(e.target)).toBe(true);
  });
});

describe("readSince pages through the journal", () => {
  it("pages of any size, concatenated, are the journal; the cursor only grows", async () => {
    const centre = centres[0]!;
    const store = await stored(centre);
    for (const limit of [1, 13, 1000, 100_000]) {
      const seen: Observation[] = [];
      let cursor: StoreCursor | undefined;
      let previous = -1;
      for (;;) {
        const delta = await store.readSince(cursor, { limit });
        seen.push(...delta.entries);
        expect(Number(delta.cursor)).toBeGreaterThanOrEqual(previous);
        previous = Number(delta.cursor);
        cursor = delta.cursor;
        if (!delta.more) break;
      }
      expect(seen).toEqual(centre.journal.entries);
      expect((await store.readSince(cursor)).entries).toEqual([]);
    }
  });
});

describe("the memory store rejects bad input with every problem", () => {
  it("a bad cursor or limit is a ValidationError", async () => {
    const store = createMemoryStore();
    await expect(store.readSince("not-a-cursor")).rejects.toBeInstanceOf(ValidationError);
    await expect(store.readSince(undefined, { limit: 0 })).rejects.toBeInstanceOf(ValidationError);
  });
});

runContractSuite("memory store", async () => createMemoryStore(), { describe, it });
