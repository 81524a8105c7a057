// Runs inside Chromium: the storage contract's scenarios on the IndexedDB store, the slice proof
// (a report from head + one child's slice equals the whole centre's), and persistence across a
// closed connection. Bundled by indexeddb-store.test.ts.
import { centreFromSlice, centreHead, createSampleCentre, parseCalendarDate, progressReport } from "../../src/index.js";
import { openIndexedDbStore } from "../../src/browser/index.js";
import { contractScenarios } from "../store-contract-suite.js";

interface Outcome {
  readonly name: string;
  readonly error?: string;
}

let n = 0;
const fresh = () => openIndexedDbStore(`tumbuh-test-${Date.now()}-${++n}`);

async function proof(): Promise<void> {
  const asOf = parseCalendarDate("2026-11-27");
  const centre = createSampleCentre({ seed: 31, children: 10, weeks: 6, asOf });
  const name = `tumbuh-proof-${Date.now()}`;
  let store = await openIndexedDbStore(name);
  await store.writeHead(centreHead(centre), 0);
  for (let i = 0; i < centre.journal.entries.length; i += 150) await store.append(centre.journal.entries.slice(i, i + 150));
  await store.close();
  // Reopened: what was committed is there.
  store = await openIndexedDbStore(name);
  const head = (await store.readHead())!.head;
  for (const child of centre.children) {
    const slice = await store.readSlice(child.id);
    const a = JSON.stringify(progressReport(centreFromSlice(head, slice), child.id, { asOf }));
    const b = JSON.stringify(progressReport(centre, child.id, { asOf }));
    if (a !== b) throw new Error(`report of ${child.id} differs`);
  }
  const all = await store.readSince(undefined, { limit: 100_000 });
  if (all.entries.length !== centre.journal.entries.length) throw new Error(`journal has ${all.entries.length} entries, expected ${centre.journal.entries.length}`);
  await store.close();
}

async function run(): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const scenario of contractScenarios) {
    const store = await fresh();
    try {
      await scenario.run(store);
      outcomes.push({ name: scenario.name });
    } catch (e) {
      outcomes.push({ name: scenario.name, error: e instanceof Error ? `${e.message}\n${e.stack ?? ""}` : String(e) });
    } finally {
      await store.close().catch(() => undefined);
    }
  }
  try {
    await proof();
    outcomes.push({ name: "slice proof and persistence" });
  } catch (e) {
    outcomes.push({ name: "slice proof and persistence", error: String(e) });
  }
  return outcomes;
}

/** Writes a small centre and one batch, for the reload test. */
async function writeForReload(name: string): Promise<number> {
  const centre = createSampleCentre({ seed: 32, children: 4, weeks: 2, asOf: "2026-11-27" });
  const store = await openIndexedDbStore(name);
  await store.writeHead(centreHead(centre), 0);
  await store.append(centre.journal.entries);
  await store.close();
  return centre.journal.entries.length;
}

/** Reads back what writeForReload wrote, after the page was reloaded. */
async function readAfterReload(name: string): Promise<{ entries: number; version: number | undefined }> {
  const store = await openIndexedDbStore(name);
  const delta = await store.readSince(undefined, { limit: 100_000 });
  const head = await store.readHead();
  await store.close();
  return { entries: delta.entries.length, version: head?.version };
}

Object.assign(globalThis, { runStoreTests: run, writeForReload, readAfterReload });
