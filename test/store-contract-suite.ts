// The storage contract as scenarios any store must pass: run by vitest for the memory and SQLite
// stores (runContractSuite) and inside Chromium for the IndexedDB store (contractScenarios has
// no Node or vitest import, so it bundles for the browser).
import {
  type Centre,
  type CentreStore,
  centreHead,
  createSampleCentre,
  type Observation,
  ValidationError,
} from "../src/index.js";

export interface Scenario {
  readonly name: string;
  readonly run: (store: CentreStore) => Promise<void>;
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** JSON with object keys sorted (a store returns parsed entries, whose key order may differ). */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  ) ?? "undefined";
}

function same(actual: unknown, expected: unknown, message: string): void {
  const a = canonical(actual);
  const b = canonical(expected);
  if (a !== b) throw new Error(`${message}: expected ${b.slice(0, 300)}, got ${a.slice(0, 300)}`);
}

async function rejection(promise: Promise<unknown>): Promise<ValidationError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw new Error(`expected a ValidationError, got ${String(e)}`);
  }
  throw new Error("expected a rejection");
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A small centre to store (6 children, 2 weeks of journal). */
export function smallCentre(): Centre {
  return createSampleCentre({ seed: 12, children: 6, weeks: 2, asOf: "2026-11-27" });
}

function assessment(id: string, child: string, extra: Partial<Record<string, unknown>> = {}): Record<string, unknown> {
  return { kind: "assessment", id, child, date: "2026-11-27", author: "e-01", visibility: "family", indicator: "stppa2014.48-60.kog.c.3", level: "MB", ...extra };
}

async function filled(store: CentreStore, centre: Centre): Promise<void> {
  const w = await store.writeHead(centreHead(centre), 0);
  check(w.ok && w.version === 1, `first head write: ${JSON.stringify(w)}`);
  await store.append(centre.journal.entries);
}

export const contractScenarios: readonly Scenario[] = [
  {
    name: "an empty store has no head and no entries",
    run: async (store) => {
      same(await store.readHead(), undefined, "head");
      const delta = await store.readSince();
      same([delta.entries.length, delta.erased.length, delta.more], [0, 0, false], "delta");
      same((await store.readSlice("c-001")).entries, [], "slice");
    },
  },
  {
    name: "writeHead is a compare-and-swap and validates the head",
    run: async (store) => {
      const centre = smallCentre();
      const head = centreHead(centre);
      same(await store.writeHead(head, 0), { ok: true, version: 1 }, "create");
      const stale = await store.writeHead(head, 0);
      check(!stale.ok && stale.current?.version === 1, `stale write refused: ${JSON.stringify(stale).slice(0, 200)}`);
      same(await store.writeHead({ ...head, settings: { ...head.settings, name: "TARA Melati 2" } }, 1), { ok: true, version: 2 }, "update");
      same((await store.readHead())?.head.settings.name, "TARA Melati 2", "read back");
      const bad = { ...head, children: [{ ...head.children[0]!, birthDate: "2026-02-30", group: "g-none" }, ...head.children.slice(1)] };
      const error = await rejection(store.writeHead(bad as never, 2));
      const paths = error.issues.map((i) => i.path);
      check(paths.includes("children[0].birthDate"), `bad date named: ${paths.join(", ")}`);
      same((await store.readHead())?.version, 2, "nothing written by a bad head");
    },
  },
  {
    name: "append is atomic and rejects duplicates, unknown children and bad targets, naming each",
    run: async (store) => {
      const centre = smallCentre();
      await filled(store, centre);
      const before = await store.readSince();
      const first = centre.journal.entries[0]!;
      const kid = centre.children[0]!.id;
      const other = centre.children[1]!.id;
      const batch = deepFreeze([
        assessment("new-1", kid),
        assessment(first.id, kid),
        assessment("new-2", "c-nobody"),
        { kind: "retraction", id: "new-3", child: kid, date: "2026-11-27", author: "e-01", visibility: "staff", target: "missing" },
        assessment("new-1", kid),
        { kind: "retraction", id: "new-4", child: other, date: "2026-11-27", author: "e-01", visibility: "staff", target: "new-1" },
        { ...assessment("new-5", kid), level: "XX" },
      ]);
      const shape = await rejection(store.append(batch));
      same(shape.issues.map((i) => i.path), ["[6].level"], "shape problems first");
      const error = await rejection(store.append(batch.slice(0, 6)));
      same(
        error.issues.map((i) => `${i.path} ${i.code}`),
        ["[1].id duplicate_id", "[2].child unknown_reference", "[3].target unknown_reference", "[4].id duplicate_id", "[5].child invalid_value"],
        "every problem",
      );
      const after = await store.readSince();
      same([after.entries.length, after.cursor], [before.entries.length, before.cursor], "nothing appended");
      const ok = await store.append([assessment("new-1", kid), { kind: "retraction", id: "new-4", child: kid, date: "2026-11-27", author: "e-01", visibility: "staff", target: "new-1" }]);
      check(ok.appended === 2 && Number(ok.cursor) > Number(before.cursor), `appended: ${JSON.stringify(ok)}`);
      const slice = await store.readSlice(kid);
      same(slice.entries.slice(-2).map((e) => e.id), ["new-1", "new-4"], "a retraction in the same batch travels with its child");
      same((await rejection(store.append([assessment("new-1", kid)]))).issues[0]?.code, "duplicate_id", "a stored id");
    },
  },
  {
    name: "slices hold a child's entries in append order; the cursor only grows",
    run: async (store) => {
      const centre = smallCentre();
      await filled(store, centre);
      for (const child of centre.children) {
        const slice = await store.readSlice(child.id);
        same(slice.entries, centre.journal.entries.filter((e) => e.child === child.id), `slice of ${child.id}`);
      }
      const two = [centre.children[0]!.id, centre.children[2]!.id];
      same((await store.readSlice(two)).entries, centre.journal.entries.filter((e) => two.includes(e.child)), "two children, interleaved in order");
      const a = await store.append([assessment("late-1", two[0]!)]);
      const b = await store.append([assessment("late-2", two[1]!)]);
      check(Number(b.cursor) > Number(a.cursor), "cursor grows");
      const delta = await store.readSince(a.cursor);
      same(delta.entries.map((e: Observation) => e.id), ["late-2"], "entries after a cursor");
      same(delta.cursor, b.cursor, "cursor of the delta");
    },
  },
  {
    name: "a head that drops a child with entries is refused; erasure removes the child and leaves a tombstone",
    run: async (store) => {
      const centre = smallCentre();
      await filled(store, centre);
      const start = await store.readSince();
      const stored = (await store.readHead())!;
      const gone = centre.children[1]!.id;
      const without = { ...stored.head, children: stored.head.children.filter((c) => c.id !== gone) };
      const refused = await rejection(store.writeHead(without, stored.version));
      same(refused.issues.map((i) => i.code), ["conflict"], "drop refused");
      const count = centre.journal.entries.filter((e) => e.child === gone).length;
      const erasure = await store.eraseChild(gone);
      same(erasure, { child: true, entries: count, version: stored.version + 1 }, "erasure");
      same((await store.readSlice(gone)).entries, [], "no entries left");
      same((await store.readHead())!.head.children.some((c) => c.id === gone), false, "child gone from the roster");
      const since = await store.readSince(start.cursor);
      same([since.entries.length, since.erased], [0, [gone]], "tombstone after the cursor");
      const fromStart = await store.readSince();
      same(fromStart.entries.length, centre.journal.entries.length - count, "the journal without the child");
      same((await rejection(store.append([assessment("after-erase", gone)]))).issues[0]?.code, "unknown_reference", "no entry for an erased child");
    },
  },
  {
    name: "a closed store refuses further calls",
    run: async (store) => {
      await store.close();
      let failed = false;
      try {
        await store.readHead();
      } catch {
        failed = true;
      }
      check(failed, "readHead after close rejects");
    },
  },
];

/** The two vitest functions the suite needs (passed in, so this file imports no vitest). */
export interface Registrar {
  readonly describe: (name: string, body: () => void) => void;
  readonly it: (name: string, body: () => Promise<void>) => void;
}

/** Registers the scenarios with vitest, each on a fresh store. */
export function runContractSuite(name: string, open: () => Promise<CentreStore>, { describe, it }: Registrar): void {
  describe(`storage contract: ${name}`, () => {
    for (const scenario of contractScenarios) {
      it(scenario.name, async () => {
        const store = await open();
        try {
          await scenario.run(store);
        } finally {
          await store.close().catch(() => undefined);
        }
      });
    }
  });
}
