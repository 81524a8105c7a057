// Record, see, save: an app keeps the centre in a store (here the SQLite store of tumbuh/node;
// createMemoryStore() or tumbuh/browser's openIndexedDbStore() work the same way), records a
// batch, saves it, and builds one child's rapor from the head and that child's slice only.
// Run: npx tsx examples/storage.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { centreFromSlice, centreHead, createSampleCentre, parseCalendarDate, progressReport, record, recordChecklist } from "tumbuh";
import { openSqliteStore } from "tumbuh/node";

const quiet = process.env.TUMBUH_EXAMPLE_QUIET === "1";
const log = (...args: unknown[]) => {
  if (!quiet) console.log(...args);
};

const asOf = parseCalendarDate("2026-11-27");
const dir = mkdtempSync(join(tmpdir(), "tumbuh-example-"));
const store = await openSqliteStore(join(dir, "centre.sqlite"));

// Once: the head (settings, groups, children, educators, inventory, curriculum) and the journal.
const centre = createSampleCentre({ seed: 2026, children: 30, weeks: 8, asOf });
await store.writeHead(centreHead(centre), 0);
await store.append(centre.journal.entries);

// Every day: read the head, validate a batch against it with `record`, append only the batch.
const stored = (await store.readHead())!;
const group = stored.head.groups[2]!;
const children = stored.head.children.filter((c) => c.group === group.id).map((c) => c.id);
const educator = group.educators[0] ?? stored.head.educators[0]!.id;
const child = children[0]!;
const before = await store.readSlice(children);
const working = centreFromSlice(stored.head, before);
const next = recordChecklist(working, {
  id: "2026-11-27-checklist", date: "2026-11-27", author: educator, visibility: "family",
  indicator: "stppa2014.48-60.kog.b.5", results: children.map((id) => ({ child: id, level: "MB" as const })),
});
const withNote = record(next, {
  kind: "anecdote", id: "2026-11-27-note", child, date: "2026-11-27", author: educator, visibility: "family",
  text: "Menyusun menara merah muda sendiri, lalu mengajak teman.", indicators: [],
});
const batch = withNote.journal.entries.slice(before.entries.length);
const saved = await store.append(batch);
log(`appended ${saved.appended} entries; cursor ${saved.cursor}`);

// See: one child's rapor from the head and that child's slice, equal to the whole centre's.
const slice = await store.readSlice(child);
const report = progressReport(centreFromSlice(stored.head, slice), child, { asOf });
log(`${report.child.name}: ${slice.entries.length} entries, report for ${report.period.from}–${report.period.to}`);

// Sync: what another device has not seen yet.
const delta = await store.readSince(saved.cursor);
log(`after the cursor: ${delta.entries.length} entries, ${delta.erased.length} erasures`);

await store.close();
rmSync(dir, { recursive: true, force: true });
