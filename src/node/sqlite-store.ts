/// <reference types="node" />
/**
 * The SQLite store: the storage contract in one embedded database file, through better-sqlite3
 * (an optional peer dependency, loaded only when a store is opened, so apps that never open one
 * install no native module).
 *
 * Durability: WAL journal mode with `synchronous = FULL`, so every committed transaction is on
 * disk (the WAL is fsynced at each commit) before the promise resolves; a power cut loses nothing
 * that was reported written. (`NORMAL` with WAL would be faster but may roll back the last
 * commits after a power cut, which a record of a child's day must not.) Several connections (and
 * processes) may use one file at once: each write is an `IMMEDIATE` transaction, so writers queue
 * (up to `busyTimeoutMs`) instead of overwriting each other, and readers see committed data only.
 *
 * Tables (schema version in `PRAGMA user_version`, migrated forward on open):
 * - `head`: one row: the head version, the document format, settings and curriculum (JSON);
 * - `groups`, `children`, `educators`: one row per record (JSON), in roster order;
 * - `inventory`: one row per material;
 * - `journal`: append-only, `seq` (the cursor) as primary key, `id` unique, `child` indexed (a
 *   child's slice is one index range);
 * - `erasures`: tombstones of erased children, in the same sequence as the journal;
 * - `counters`: the last sequence number given out.
 *
 * Erasure overwrites the deleted rows (`secure_delete`) and checkpoints the WAL, so an erased
 * child's records do not stay readable in the file.
 *
 * @module
 */
import type BetterSqlite3 from "better-sqlite3";
import { ValidationError } from "../errors/index.js";
import type { ChildId, Observation } from "../model/index.js";
import { checkBatch, checkDropped, childList, cursorSeq, pageLimit, parseBatch, parseHead, seqCursor } from "../store/check.js";
import type { AppendResult, CentreHead, CentreStore, HeadWrite, StoreDelta, JournalSlice, StoredHead, StoreErasure } from "../store/contract.js";

/**
 * Options of {@link openSqliteStore}.
 *
 * @category Node
 */
export interface SqliteStoreOptions {
  /** How long a write waits for another connection's write to finish, in ms. Default 10 000. */
  readonly busyTimeoutMs?: number;
}

type Database = BetterSqlite3.Database;

/** The schema version of the SQLite store this release writes (`PRAGMA user_version`). @category Node */
export const SQLITE_SCHEMA_VERSION = 2;

/** Migrations: entry `i` takes a database from version `i` to `i + 1`. */
const MIGRATIONS: readonly ((db: Database) => void)[] = [
  (db) =>
    db.exec(`
      CREATE TABLE head (
        one INTEGER PRIMARY KEY CHECK (one = 1),
        version INTEGER NOT NULL,
        format TEXT NOT NULL,
        schema_version INTEGER NOT NULL,
        settings TEXT NOT NULL,
        curriculum TEXT NOT NULL
      );
      CREATE TABLE groups (id TEXT PRIMARY KEY, ord INTEGER NOT NULL, json TEXT NOT NULL);
      CREATE TABLE children (id TEXT PRIMARY KEY, ord INTEGER NOT NULL, json TEXT NOT NULL);
      CREATE TABLE educators (id TEXT PRIMARY KEY, ord INTEGER NOT NULL, json TEXT NOT NULL);
      CREATE TABLE inventory (material TEXT PRIMARY KEY, ord INTEGER NOT NULL, copies INTEGER NOT NULL);
      CREATE TABLE journal (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        child TEXT NOT NULL,
        kind TEXT NOT NULL,
        date TEXT NOT NULL,
        json TEXT NOT NULL
      );
      CREATE INDEX journal_by_child ON journal (child, seq);
      CREATE TABLE erasures (seq INTEGER PRIMARY KEY, child TEXT NOT NULL);
      CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
      INSERT INTO counters (name, value) VALUES ('seq', 0);
    `),
  // 1 → 2: the head's optional parts (educator attendance for the ratio checks), as JSON.
  (db) => db.exec("ALTER TABLE head ADD COLUMN extra TEXT NOT NULL DEFAULT '{}'"),
];

async function loadDriver(): Promise<typeof BetterSqlite3> {
  try {
    const mod = (await import("better-sqlite3")) as { default?: typeof BetterSqlite3 };
    return (mod.default ?? mod) as typeof BetterSqlite3;
  } catch (e) {
    throw new Error(`the SQLite store needs the optional package better-sqlite3 (npm install better-sqlite3@^12): ${String(e)}`);
  }
}

/** Brings a database to the current schema, or refuses one written by a newer release. */
function migrate(db: Database): void {
  const version = db.pragma("user_version", { simple: true }) as number;
  if (version > SQLITE_SCHEMA_VERSION) {
    throw new Error(`this store has schema version ${version}; this release of tumbuh reads up to ${SQLITE_SCHEMA_VERSION}`);
  }
  for (let v = version; v < SQLITE_SCHEMA_VERSION; v++) {
    db.transaction(() => {
      MIGRATIONS[v]!(db);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
}

/**
 * Opens (creating when missing) a SQLite store implementing the storage contract.
 *
 * @param path - the database file (`:memory:` for a private in-memory database)
 * @param options - see {@link SqliteStoreOptions}
 * @returns the store; close it when done
 * @throws an `Error` when better-sqlite3 is not installed or the file was written by a newer release
 * @example
 * ```ts
 * import { openSqliteStore } from "tumbuh/node";
 * const store = await openSqliteStore("data/centre.sqlite");
 * await store.writeHead(centreHead(centre), 0);
 * await store.append(centre.journal.entries);
 * const slice = await store.readSlice("c-001");
 * await store.close();
 * ```
 * @category Node
 */
export async function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Promise<CentreStore> {
  const Driver = await loadDriver();
  const db = new Driver(path, { timeout: options.busyTimeoutMs ?? 10_000 });
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    db.pragma("secure_delete = ON");
    migrate(db);
  } catch (e) {
    db.close();
    throw e;
  }
  return sqliteStore(db);
}

function sqliteStore(db: Database): CentreStore {
  const q = {
    headVersion: db.prepare("SELECT version FROM head WHERE one = 1").pluck(),
    headRow: db.prepare("SELECT version, format, schema_version AS schemaVersion, settings, curriculum, extra FROM head WHERE one = 1"),
    groups: db.prepare("SELECT json FROM groups ORDER BY ord").pluck(),
    children: db.prepare("SELECT json FROM children ORDER BY ord").pluck(),
    educators: db.prepare("SELECT json FROM educators ORDER BY ord").pluck(),
    inventory: db.prepare("SELECT material, copies FROM inventory ORDER BY ord"),
    childIds: db.prepare("SELECT id FROM children").pluck(),
    hasChild: db.prepare("SELECT 1 FROM children WHERE id = ?").pluck(),
    putHead: db.prepare(
      "INSERT INTO head (one, version, format, schema_version, settings, curriculum, extra) VALUES (1, ?, ?, ?, ?, ?, ?) ON CONFLICT (one) DO UPDATE SET version = excluded.version, format = excluded.format, schema_version = excluded.schema_version, settings = excluded.settings, curriculum = excluded.curriculum, extra = excluded.extra",
    ),
    bumpHead: db.prepare("UPDATE head SET version = version + 1 WHERE one = 1"),
    clear: ["groups", "children", "educators", "inventory"].map((t) => db.prepare(`DELETE FROM ${t}`)),
    putGroup: db.prepare("INSERT INTO groups (id, ord, json) VALUES (?, ?, ?)"),
    putChild: db.prepare("INSERT INTO children (id, ord, json) VALUES (?, ?, ?)"),
    putEducator: db.prepare("INSERT INTO educators (id, ord, json) VALUES (?, ?, ?)"),
    putItem: db.prepare("INSERT INTO inventory (material, ord, copies) VALUES (?, ?, ?)"),
    childOf: db.prepare("SELECT child FROM journal WHERE id = ?").pluck(),
    hasEntries: db.prepare("SELECT 1 FROM journal WHERE child = ? LIMIT 1").pluck(),
    seq: db.prepare("SELECT value FROM counters WHERE name = 'seq'").pluck(),
    setSeq: db.prepare("UPDATE counters SET value = ? WHERE name = 'seq'"),
    insert: db.prepare("INSERT INTO journal (seq, id, child, kind, date, json) VALUES (?, ?, ?, ?, ?, ?)"),
    sliceOne: db.prepare("SELECT json FROM journal WHERE child = ? ORDER BY seq").pluck(),
    sliceMany: db.prepare("SELECT json FROM journal WHERE child IN (SELECT value FROM json_each(?)) ORDER BY seq").pluck(),
    since: db.prepare("SELECT seq, json FROM journal WHERE seq > ? ORDER BY seq LIMIT ?"),
    erasedSince: db.prepare("SELECT child FROM erasures WHERE seq > ? AND seq <= ? ORDER BY seq").pluck(),
    eraseEntries: db.prepare("DELETE FROM journal WHERE child = ?"),
    eraseChild: db.prepare("DELETE FROM children WHERE id = ?"),
    tombstone: db.prepare("INSERT INTO erasures (seq, child) VALUES (?, ?)"),
  };
  let cached: StoredHead | undefined;
  let closed = false;

  function readHead(): StoredHead | undefined {
    const version = q.headVersion.get() as number | undefined;
    if (version === undefined) return undefined;
    if (cached?.version === version) return cached;
    // One read transaction, so the head's tables are of one version.
    return db.transaction((): StoredHead | undefined => {
      const row = q.headRow.get() as { version: number; format: string; schemaVersion: number; settings: string; curriculum: string; extra: string } | undefined;
      if (row === undefined) return undefined;
      const parse = (rows: unknown[]) => rows.map((json) => JSON.parse(json as string) as unknown);
      const head = {
        format: row.format,
        schemaVersion: row.schemaVersion,
        settings: JSON.parse(row.settings) as unknown,
        groups: parse(q.groups.all()),
        children: parse(q.children.all()),
        educators: parse(q.educators.all()),
        inventory: (q.inventory.all() as { material: string; copies: number }[]).map((r) => ({ material: r.material, copies: r.copies })),
        curriculum: JSON.parse(row.curriculum) as unknown,
        ...(JSON.parse(row.extra) as Record<string, unknown>),
      } as unknown as CentreHead;
      cached = { head, version: row.version };
      return cached;
    })();
  }

  const writeHead = db.transaction((head: CentreHead, expectedVersion: number): HeadWrite => {
    const version = (q.headVersion.get() as number | undefined) ?? 0;
    if (version !== expectedVersion) return { ok: false, current: readHead() };
    const before = new Set(q.childIds.all() as string[]);
    const kept = new Set<string>(head.children.map((c) => c.id));
    checkDropped([...before].filter((c) => !kept.has(c)), (c) => q.hasEntries.get(c) !== undefined);
    const next = version + 1;
    const extra = head.educatorAttendance === undefined ? {} : { educatorAttendance: head.educatorAttendance };
    q.putHead.run(next, head.format, head.schemaVersion, JSON.stringify(head.settings), JSON.stringify(head.curriculum), JSON.stringify(extra));
    for (const stmt of q.clear) stmt.run();
    head.groups.forEach((g, i) => q.putGroup.run(g.id, i, JSON.stringify(g)));
    head.children.forEach((c, i) => q.putChild.run(c.id, i, JSON.stringify(c)));
    head.educators.forEach((e, i) => q.putEducator.run(e.id, i, JSON.stringify(e)));
    head.inventory.forEach((item, i) => q.putItem.run(item.material, i, item.copies));
    return { ok: true, version: next };
  });

  const append = db.transaction((batch: ReturnType<typeof parseBatch>): AppendResult => {
    const found = new Map<string, string>();
    for (const id of batch.lookups) {
      const child = q.childOf.get(id) as string | undefined;
      if (child !== undefined) found.set(id, child);
    }
    const known = new Map<string, boolean>();
    checkBatch(batch, found, (child) => {
      let k = known.get(child);
      if (k === undefined) known.set(child, (k = q.hasChild.get(child) !== undefined));
      return k;
    });
    let seq = q.seq.get() as number;
    for (const e of batch.entries) q.insert.run(++seq, e.id, e.child, e.kind, e.date, JSON.stringify(e));
    q.setSeq.run(seq);
    return { appended: batch.entries.length, cursor: seqCursor(seq) };
  });

  const since = db.transaction((after: number, limit: number): StoreDelta => {
    const rows = q.since.all(after, limit + 1) as { seq: number; json: string }[];
    const more = rows.length > limit;
    const page = more ? rows.slice(0, limit) : rows;
    const last = more ? page[page.length - 1]!.seq : Math.max(after, q.seq.get() as number);
    return {
      entries: page.map((r) => JSON.parse(r.json) as Observation),
      erased: q.erasedSince.all(after, last) as ChildId[],
      cursor: seqCursor(last),
      more,
    };
  });

  const erase = db.transaction((child: string): StoreErasure => {
    const entries = q.eraseEntries.run(child).changes;
    const inRoster = q.eraseChild.run(child).changes > 0;
    if (inRoster) q.bumpHead.run();
    const seq = (q.seq.get() as number) + 1;
    q.tombstone.run(seq, child);
    q.setSeq.run(seq);
    return { child: inRoster, entries, version: (q.headVersion.get() as number | undefined) ?? 0 };
  });

  const run = <T>(body: () => T): Promise<T> => {
    if (closed) return Promise.reject(new Error("the store is closed"));
    try {
      return Promise.resolve(body());
    } catch (e) {
      return Promise.reject(e);
    }
  };

  return {
    readHead: () => run(readHead),
    writeHead: (head, expectedVersion) =>
      run(() => {
        const parsed = parseHead(head);
        // The head is checked and written in one IMMEDIATE transaction: no other writer between.
        return writeHead.immediate(parsed, expectedVersion);
      }),
    append: (input) => run(() => append.immediate(parseBatch(input))),
    readSlice: (children) =>
      run((): JournalSlice => {
        const list = childList(children);
        const rows = (list.length === 1 ? q.sliceOne.all(list[0]) : q.sliceMany.all(JSON.stringify(list))) as string[];
        return { children: list as ChildId[], entries: rows.map((json) => JSON.parse(json) as Observation) };
      }),
    readSince: (cursor, options) => run(() => since(cursorSeq(cursor), pageLimit(options))),
    eraseChild: (child) =>
      run(() => {
        if (typeof child !== "string") throw new ValidationError([{ path: "child", code: "invalid_type", message: "expected a child id" }]);
        const result = erase.immediate(child);
        // Erased rows are overwritten (secure_delete); the WAL copy goes with the checkpoint.
        db.pragma("wal_checkpoint(TRUNCATE)");
        return result;
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
