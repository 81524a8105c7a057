/**
 * Pins every shipped id. Ids are stored in centres' journals, so a bundled id must never change or
 * disappear silently. When an id is added on purpose, regenerate the fixture:
 *
 *   UPDATE_BUNDLED_IDS=1 npx vitest run test/curricula.ids.test.ts
 *
 * and review the diff of test/fixtures/bundled-ids.txt before committing it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createCentre, montessoriCatalog, resolveCurriculum } from "../src/index.js";

const FIXTURE = fileURLToPath(new URL("./fixtures/bundled-ids.txt", import.meta.url));

/** Every id shipped in the bundled data, sorted by code unit (locale-independent). */
function shippedIds(): string[] {
  const cur = resolveCurriculum(createCentre("ids"));
  const ids: string[] = [];
  for (const framework of cur.frameworks) {
    ids.push(framework.id);
    for (const band of framework.bands) for (const indicator of band.indicators) ids.push(indicator.id);
    for (const element of framework.elements) {
      ids.push(element.id);
      for (const sub of element.subElements) ids.push(sub.id);
    }
    for (const goal of framework.learningGoals) ids.push(goal.id);
  }
  const catalog = montessoriCatalog();
  for (const a of catalog.activities) ids.push(a.id);
  for (const m of catalog.materials) ids.push(m.id);
  for (const r of cur.routines) ids.push(r.id);
  return ids.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function readFixture(): string[] {
  return readFileSync(FIXTURE, "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

describe("bundled ids", () => {
  it("are unique", () => {
    const ids = shippedIds();
    const dupes = ids.filter((id, i) => i > 0 && ids[i - 1] === id);
    expect(dupes).toEqual([]);
  });

  it("match the pinned list in test/fixtures/bundled-ids.txt", () => {
    const actual = shippedIds();
    if (process.env.UPDATE_BUNDLED_IDS === "1") writeFileSync(FIXTURE, `${actual.join("\n")}\n`);
    const pinned = readFixture();
    const now = new Set(actual);
    const before = new Set(pinned);
    const removed = pinned.filter((id) => !now.has(id));
    const added = actual.filter((id) => !before.has(id));
    const message =
      `The shipped ids changed. Ids are stored in centres' journals; a removed or renamed id breaks them.\n` +
      `Removed (${removed.length}): ${removed.slice(0, 30).join(", ")}${removed.length > 30 ? " …" : ""}\n` +
      `Added (${added.length}): ${added.slice(0, 30).join(", ")}${added.length > 30 ? " …" : ""}\n` +
      `If the change is intended (additions only, normally), run ` +
      `UPDATE_BUNDLED_IDS=1 npx vitest run test/curricula.ids.test.ts and review the fixture diff.`;
    expect({ removed, added }, message).toEqual({ removed: [], added: [] });
    expect(actual).toEqual(pinned);
  });

  it("the pinned list is sorted and has no blank or duplicate lines", () => {
    const pinned = readFixture();
    expect(pinned.length).toBeGreaterThan(1000);
    expect([...pinned].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(pinned);
    expect(new Set(pinned).size).toBe(pinned.length);
  });
});
