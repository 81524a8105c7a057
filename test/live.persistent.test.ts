// The persistent structures behind the live journal (internal): every version keeps answering as
// it did when it was made, whatever is made from it later.
import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { AppendLog, HashMap } from "../src/journal/persistent.js";

type Op = { kind: "set"; key: string; value: number } | { kind: "delete"; key: string } | { kind: "batch"; pairs: [string, number][] };

// Few distinct keys, so sets, overwrites and deletes of one key meet often.
const key = fc.oneof(fc.constantFrom("a", "b", "c", "obs-1", "obs-2", ""), fc.string({ maxLength: 4 }));
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("set" as const), key, value: fc.integer() }),
  fc.record({ kind: fc.constant("delete" as const), key }),
  fc.record({ kind: fc.constant("batch" as const), pairs: fc.array(fc.tuple(key, fc.integer()), { maxLength: 20 }) }),
);

describe("HashMap", () => {
  fcTest.prop([fc.array(op, { maxLength: 60 })])("answers like a Map, and every older version keeps its answers", (ops) => {
    let map = HashMap.empty<number>();
    const model = new Map<string, number>();
    const history: { map: HashMap<number>; model: Map<string, number> }[] = [];
    for (const o of ops) {
      if (o.kind === "set") {
        map = map.set(o.key, o.value);
        model.set(o.key, o.value);
      } else if (o.kind === "delete") {
        map = map.delete(o.key);
        model.delete(o.key);
      } else {
        map = map.setMany(o.pairs);
        for (const [k, v] of o.pairs) model.set(k, v);
      }
      history.push({ map, model: new Map(model) });
    }
    for (const h of history) {
      expect(h.map.size).toBe(h.model.size);
      for (const [k, v] of h.model) expect(h.map.get(k)).toBe(v);
      expect(new Map(h.map.entries())).toEqual(h.model);
    }
  });

  it("holds keys whose 32-bit hashes collide", () => {
    // FNV-1a as the map uses it: these two keys share all 32 bits (found by search).
    const hash = (s: string) => {
      let h = 0x811c9dc5 | 0;
      for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
      return h >>> 0;
    };
    const [x, y] = ["o-qyra3p", "o-y0yeiv"];
    expect(hash(x)).toBe(hash(y));
    const pairs: [string, number][] = [];
    for (let i = 0; i < 50_000; i++) pairs.push([`k${i}`, i]);
    for (const build of [
      (base: HashMap<number>) => base.setMany([[x, 1], [y, 2]]),
      (base: HashMap<number>) => base.set(y, 2).set(x, 1),
    ]) {
      const map = build(HashMap.empty<number>().setMany(pairs));
      expect(map.size).toBe(pairs.length + 2);
      expect([map.get(x), map.get(y), map.get("k49999")]).toEqual([1, 2, 49_999]);
      const without = map.delete(x);
      expect([without.get(x), without.get(y), without.size]).toEqual([undefined, 2, pairs.length + 1]);
      expect(without.delete(y).get(y)).toBeUndefined();
      expect(map.get(x)).toBe(1);
      expect(new Map(map.entries()).size).toBe(pairs.length + 2);
    }
  });

  it("a batch does not edit the map it started from", () => {
    const a = HashMap.empty<number>().setMany([["x", 1], ["y", 2]]);
    const b = a.setMany([["x", 10], ["z", 3]]);
    const c = a.setMany([["y", 20]]);
    expect([a.get("x"), a.get("y"), a.get("z"), a.size]).toEqual([1, 2, undefined, 2]);
    expect([b.get("x"), b.get("y"), b.get("z"), b.size]).toEqual([10, 2, 3, 3]);
    expect([c.get("x"), c.get("y"), c.get("z"), c.size]).toEqual([1, 20, undefined, 2]);
  });
});

describe("AppendLog", () => {
  fcTest.prop([fc.array(fc.tuple(fc.nat(), fc.array(fc.integer(), { maxLength: 5000 })), { maxLength: 12 })])(
    "each version keeps its own prefix, also when an older version is appended to",
    (steps) => {
      const versions: { log: AppendLog<number>; items: number[] }[] = [{ log: AppendLog.empty(), items: [] }];
      for (const [from, items] of steps) {
        const base = versions[from % versions.length]!;
        versions.push({ log: base.log.append(items), items: [...base.items, ...items] });
      }
      for (const v of versions) {
        expect(v.log.length).toBe(v.items.length);
        expect(v.log.toArray()).toEqual(v.items);
      }
    },
  );
});
