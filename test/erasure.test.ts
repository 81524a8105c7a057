import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  applyTombstones,
  type Centre,
  checkCentre,
  eraseChild,
  type Journal,
  mergeJournals,
  type Observation,
  ObservationSchema,
  parseCentre,
  record,
  serializeCentre,
  ValidationError,
} from "../src/index.js";
import { deepFreeze } from "./helpers/arbitraries.js";
import { tinyCentre } from "./helpers/fixture.js";

/** The tiny centre plus another child's entries that name Ayu (c-001). */
function withMentions(): Centre {
  return record(tinyCentre(), [
    {
      kind: "anecdote", id: "a-9", child: "c-002", date: "2026-09-10", author: "e-01", visibility: "family",
      text: "Bima membangun menara bersama ayu lestari, lalu meminjamkan baloknya.", indicators: [],
    },
    {
      kind: "evidence", id: "ev-9", child: "c-002", date: "2026-09-11", author: "e-01", visibility: "staff",
      evidence: "photo-series", indicators: [],
      items: [{ ref: "media/c-001/group-photo.jpg", caption: "Bima dan Ayu di taman" }, { ref: "media/c-002/solo.jpg" }],
    },
    {
      kind: "assessment", id: "as-9", child: "c-002", date: "2026-09-12", author: "e-01", visibility: "staff",
      indicator: "stppa2014.48-60.kog.c.3", level: "MB", note: "Dibantu c-0019, bukan c-001x.",
    },
  ]);
}

describe("erase then merge with an older copy (UU PDP erasure that lasts)", () => {
  it("does not bring the erased child's entries back, and says how many it dropped", () => {
    const backup = deepFreeze(tinyCentre());
    const { centre: erased } = eraseChild(backup, "c-001", { erasedOn: "2026-12-04" });
    for (const [a, b] of [[erased.journal, backup.journal], [backup.journal, erased.journal]] as const) {
      const merged = mergeJournals(a, b);
      expect(merged.journal.entries.map((e) => e.id)).toEqual(["o-3"]);
      expect(merged.dropped).toBe(2);
      expect(merged.conflicts).toEqual([]);
      expect(merged.journal.erased).toEqual([{ child: "c-001", erasedOn: "2026-12-04" }]);
    }
  });

  it("keeps dropping after further merges and an offline tablet recording more about the child", () => {
    const base = tinyCentre();
    const tablet = record(base, {
      kind: "lesson", id: "t-1", child: "c-001", date: "2026-12-05", author: "e-01", visibility: "family",
      activity: "mont.sensorial.pink-tower", stage: "practicing",
    });
    const office = eraseChild(base, "c-001").centre;
    const once = mergeJournals(office.journal, base.journal).journal;
    const twice = mergeJournals(tablet.journal, once);
    expect(twice.journal.entries.some((e) => e.child === "c-001")).toBe(false);
    expect(twice.dropped).toBe(3);
  });

  it("applyTombstones drops an erased child's entries from any copy and records the tombstone", () => {
    const backup = tinyCentre();
    const { centre } = eraseChild(backup, "c-001", { erasedOn: "2026-12-04" });
    const { journal, dropped } = applyTombstones(backup.journal, centre.journal.erased ?? []);
    expect(dropped).toBe(2);
    expect(journal.entries.map((e) => e.id)).toEqual(["o-3"]);
    expect(journal.erased).toEqual(centre.journal.erased);
    expect(applyTombstones(journal, []).dropped).toBe(0);
  });

  it("the tombstone holds the pseudonymous id and the day only, and round-trips through the document", () => {
    const { centre, tombstone } = eraseChild(tinyCentre(), "c-001", { erasedOn: "2026-12-04" });
    expect(tombstone).toEqual({ child: "c-001", erasedOn: "2026-12-04" });
    const text = serializeCentre(centre);
    expect(text).not.toContain("Ayu");
    expect(text).not.toContain("2022-04-15");
    expect(text.split("c-001").length - 1).toBe(1);
    expect(parseCentre(text)).toEqual(centre);
    expect(checkCentre(parseCentre(text))).toEqual([]);
  });

  it("a document without tombstones keeps its shape (old documents stay valid and unchanged)", () => {
    const centre = tinyCentre();
    expect("erased" in centre.journal).toBe(false);
    expect("erased" in mergeJournals(centre.journal, centre.journal).journal).toBe(false);
  });

  it("refuses an invalid child id or day with a ValidationError naming each field", () => {
    const e = (() => {
      try {
        eraseChild(tinyCentre(), "", { erasedOn: "2026-02-30" });
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).issues.map((i) => i.path)).toEqual(["childId", "erasedOn"]);
  });

  it("checkCentre reports a roster child or an entry whose id was erased", () => {
    const { centre } = eraseChild(tinyCentre(), "c-001");
    const doc = JSON.parse(serializeCentre(centre));
    doc.journal.erased.push({ child: "c-002" });
    const issues = checkCentre(doc as Centre);
    expect(issues.map((i) => i.path)).toEqual(["children[0].id", "journal.entries[0].child"]);
  });
});

describe("eraseChild reports what it could not remove", () => {
  it("lists mentions of the child in other children's free text, evidence refs and captions", () => {
    const { remaining, scrubbed } = eraseChild(deepFreeze(withMentions()), "c-001");
    expect(scrubbed).toEqual([]);
    expect(remaining.map((m) => `${m.observation} ${m.path} ${m.matched}`)).toEqual([
      "a-9 text name",
      "ev-9 items[0].ref id",
      "ev-9 items[0].caption nickname",
    ]);
  });

  it("scrubs them on request, and a merge with the older copy keeps the scrubbed versions", () => {
    const before = deepFreeze(withMentions());
    const { centre, remaining, scrubbed } = eraseChild(before, "c-001", { scrub: true, erasedOn: "2026-12-04" });
    expect(remaining).toEqual([]);
    expect(scrubbed).toHaveLength(3);
    const text = serializeCentre(centre);
    expect(text).not.toMatch(/ayu/i);
    expect(text).toContain("media/[…]/group-photo.jpg");
    expect(text).toContain("Dibantu c-0019, bukan c-001x.");
    for (const [a, b] of [[centre.journal, before.journal], [before.journal, centre.journal]] as const) {
      const merged = mergeJournals(a, b);
      expect(merged.conflicts).toEqual([]);
      expect(merged.scrubbedKept).toBe(2);
      expect(JSON.stringify(merged.journal)).not.toMatch(/ayu/i);
    }
    expect(parseCentre(text)).toEqual(centre);
  });
});

describe("mergeJournals with tombstones keeps the merge laws", () => {
  // Versions of one id are about one child (ids are unique per child, as `<id>.<childId>`).
  const obs = fc
    .record({
      n: fc.integer({ min: 1, max: 6 }),
      day: fc.integer({ min: 1, max: 9 }),
      level: fc.constantFrom("BB", "MB", "BSH", "BSB" as const),
    })
    .map(
      (o) =>
        ObservationSchema.parse({
          kind: "assessment", id: `m-${o.n}`, child: `c-00${(o.n % 3) + 1}`, date: `2026-10-0${o.day}`, author: "e-01",
          visibility: "family", indicator: "stppa2014.48-60.kog.c.3", level: o.level,
        }) as Observation,
    );
  const journal = fc
    .tuple(fc.array(obs, { maxLength: 8 }), fc.subarray(["c-001", "c-002"]), fc.option(fc.constantFrom("2026-11-01", "2026-11-02"), { nil: undefined }))
    .map(([entries, erased, day]): Journal => {
      const seen = new Set<string>();
      const j: Journal = { schemaVersion: 1, entries: entries.filter((e) => !seen.has(e.id) && seen.add(e.id)) };
      return erased.length === 0 ? j : applyTombstones(j, erased.map((child) => ({ child, ...(day ? { erasedOn: day } : {}) })) as never).journal;
    });
  fcTest.prop([journal, journal])("is commutative and never keeps an erased child's entry", (a, b) => {
    const ab = mergeJournals(a, b);
    expect(ab.journal).toEqual(mergeJournals(b, a).journal);
    const gone = new Set((ab.journal.erased ?? []).map((t) => t.child));
    expect(ab.journal.entries.some((e) => gone.has(e.child))).toBe(false);
  });
  fcTest.prop([journal, journal, journal])("is associative", (a, b, c) => {
    expect(mergeJournals(mergeJournals(a, b).journal, c).journal).toEqual(mergeJournals(a, mergeJournals(b, c).journal).journal);
  });
  fcTest.prop([journal, journal])("is idempotent", (a, b) => {
    const ab = mergeJournals(a, b).journal;
    expect(mergeJournals(ab, b).journal).toEqual(ab);
    expect(mergeJournals(ab, ab).dropped).toBe(0);
  });
});
