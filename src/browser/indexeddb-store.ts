/**
 * The IndexedDB store: the storage contract in the browser (and in any runtime with IndexedDB).
 * Import from `tumbuh/browser`; nothing here touches Node.
 *
 * One database per centre, four object stores: `head` (the head and its version), `journal`
 * (rows `{ seq, id, child, entry }` keyed by `seq`, the cursor; a unique index on `id`, an index
 * on `child` whose equal keys are ordered by `seq`, so a child's slice is one index range),
 * `erasures` (tombstones in the same sequence) and `counters`. Every write is one `readwrite`
 * transaction with `durability: "strict"` (the browser flushes it to disk before it reports
 * completion), so a batch is appended whole or not at all and survives a closed tab or a crash.
 * Several tabs may write at once: IndexedDB runs overlapping `readwrite` transactions one after
 * the other.
 *
 * @module
 */
import { ValidationError } from "../errors/index.js";
import type { ChildId, Observation } from "../model/index.js";
import { checkBatch, checkDropped, childList, cursorSeq, pageLimit, parseBatch, parseHead, seqCursor } from "../store/check.js";
import type { AppendResult, CentreHead, CentreStore, HeadWrite, StoreDelta, JournalSlice, StoredHead, StoreErasure } from "../store/contract.js";

// The few IndexedDB types used here, declared structurally so the core's type check does not
// take in the whole DOM library.
interface Req<T> {
  result: T;
  error: unknown;
  onsuccess: (() => void) | null;
  onerror: (() => void) | null;
}
interface OpenReq extends Req<Db> {
  onupgradeneeded: ((event: { readonly oldVersion: number }) => void) | null;
  onblocked: (() => void) | null;
}
interface KeyRangeStatic {
  lowerBound(lower: unknown, open?: boolean): unknown;
  bound(lower: unknown, upper: unknown, lowerOpen?: boolean, upperOpen?: boolean): unknown;
}
interface Cursor {
  readonly value: unknown;
  continue(): void;
  delete(): Req<undefined>;
}
interface Index {
  get(key: unknown): Req<unknown>;
  getAll(query?: unknown, count?: number): Req<unknown[]>;
  count(query?: unknown): Req<number>;
  openCursor(query?: unknown): Req<Cursor | null>;
}
interface ObjectStore {
  get(key: unknown): Req<unknown>;
  getAll(query?: unknown, count?: number): Req<unknown[]>;
  put(value: unknown, key?: unknown): Req<unknown>;
  add(value: unknown, key?: unknown): Req<unknown>;
  index(name: string): Index;
  createIndex(name: string, keyPath: string, options?: { unique?: boolean }): Index;
}
interface Tx {
  objectStore(name: string): ObjectStore;
  abort(): void;
  readonly error: unknown;
  oncomplete: (() => void) | null;
  onabort: (() => void) | null;
  onerror: (() => void) | null;
}
interface Db {
  transaction(stores: string[], mode: "readonly" | "readwrite", options?: { durability?: "strict" | "relaxed" | "default" }): Tx;
  createObjectStore(name: string, options?: { keyPath?: string }): ObjectStore;
  close(): void;
}
/**
 * The part of the browser's `indexedDB` factory the store uses.
 *
 * @category Browser
 */
export interface IndexedDbFactory {
  open(name: string, version?: number): unknown;
}

/**
 * Options of {@link openIndexedDbStore}.
 *
 * @category Browser
 */
export interface IndexedDbStoreOptions {
  /** The factory (default `globalThis.indexedDB`). */
  readonly indexedDB?: IndexedDbFactory;
  /** The key-range constructor (default `globalThis.IDBKeyRange`). */
  readonly keyRange?: unknown;
}

/** The schema version of the IndexedDB store this release writes. */
const DB_VERSION = 1;

interface JournalRow {
  readonly seq: number;
  readonly id: string;
  readonly child: string;
  readonly entry: Observation;
}

function request<T>(req: Req<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Runs `body` in one transaction: resolves when it committed, rejects (and aborts) on failure. */
function inTransaction<T>(db: Db, stores: string[], mode: "readonly" | "readwrite", body: (tx: Tx) => Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(stores, mode, mode === "readwrite" ? { durability: "strict" } : undefined);
    let result: T;
    let failure: { readonly error: unknown } | undefined;
    tx.oncomplete = () => (failure === undefined ? resolve(result) : reject(failure.error));
    tx.onabort = () => reject(failure === undefined ? (tx.error ?? new Error("the transaction was aborted")) : failure.error);
    body(tx).then(
      (value) => {
        result = value;
      },
      (error: unknown) => {
        failure = { error };
        try {
          tx.abort();
        } catch {
          // already finished: oncomplete reports the failure
        }
      },
    );
  });
}

/**
 * Opens (creating when missing) an IndexedDB store implementing the storage contract.
 *
 * @param name - the database name (one per centre, e.g. `tumbuh:tara-melati`)
 * @param options - see {@link IndexedDbStoreOptions}
 * @returns the store; close it when done
 * @throws an `Error` when IndexedDB is not available or the database is newer than this release
 * @example
 * ```ts
 * import { openIndexedDbStore } from "tumbuh/browser";
 * const store = await openIndexedDbStore("tumbuh:tara-melati");
 * await store.append([observation]);
 * const slice = await store.readSlice("c-001");
 * ```
 * @category Browser
 */
export async function openIndexedDbStore(name: string, options: IndexedDbStoreOptions = {}): Promise<CentreStore> {
  const g = globalThis as { indexedDB?: IndexedDbFactory; IDBKeyRange?: unknown };
  const factory = options.indexedDB ?? g.indexedDB;
  const range = (options.keyRange ?? g.IDBKeyRange) as KeyRangeStatic | undefined;
  if (factory === undefined || range === undefined) throw new Error("IndexedDB is not available here");
  const open = factory.open(name, DB_VERSION) as OpenReq;
  open.onupgradeneeded = (event) => {
    const db = open.result;
    // Migrations by version, like the SQLite store's; version 1 creates everything.
    if (event.oldVersion < 1) {
      db.createObjectStore("head");
      const journal = db.createObjectStore("journal", { keyPath: "seq" });
      journal.createIndex("id", "id", { unique: true });
      journal.createIndex("child", "child");
      db.createObjectStore("erasures", { keyPath: "seq" });
      db.createObjectStore("counters");
    }
  };
  open.onblocked = () => undefined;
  let db: Db;
  try {
    db = await request(open);
  } catch (e) {
    throw new Error(`cannot open the IndexedDB store ${JSON.stringify(name)}: ${String(e)}`);
  }
  return indexedDbStore(db, range);
}

function indexedDbStore(db: Db, range: KeyRangeStatic): CentreStore {
  let closed = false;
  const guard = <T>(body: () => Promise<T>): Promise<T> => {
    if (closed) return Promise.reject(new Error("the store is closed"));
    try {
      return body();
    } catch (e) {
      return Promise.reject(e);
    }
  };
  const storedHead = async (tx: Tx) => (await request(tx.objectStore("head").get("head"))) as StoredHead | undefined;
  const nextSeq = async (tx: Tx) => ((await request(tx.objectStore("counters").get("seq"))) as number | undefined) ?? 0;

  return {
    readHead: () => guard(() => inTransaction(db, ["head"], "readonly", storedHead)),
    writeHead: (head: CentreHead, expectedVersion: number) =>
      guard(() => {
        const parsed = parseHead(head);
        return inTransaction(db, ["head", "journal"], "readwrite", async (tx): Promise<HeadWrite> => {
          const current = await storedHead(tx);
          const version = current?.version ?? 0;
          if (version !== expectedVersion) return { ok: false, current };
          const kept = new Set<string>(parsed.children.map((c) => c.id));
          const dropped = (current?.head.children ?? []).map((c) => c.id as string).filter((c) => !kept.has(c));
          const counts = new Map<string, number>();
          for (const child of dropped) counts.set(child, await request(tx.objectStore("journal").index("child").count(child)));
          checkDropped(dropped, (c) => (counts.get(c) ?? 0) > 0);
          await request(tx.objectStore("head").put({ head: parsed, version: version + 1 }, "head"));
          return { ok: true, version: version + 1 };
        });
      }),
    append: (input: readonly unknown[]) =>
      guard(() => {
        const batch = parseBatch(input);
        return inTransaction(db, ["head", "journal", "counters"], "readwrite", async (tx): Promise<AppendResult> => {
          const journal = tx.objectStore("journal");
          const byId = journal.index("id");
          const found = new Map<string, string>();
          for (const id of batch.lookups) {
            const row = (await request(byId.get(id))) as JournalRow | undefined;
            if (row !== undefined) found.set(id, row.child);
          }
          const roster = new Set<string>(((await storedHead(tx))?.head.children ?? []).map((c) => c.id));
          checkBatch(batch, found, (child) => roster.has(child));
          let seq = await nextSeq(tx);
          for (const entry of batch.entries) await request(journal.add({ seq: ++seq, id: entry.id, child: entry.child, entry }));
          await request(tx.objectStore("counters").put(seq, "seq"));
          return { appended: batch.entries.length, cursor: seqCursor(seq) };
        });
      }),
    readSlice: (children: string | readonly string[]) =>
      guard(() => {
        const list = childList(children);
        return inTransaction(db, ["journal"], "readonly", async (tx): Promise<JournalSlice> => {
          const index = tx.objectStore("journal").index("child");
          const rows: JournalRow[] = [];
          for (const child of list) rows.push(...((await request(index.getAll(child))) as JournalRow[]));
          if (list.length > 1) rows.sort((a, b) => a.seq - b.seq);
          return { children: list as ChildId[], entries: rows.map((r) => r.entry) };
        });
      }),
    readSince: (cursor, options) =>
      guard(() => {
        const after = cursorSeq(cursor);
        const limit = pageLimit(options);
        return inTransaction(db, ["journal", "erasures", "counters"], "readonly", async (tx): Promise<StoreDelta> => {
          const rows = (await request(tx.objectStore("journal").getAll(range.lowerBound(after, true), limit + 1))) as JournalRow[];
          const more = rows.length > limit;
          const page = more ? rows.slice(0, limit) : rows;
          const last = more ? page[page.length - 1]!.seq : Math.max(after, await nextSeq(tx));
          const erased = last > after ? ((await request(tx.objectStore("erasures").getAll(range.bound(after, last, true, false)))) as { child: ChildId }[]) : [];
          return { entries: page.map((r) => r.entry), erased: erased.map((e) => e.child), cursor: seqCursor(last), more };
        });
      }),
    eraseChild: (child: string) =>
      guard(() => {
        if (typeof child !== "string") throw new ValidationError([{ path: "child", code: "invalid_type", message: "expected a child id" }]);
        return inTransaction(db, ["head", "journal", "erasures", "counters"], "readwrite", async (tx): Promise<StoreErasure> => {
          let entries = 0;
          const cursorReq = tx.objectStore("journal").index("child").openCursor(child);
          await new Promise<void>((resolve, reject) => {
            cursorReq.onerror = () => reject(cursorReq.error);
            cursorReq.onsuccess = () => {
              const c = cursorReq.result;
              if (c === null) return resolve();
              c.delete();
              entries++;
              c.continue();
            };
          });
          const current = await storedHead(tx);
          const inRoster = current?.head.children.some((c) => c.id === child) ?? false;
          let version = current?.version ?? 0;
          if (current !== undefined && inRoster) {
            version += 1;
            await request(tx.objectStore("head").put({ head: { ...current.head, children: current.head.children.filter((c) => c.id !== child) }, version }, "head"));
          }
          const seq = (await nextSeq(tx)) + 1;
          await request(tx.objectStore("erasures").add({ seq, child }));
          await request(tx.objectStore("counters").put(seq, "seq"));
          return { child: inRoster, entries, version };
        });
      }),
    close: () => {
      if (!closed) {
        closed = true;
        db.close();
      }
      return Promise.resolve();
    },
  };
}
