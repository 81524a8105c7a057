// A second process writing to a SQLite store while another does: `roster` adds children one
// head write at a time (compare-and-swap, retried on conflict); `observations` appends batches.
// Started by test/store.sqlite.test.ts; prints how many writes it made.
import { openSqliteStore } from "../../src/node/index.js";

const [path, role, countText, tag] = process.argv.slice(2) as [string, string, string, string];
const count = Number(countText);
const store = await openSqliteStore(path);
let conflicts = 0;
for (let i = 0; i < count; i++) {
  if (role === "roster") {
    for (;;) {
      const stored = (await store.readHead())!;
      const template = stored.head.children[0]!;
      const child = { ...template, id: `c-${tag}-${i}`, name: `Anak ${tag} ${i}` } as typeof template;
      const w = await store.writeHead({ ...stored.head, children: [...stored.head.children, child] }, stored.version);
      if (w.ok) break;
      conflicts++;
    }
  } else {
    const stored = (await store.readHead())!;
    const kids = stored.head.children.slice(0, 5);
    await store.append(
      kids.map((k, j) => ({
        kind: "anecdote", id: `obs-${tag}-${i}-${j}`, child: k.id, date: "2026-11-27", author: "e-001", visibility: "staff", text: `catatan ${i}`, indicators: [],
      })),
    );
  }
}
await store.close();
process.stdout.write(`${JSON.stringify({ role, count, conflicts })}\n`);
