/**
 * The reference store: the storage contract kept in memory, for tests, for apps that persist
 * elsewhere, and as the model the durable stores are tested against.
 *
 * @module
 */
import { ValidationError } from "../errors/index.js";
import type { ChildId, Observation } from "../model/index.js";
import { checkBatch, checkDropped, childList, cursorSeq, droppedChildren, pageLimit, parseBatch, parseHead, seqCursor } from "./check.js";
import type { AppendResult, CentreHead, CentreStore, HeadWrite, StoreDelta, JournalSlice, StoredHead, StoreErasure } from "./contract.js";

interface Row {
  readonly seq: number;
  readonly entry: Observation;
}

/**
 * Creates an empty store held in memory (lost when the program ends). Every write is validated
 * exactly as the durable stores validate it.
 *
 * @returns a store implementing {@link CentreStore}
 * @example
 * ```ts
 * const store = createMemoryStore();
 * await store.writeHead(centreHead(centre), 0); // => { ok: true, version: 1 }
 * await store.append(centre.journal.entries);
 * (await store.readSlice("c-001")).entries.length; // => that child's entries
 * ```
 * @category Storage
 */
export function createMemoryStore(): CentreStore {
  let stored: StoredHead | undefined;
  let seq = 0;
  let closed = false;
  /** Rows in append order (erased rows are removed). */
  let rows: Row[] = [];
  const byId = new Map<string, Row>();
  const byChild = new Map<string, Row[]>();
  const erasures: { readonly seq: number; readonly child: ChildId }[] = [];
  const roster = new Set<string>();

  // Each method runs to completion before the next starts (one JavaScript thread), so a method
  // body is a transaction: it checks everything, then writes.
  const run = <T>(body: () => T): Promise<T> => {
    if (closed) return Promise.reject(new Error("the store is closed"));
    try {
      return Promise.resolve(body());
    } catch (e) {
      return Promise.reject(e);
    }
  };

  return {
    readHead: () => run(() => stored),
    writeHead: (head: CentreHead, expectedVersion: number) =>
      run((): HeadWrite => {
        const parsed = parseHead(head);
        const version = stored?.version ?? 0;
        if (expectedVersion !== version) return { ok: false, current: stored };
        checkDropped(droppedChildren(stored?.head, parsed), (child) => (byChild.get(child)?.length ?? 0) > 0);
        stored = { head: parsed, version: version + 1 };
        roster.clear();
        for (const c of parsed.children) roster.add(c.id);
        return { ok: true, version: stored.version };
      }),
    append: (input: readonly unknown[]) =>
      run((): AppendResult => {
        const batch = parseBatch(input);
        const found = new Map<string, string>();
        for (const id of batch.lookups) {
          const row = byId.get(id);
          if (row !== undefined) found.set(id, row.entry.child);
        }
        checkBatch(batch, found, (child) => roster.has(child));
        for (const entry of batch.entries) {
          const row = { seq: ++seq, entry };
          rows.push(row);
          byId.set(entry.id, row);
          const list = byChild.get(entry.child);
          if (list === undefined) byChild.set(entry.child, [row]);
          else list.push(row);
        }
        return { appended: batch.entries.length, cursor: seqCursor(seq) };
      }),
    readSlice: (children: string | readonly string[]) =>
      run((): JournalSlice => {
        const list = childList(children);
        const picked = list.flatMap((c) => byChild.get(c) ?? []);
        if (list.length > 1) picked.sort((a, b) => a.seq - b.seq);
        return { children: list as ChildId[], entries: picked.map((r) => r.entry) };
      }),
    readSince: (cursor, options) =>
      run((): StoreDelta => {
        const after = cursorSeq(cursor);
        const limit = pageLimit(options);
        // Rows are in seq order: find the first after the cursor by bisection.
        let lo = 0;
        let hi = rows.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (rows[mid]!.seq <= after) lo = mid + 1;
          else hi = mid;
        }
        const page = rows.slice(lo, lo + limit);
        const more = lo + limit < rows.length;
        const last = more ? page[page.length - 1]!.seq : Math.max(after, seq);
        const erased = erasures.filter((e) => e.seq > after && e.seq <= last).map((e) => e.child);
        return { entries: page.map((r) => r.entry), erased, cursor: seqCursor(last), more };
      }),
    eraseChild: (child: string) =>
      run((): StoreErasure => {
        if (typeof child !== "string") throw new ValidationError([{ path: "child", code: "invalid_type", message: "expected a child id" }]);
        const removed = byChild.get(child) ?? [];
        const inRoster = roster.has(child);
        if (removed.length > 0) {
          const gone = new Set(removed);
          rows = rows.filter((r) => !gone.has(r));
          for (const r of removed) byId.delete(r.entry.id);
          byChild.delete(child);
        }
        if (inRoster && stored !== undefined) {
          stored = { head: { ...stored.head, children: stored.head.children.filter((c) => c.id !== child) }, version: stored.version + 1 };
          roster.delete(child);
        }
        erasures.push({ seq: ++seq, child: child as ChildId });
        return { child: inRoster, entries: removed.length, version: stored?.version ?? 0 };
      }),
    close: () => {
      closed = true;
      return Promise.resolve();
    },
  };
}
