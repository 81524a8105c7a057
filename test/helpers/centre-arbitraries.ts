/**
 * Generated centre documents for the differential tests of `parseCentre`'s fast path
 * (test/validate.fast.test.ts, `npm run fuzz`): valid documents with every kind of journal entry
 * and their optional fields, and the same documents damaged in one to three places (wrong types
 * and values, unknown and `__proto__` keys, missing fields, impossible dates, overlong text,
 * arrays for objects, …), as a parsed value and as JSON text.
 */
import { deepStrictEqual } from "node:assert/strict";
import fc from "fast-check";
import { addDays, parseCalendarDate, parseCentre, ValidationError } from "../../src/index.js";
import { deepFreeze, edgyDate } from "./arbitraries.js";
import { tinyCentreInput } from "./fixture.js";
import { referenceParseCentre } from "./reference-centre.js";

type Json = Record<string, unknown>;

const known = {
  indicators: ["stppa2014.48-60.kog.c.3", "stppa2014.0-3.nam.a.1", "stppa2014.48-60.sosem.c.3", "cdc2022.30m.lang.2"],
  activities: ["mont.sensorial.pink-tower", "mont.culture.angklung", "mont.practical-life.grating"],
};

/** Ids: a small pool (so duplicates, retractions and corrections meet their targets) and odd ones. */
const entryId = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom("o-1", "o-2", "o-3", "o-4", "o-5", "o-6", "o-7", "o-8") },
  { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:+-]{0,20}$/) },
);
/** Mostly dates after every fixture child's birth (so many documents are fully valid), some anywhere. */
const entryDate = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 364 }).map((d) => String(addDays(parseCalendarDate("2026-01-01"), d))) },
  { weight: 1, arbitrary: edgyDate.map(String) },
);
const childId = fc.constantFrom("c-001", "c-002", "c-003", "c-001", "c-002", "c-999");
const educatorId = fc.oneof({ weight: 6, arbitrary: fc.constant("e-01") }, { weight: 1, arbitrary: fc.constant("e-02") });
const indicatorId = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...known.indicators) }, { weight: 1, arbitrary: fc.constantFrom("tp.x.1", "cdc2022.99m.x") });
const activityId = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...known.activities) }, { weight: 1, arbitrary: fc.constant("mont.none") });
const text = fc.oneof(fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 }), fc.constantFrom("x".repeat(500), "é"));
const longText = fc.oneof(text, fc.constant("y".repeat(10_000)));

const common = {
  date: entryDate,
  author: educatorId,
  visibility: fc.constantFrom("staff", "family"),
  note: longText,
};
const optional = ["note", "context", "threePeriodStage", "variants", "caption", "weightKg", "heightCm", "headCircumferenceCm"];

function withKind<T extends Json>(kind: string, fields: { [K in keyof T]: fc.Arbitrary<T[K]> }): fc.Arbitrary<Json> {
  const keys = Object.keys(fields).filter((k) => !optional.includes(k));
  return fc.record(fields, { requiredKeys: keys as (keyof T)[] }).map((r) => ({ kind, ...r }));
}

/** The body of each base kind (no id, child): what a correction's replacement holds. */
const bodies: Record<string, fc.Arbitrary<Json>> = {
  assessment: withKind("assessment", {
    ...common,
    indicator: indicatorId,
    level: fc.constantFrom("BB", "MB", "BSH", "BSB", "belum-muncul", "sudah-muncul", "achieved", "not-yet", "not-sure"),
    context: longText,
  }),
  lesson: withKind("lesson", {
    ...common,
    activity: activityId,
    stage: fc.constantFrom("presented", "practicing", "mastered"),
    threePeriodStage: fc.constantFrom(1, 2, 3),
    variants: fc.array(text, { maxLength: 3 }),
  }),
  anecdote: withKind("anecdote", { ...common, text: longText, indicators: fc.array(indicatorId, { maxLength: 3 }) }),
  evidence: withKind("evidence", {
    ...common,
    evidence: fc.constantFrom("artwork", "photo-series"),
    items: fc.array(fc.record({ ref: fc.constantFrom("photos/1.jpg", "r".repeat(2000)), caption: text }, { requiredKeys: ["ref"] }), {
      minLength: 1,
      maxLength: 3,
    }),
    indicators: fc.array(indicatorId, { maxLength: 3 }),
  }),
  growth: withKind("growth", {
    ...common,
    weightKg: fc.oneof(fc.double({ min: 0.5, max: 60, noNaN: true }), fc.constantFrom(0.5, 60, 16.2)),
    heightCm: fc.oneof(fc.double({ min: 30, max: 150, noNaN: true }), fc.constantFrom(30, 150, 104.5)),
    headCircumferenceCm: fc.double({ min: 25, max: 60, noNaN: true }),
  }).filter((g) => g.weightKg !== undefined || g.heightCm !== undefined || g.headCircumferenceCm !== undefined),
  screening: withKind("screening", {
    ...common,
    instrument: fc.constant("kpsp"),
    formAgeMonths: fc.constantFrom(1, 24, 36, 72),
    answers: fc.array(
      fc.record({ question: fc.constantFrom("kpsp.24.1", "kpsp.24.10", "kpsp.36.2", "kpsp.0.0", "kpsp.*.1", "kpsp.*.9"), answer: fc.constantFrom("yes", "no") }),
      { maxLength: 3 },
    ),
  }).map((s) => ({
    ...s,
    // Mostly questions of the form used (`*`), some of another form.
    answers: (s.answers as { question: string }[]).map((a) => ({ ...a, question: a.question.replace("*", String(s.formAgeMonths)) })),
  })),
};

/** A journal entry of any kind that `ObservationSchema` accepts, as JSON.parse makes it. */
export const validEntry: fc.Arbitrary<Json> = fc
  .oneof(
  ...Object.values(bodies).map((body) => fc.tuple(entryId, childId, body).map(([id, child, b]) => ({ ...b, id, child }))),
  fc.tuple(entryId, childId, entryId, withKind("retraction", { ...common })).map(([id, child, target, b]) => ({ ...b, id, child, target })),
  fc
    .tuple(entryId, childId, entryId, withKind("correction", { ...common }), fc.oneof(...Object.values(bodies)))
    .map(([id, child, target, b, replacement]) => ({ ...b, id, child, target, replacement })),
  )
  // fast-check makes objects without prototype when keys are optional; JSON.parse never does.
  .map((entry) => JSON.parse(JSON.stringify(entry)) as Json);

/**
 * A valid centre document (as plain JSON data) with generated entries appended to the tiny
 * centre's. Half of them are tidied (unique ids, known references, dates after the births,
 * retractions and corrections pointing at a fitting earlier entry), so that many pass the
 * integrity check too.
 */
export const validCentre: fc.Arbitrary<Json> = fc
  .tuple(fc.array(validEntry, { maxLength: 8 }), fc.boolean(), fc.boolean())
  .map(([generated, keepFixture, tidy]) => {
    const doc = JSON.parse(JSON.stringify(tinyCentreInput())) as Json & { journal: { entries: Json[] } };
    const entries = [...(keepFixture ? doc.journal.entries : []), ...(JSON.parse(JSON.stringify(generated)) as Json[])];
    if (tidy) {
      const ids = new Set<unknown>();
      entries.forEach((e, i) => {
        if (ids.has(e.id)) e.id = `u-${i}`;
        ids.add(e.id);
        if (e.child === "c-999") e.child = "c-001";
        for (const body of [e, e.replacement as Json | undefined]) {
          if (body === undefined) continue;
          body.author = "e-01";
          if (String(body.date) < "2024-03-01") body.date = "2026-03-02";
          if (typeof body.indicator === "string") body.indicator = known.indicators[0];
          if (Array.isArray(body.indicators)) body.indicators = body.indicators.map(() => known.indicators[1]);
          if (typeof body.activity === "string") body.activity = known.activities[0];
          if (Array.isArray(body.answers)) body.answers = body.answers.map((a: Json, j) => ({ ...a, question: `kpsp.${String(body.formAgeMonths)}.${j + 1}` }));
        }
        if (e.kind !== "retraction" && e.kind !== "correction") return;
        const kind = (e.replacement as Json | undefined)?.kind;
        const target = entries
          .slice(0, i)
          .find((t) => t.kind !== "retraction" && t.kind !== "correction" && (e.kind === "retraction" || t.kind === kind));
        if (target !== undefined) {
          e.target = target.id;
          e.child = target.child;
        }
      });
    }
    doc.journal.entries = entries;
    return doc;
  });

const long = (n: number, c = "x") => c.repeat(n);

/** Values that break a field: other types, edge dates, bad ids, overlong text, out-of-range numbers. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom<unknown>(
      // dates
      "2025-02-29", "2024-02-29", "2025-1-05", "0999-12-31", "1000-01-01", "9999-12-31", "2025-13-01", "2025-00-10", "2025-01-32",
      "2025-04-31", "２０２５-01-01", "2025-01-01\n", "2025/01/01", "2025-01-01T00:00",
      // ids
      "a b", " o-1", "o-1 ", "", "-x", ".x", "ı", "o-1\n", long(120), long(121), "o-1", "o-9", "c-001", "c-002", "e-01", "x_y:z+w.v-u",
      // text
      long(500), long(501), long(2000), long(2001), long(10_000), long(10_001),
      // enums and literals
      "BSHH", "bsh", "BSH", "family", "Staff", "kpsp", "KPSP", "kpsp.24.1", "kpsp.24", "kpsp.x.1", "kpsp.24.1\n", "yes", "YES", "no",
      "artwork", "photo-series", "presented", "assessment", "lesson", "anecdote", "evidence", "growth", "screening", "retraction",
      "correction", "tumbuh.centre",
      // numbers
      0, -0, 0.49, 0.5, 1, 1.5, 2, 3, 4, 24, 24.5, 25, 29.99, 30, 60, 60.0001, 72, 73, 150, 150.5, 1e308, -1, Number.NaN, Number.POSITIVE_INFINITY,
      // other types
      true, false, null, undefined, [], {}, [1], ["x"], ["o-1"], { ref: "x" }, { ref: "" }, { question: "kpsp.24.1", answer: "yes" },
      { question: "kpsp.24.1", answer: "maybe" }, { id: "x" },
      Array.from({ length: 201 }, () => "v"), Array.from({ length: 101 }, () => "stppa2014.48-60.kog.c.3"),
      Array.from({ length: 51 }, () => ({ ref: "r" })), Array.from({ length: 21 }, () => ({ question: "kpsp.24.1", answer: "yes" })),
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: validEntry },
);

const addedKeys = [
  "__proto__", "constructor", "prototype", "x", "note", "context", "threePeriodStage", "variants", "caption", "weightKg", "heightCm",
  "headCircumferenceCm", "level", "text", "target", "replacement", "id", "kind", "items", "indicators",
];

const damage = fc.record({
  /** Where to walk: 0 starts at the root, else in journal.entries (where the fast path is). */
  start: fc.nat({ max: 3 }),
  path: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
  action: fc.constantFrom("replace", "replace", "replace", "delete", "add-key", "wrap", "null-prototype", "class", "duplicate"),
  key: fc.constantFrom(...addedKeys),
  value: hostileValue,
});

type Damage = typeof damage extends fc.Arbitrary<infer T> ? T : never;

class Box {
  constructor(fields: Json) {
    Object.assign(this, fields);
  }
}

/** Applies one damage at a walked path; the document is plain data the generator owns. */
function applyDamage(doc: Json, d: Damage): void {
  const journal = doc.journal as Json | undefined;
  let node: unknown = d.start === 0 || journal === null || typeof journal !== "object" ? doc : journal.entries;
  for (let s = 0; s < d.path.length; s++) {
    const step = d.path[s]!;
    if (node === null || typeof node !== "object") return;
    const ks = Object.keys(node);
    if (ks.length === 0) return;
    const k = ks[step % ks.length]!;
    const target = node as Json;
    const child = target[k];
    const last = s === d.path.length - 1 || child === null || typeof child !== "object";
    if (!last) {
      node = child;
      continue;
    }
    switch (d.action) {
      case "replace":
        target[k] = d.value;
        break;
      case "delete":
        if (Array.isArray(target)) target.splice(Number(k), 1);
        else delete target[k];
        break;
      case "add-key":
        if (Array.isArray(target)) break;
        Object.defineProperty(target, d.key, { value: d.value, enumerable: true, configurable: true, writable: true });
        break;
      case "wrap":
        target[k] = [child];
        break;
      case "null-prototype":
        if (child !== null && typeof child === "object" && !Array.isArray(child)) target[k] = Object.assign(Object.create(null), child);
        break;
      case "class":
        if (child !== null && typeof child === "object" && !Array.isArray(child)) target[k] = new Box(child as Json);
        break;
      case "duplicate":
        if (Array.isArray(target)) target.push(child);
        break;
    }
    return;
  }
}

/** A valid centre with one to three damages (some leave it valid: a duplicate or a replaced value may still fit). */
export const damagedCentre: fc.Arbitrary<Json> = fc.tuple(validCentre, fc.array(damage, { minLength: 1, maxLength: 3 })).map(([valid, damages]) => {
  const doc = copy(valid) as Json;
  for (const d of damages) applyDamage(doc, d);
  return doc;
});

/**
 * A deep copy that keeps what JSON would lose (prototypes, own `__proto__` keys, `undefined`, NaN),
 * so the property may freeze it without freezing a value fast-check still uses.
 */
function copy(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(copy);
  const out = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    Object.defineProperty(out, key, { value: copy((value as Record<string, unknown>)[key]), enumerable: true, configurable: true, writable: true });
  }
  return out;
}

/** What a parser returned: the centre, or the issues of its ValidationError. */
export function outcome(parse: () => unknown): { ok: true; data: unknown } | { ok: false; issues: unknown } {
  try {
    return { ok: true, data: parse() };
  } catch (e) {
    if (e instanceof ValidationError) return { ok: false, issues: e.issues };
    throw e;
  }
}

/**
 * Property: `parseCentre` and the reference (the implementation before the fast path) agree
 * exactly on a document, given as a parsed value (frozen: neither may change it) and as JSON text.
 */
export function parseCentreMatchesReference(doc: unknown): void {
  const textForm = JSON.stringify(doc);
  const value = deepFreeze(copy(doc));
  deepStrictEqual(outcome(() => parseCentre(value)), outcome(() => referenceParseCentre(value)));
  if (textForm !== undefined) deepStrictEqual(outcome(() => parseCentre(textForm)), outcome(() => referenceParseCentre(textForm)));
}
