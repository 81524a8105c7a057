// Differential test of the live journal: for random sequences of record / checklist / retract /
// correct / erase / merge / save-and-reload, every report, plan and summary of the centre the
// sequence ends with equals, byte for byte, the one computed from a fresh parseCentre of its
// serialised document; and every earlier centre value still gives what it gave when it was made.
import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  type Centre,
  correct,
  createSampleCentre,
  effectiveObservations,
  entriesSince,
  eraseChild,
  latestLevels,
  mergeCentres,
  type ObservationInput,
  parseCalendarDate,
  parseCentre,
  progressReport,
  record,
  recordChecklist,
  resolveCurriculum,
  retract,
  serializeCentre,
  summarize,
  weeklyPlan,
} from "../src/index.js";
import { deepFreeze } from "./helpers/arbitraries.js";

const asOf = parseCalendarDate("2026-11-27");
const period = { from: parseCalendarDate("2026-07-01"), to: parseCalendarDate("2026-12-31") };
// Read back once, so every entry has the key order a parsed document has (the sample builds some
// entries by hand); what is compared below is then the live journal against the saved document.
const base = deepFreeze(parseCentre(JSON.parse(serializeCentre(createSampleCentre({ seed: 11, children: 8, weeks: 6, asOf: "2026-11-27" })))));
const curriculum = resolveCurriculum(base);
const indicators = [...curriculum.indicators.keys()].filter((id) => id.startsWith("stppa2014.")).slice(0, 40);
const activities = [...curriculum.activities.keys()].slice(0, 40);
const levels = ["BB", "MB", "BSH", "BSB"] as const;

/** Everything an app shows, as text: reports (staff and family), plans, summary, latest levels, effective journal. */
function outputs(c: Centre): string[] {
  const out: string[] = [];
  for (const child of c.children) {
    out.push(JSON.stringify(progressReport(c, child.id, { asOf })));
    out.push(JSON.stringify(progressReport(c, child.id, { asOf, audience: "family", locale: "en" })));
  }
  for (const g of c.groups) out.push(JSON.stringify(weeklyPlan(c, g.id, { week: "2026-11-30", asOf })));
  out.push(JSON.stringify(summarize(c, { asOf, period })));
  out.push(JSON.stringify(latestLevels(c, { asOf })));
  out.push(JSON.stringify(effectiveObservations(c.journal)));
  return out;
}

const reloaded = (c: Centre): Centre => parseCentre(JSON.parse(serializeCentre(c)));

type Op =
  | { kind: "record"; child: number; what: number; day: number; pick: number }
  | { kind: "checklist"; group: number; pick: number; day: number }
  | { kind: "retract"; pick: number }
  | { kind: "correct"; pick: number; level: number }
  | { kind: "erase"; child: number }
  | { kind: "merge"; from: number; child: number; pick: number }
  | { kind: "reload" };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant("record" as const), child: fc.nat(), what: fc.nat(2), day: fc.nat(20), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("checklist" as const), group: fc.nat(), pick: fc.nat(), day: fc.nat(20) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("retract" as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("correct" as const), pick: fc.nat(), level: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("erase" as const), child: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("merge" as const), from: fc.nat(), child: fc.nat(), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant({ kind: "reload" as const }) },
);

let counter = 0;
function observation(c: Centre, childIndex: number, what: number, day: number, pick: number): ObservationInput {
  const child = c.children[childIndex % c.children.length]!;
  const date = `2026-11-${String(1 + (day % 27)).padStart(2, "0")}`;
  const common = { id: `t-${++counter}`, child: child.id, date, author: c.educators[0]!.id, visibility: pick % 3 === 0 ? "staff" : "family" } as const;
  if (what === 0) return { ...common, kind: "assessment", indicator: indicators[pick % indicators.length]!, level: levels[pick % 4]! } as ObservationInput;
  if (what === 1) return { ...common, kind: "lesson", activity: activities[pick % activities.length]!, stage: (["presented", "practicing", "mastered"] as const)[pick % 3]! } as ObservationInput;
  return { ...common, kind: "anecdote", text: `Catatan ${counter}`, indicators: [indicators[pick % indicators.length]!] } as ObservationInput;
}

function apply(c: Centre, o: Op, history: readonly Centre[]): Centre {
  switch (o.kind) {
    case "record":
      if (c.children.length === 0) return c;
      return record(c, observation(c, o.child, o.what, o.day, o.pick));
    case "checklist": {
      const group = c.groups[o.group % c.groups.length]!;
      const members = c.children.filter((ch) => ch.group === group.id);
      if (members.length === 0) return c;
      return recordChecklist(c, {
        id: `ck-${++counter}`,
        date: `2026-11-${String(1 + (o.day % 27)).padStart(2, "0")}`,
        author: c.educators[0]!.id,
        visibility: "family",
        indicator: indicators[o.pick % indicators.length]!,
        results: members.map((m, i) => ({ child: m.id, level: levels[(o.pick + i) % 4]! })),
      });
    }
    case "retract": {
      const live = effectiveObservations(c.journal);
      if (live.length === 0) return c;
      const target = live[o.pick % live.length]!;
      return retract(c, { id: `r-${++counter}`, target: target.id, date: "2026-11-27", author: c.educators[0]!.id });
    }
    case "correct": {
      const live = effectiveObservations(c.journal).filter((e) => e.kind === "assessment");
      if (live.length === 0) return c;
      const target = live[o.pick % live.length]!;
      if (target.kind !== "assessment") return c;
      return correct(c, {
        id: `f-${++counter}`,
        target: target.id,
        date: "2026-11-27",
        author: c.educators[0]!.id,
        replacement: { kind: "assessment", date: target.date, author: target.author, visibility: target.visibility, indicator: target.indicator, level: levels[o.level]! },
      });
    }
    case "erase":
      if (c.children.length <= 1) return c;
      return eraseChild(c, c.children[o.child % c.children.length]!.id).centre;
    case "merge": {
      // Another tablet: an earlier copy that recorded something of its own.
      const other = history[o.from % history.length]!;
      const children = other.children.filter((ch) => c.children.some((x) => x.id === ch.id));
      if (children.length === 0) return c;
      const child = children[o.child % children.length]!;
      const tablet = record(other, observation(other, other.children.indexOf(child), o.pick % 3, o.pick, o.pick));
      // An erased child stays erased: the tombstones keep it out of the merged roster and journal.
      const merged = mergeCentres(c, tablet).centre;
      expect(merged.children.map((ch) => ch.id).sort()).toEqual(c.children.map((ch) => ch.id).sort());
      return merged;
    }
    case "reload":
      return reloaded(c);
    default:
      return o satisfies never;
  }
}

describe("live journal, differential", () => {
  fcTest.prop([fc.array(op, { minLength: 1, maxLength: 10 })], { numRuns: 12 })(
    "reports, plans and summaries equal those of the reloaded document, and earlier values keep theirs",
    (ops) => {
      let c: Centre = base;
      const history: Centre[] = [c];
      const seen = new Map<Centre, string[]>();
      for (const o of ops) {
        c = apply(c, o, history);
        history.push(c);
        if (history.length % 3 === 0) seen.set(c, outputs(c));
      }
      expect(outputs(c)).toEqual(outputs(reloaded(c)));
      for (const [value, before] of seen) expect(outputs(value)).toEqual(before);
    },
  );

  it("the given centre still answers as before after a newer value is made from it", () => {
    const before = outputs(base);
    let c: Centre = base;
    for (let i = 0; i < 30; i++) c = record(c, observation(c, i, i % 3, i, i * 7));
    const branch = record(base, observation(base, 0, 0, 1, 3));
    expect(outputs(base)).toEqual(before);
    expect(branch.journal.entries.length).toBe(base.journal.entries.length + 1);
    expect(c.journal.entries.length).toBe(base.journal.entries.length + 30);
  });
});

describe("entriesSince", () => {
  it("gives what was recorded since the cursor, and everything when the journal is not the cursor's", () => {
    const first = entriesSince(base);
    expect(first.complete).toBe(true);
    expect(first.entries.length).toBe(base.journal.entries.length);
    let c: Centre = base;
    const added: string[] = [];
    for (let i = 0; i < 5; i++) {
      const o = observation(c, i, 0, i, i);
      added.push(o.id as string);
      c = record(c, o);
    }
    const delta = entriesSince(c, first.cursor);
    expect(delta.complete).toBe(false);
    expect(delta.entries.map((e) => e.id)).toEqual(added);
    expect(entriesSince(c, delta.cursor).entries).toEqual([]);
    // A reloaded document is read from the start of the same entries: the cursor still fits.
    expect(entriesSince(reloaded(c), first.cursor).entries.map((e) => e.id)).toEqual(added);
    // After a merge the journal is re-ordered: the cursor does not fit, everything comes back.
    const merged = mergeCentres(c, base).centre;
    const again = entriesSince(merged, delta.cursor);
    expect(again.complete || again.entries.length === 0).toBe(true);
  });
});
