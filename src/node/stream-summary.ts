/// <reference types="node" />
/**
 * Summaries of journals stored as JSON Lines (one observation per line), read as a stream, in
 * memory that grows with the children and the indicators they are assessed on, not with the
 * number of lines. The lines are split by `jsonl-lines`, read by the byte scanner of `jsonl-scan`
 * (with `JSON.parse` + `ObservationSchema` for whatever it does not understand), and folded into
 * the typed-array records of `fold-slots`.
 *
 * @module
 */
import type { Summary, SummaryRow } from "../cohort/schema.js";
import { buildSummary } from "../cohort/cells.js";
import {
  addKeySpace,
  type BandPlan,
  type ChildFacts,
  cohortContext,
  type GrowthFact,
  GrowthPicker,
  isCounted,
  planOf,
  type SummaryOptions,
  tallyChild,
} from "../cohort/child.js";
import { resolveCurriculum } from "../curricula/resolve.js";
import { createCentre } from "../io/centre-document.js";
import * as z from "zod";
import { type Issue, ValidationError } from "../errors/index.js";
import { issuesFromZod } from "../io/issues.js";
import { type Centre, type Child, ChildSchema, type Level, type Observation, ObservationSchema, type Stage } from "../model/index.js";
import { CR, type JournalSource, LF, readLines, type SizeCount } from "./jsonl-lines.js";
import { FoldSlots, LESSON_BASE } from "./fold-slots.js";
import { ByteKeys, KIND_ASSESSMENT, KIND_LESSON, KIND_OTHER, KIND_RETRACTION, SCAN_LEVELS, SCAN_STAGES, forgetBytes, scanLine, scanned } from "./jsonl-scan.js";
import { commitTemp, discardTemp, openTemp } from "./atomic-file.js";

export type { JournalSource } from "./jsonl-lines.js";

/**
 * Options for {@link summarizeJournalStream}.
 *
 * @category Cohort
 */
export interface JournalStreamOptions extends SummaryOptions {
  /** The children of the centre (the journal file holds only observations). */
  readonly roster: readonly Child[];
  /** The centre's curriculum and inventory. Default: every bundled data set. */
  readonly curriculum?: Pick<Centre, "curriculum" | "inventory">;
  /** How many bad lines to describe (every bad line is counted). Default 100. */
  readonly maxProblems?: number;
  /** Longest line read, in characters; a longer line is a bad line. Default 1 000 000. */
  readonly maxLineLength?: number;
}

/**
 * A line that could not be read as an observation.
 *
 * @category Cohort
 */
export interface JournalLineProblem {
  /** 1-based line number in the file. */
  readonly line: number;
  readonly message: string;
}

/**
 * The result of {@link summarizeJournalStream}.
 *
 * @category Cohort
 */
export interface JournalStreamResult {
  readonly summary: Summary;
  /** Lines read (blank lines included). */
  readonly lines: number;
  /** Valid observations. */
  readonly observations: number;
  /** Lines that were not valid observations; they are left out of the summary. */
  readonly badLines: number;
  /** The first `maxProblems` bad lines, by line number. */
  readonly problems: readonly JournalLineProblem[];
  /** How much state the fold kept: what memory grows with. */
  readonly retained: {
    /** Counted children. */
    readonly children: number;
    /** Child × indicator entries. */
    readonly indicators: number;
    /** Child × activity entries. */
    readonly lessons: number;
    /** Retraction targets and corrections kept from the first pass. */
    readonly amendments: number;
  };
}

const RosterSchema = z.array(ChildSchema);

/**
 * The roster, checked as `parseCentre` checks a centre's children: the child schema (strict keys,
 * booleans for consent, valid dates) and unique ids, every problem at `roster[i]…`. Without it, a
 * consent of `"false"` (a string) would be truthy and the child counted.
 */
function checkedRoster(roster: unknown): readonly Child[] {
  const result = RosterSchema.safeParse(roster, { reportInput: true });
  const issues: Issue[] = result.success ? [] : issuesFromZod(result.error, ["roster"]);
  if (Array.isArray(roster)) {
    const seen = new Set<unknown>();
    roster.forEach((c: unknown, i) => {
      const id = c !== null && typeof c === "object" ? (c as { id?: unknown }).id : undefined;
      if (typeof id !== "string") return;
      if (seen.has(id)) issues.push({ path: `roster[${i}].id`, code: "duplicate_id", message: `duplicate id ${JSON.stringify(id)}` });
      else seen.add(id);
    });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return roster as readonly Child[];
}

/** A date `YYYY-MM-DD` as the number YYYYMMDD, which orders like the text. */
const dateNumber = (d: string) => Number(d.slice(0, 4)) * 10000 + Number(d.slice(5, 7)) * 100 + Number(d.slice(8, 10));
/** The code of a level or stage in the fold (see `ScannedLine.value`). */
const VALUE_CODES: ReadonlyMap<string, number> = new Map([...SCAN_LEVELS.map((l, i) => [l, i + 1] as const), ...SCAN_STAGES.map((s, i) => [s, i + 1] as const)]);

/** A band plan, with its tracked indicators by position in the list of every tracked indicator id. */
interface PlanIndex {
  readonly plan: BandPlan;
  readonly positions: readonly (readonly number[] | undefined)[];
  /** Cutoff of each tracked indicator, as YYYYMMDD. */
  readonly cutoffs: readonly number[];
  readonly expected: readonly boolean[];
}

/** What a correction changes, reduced to the fields a summary reads. */
type Body =
  | { readonly kind: "assessment"; readonly date: string; readonly indicator: string; readonly level: Level }
  | { readonly kind: "lesson"; readonly date: string; readonly activity: string; readonly stage: Stage }
  | { readonly kind: "growth"; readonly growth: GrowthFact }
  | { readonly kind: "other" };

/** A growth measurement (validated) reduced to what a summary reads. */
function growthFact(o: { readonly date: string; readonly weightKg?: number | undefined; readonly heightCm?: number | undefined; readonly position?: "lying" | "standing" | undefined }): GrowthFact {
  return { date: o.date as GrowthFact["date"], weightKg: o.weightKg, heightCm: o.heightCm, position: o.position };
}

function bodyOf(o: Observation | Extract<Observation, { kind: "correction" }>["replacement"]): Body {
  if (o.kind === "assessment") return { kind: "assessment", date: o.date, indicator: o.indicator, level: o.level };
  if (o.kind === "lesson") return { kind: "lesson", date: o.date, activity: o.activity, stage: o.stage };
  if (o.kind === "growth") return { kind: "growth", growth: growthFact(o) };
  return { kind: "other" };
}

/** The fold's kind code of a growth measurement (the scanner's codes are 1–4). */
const KIND_GROWTH = 5;

/** A body as the fold reads it: kind code, date number, indicator or activity position (-1: unknown), level or stage code. */
interface FoldBody {
  readonly kind: number;
  readonly date: number;
  readonly ref: number;
  readonly value: number;
}
const OTHER: FoldBody = { kind: 0, date: 0, ref: -1, value: 0 };

const OPEN = 0x7b;
const CTION = Buffer.from('ction"');
const BACKSLASH = 0x5c;
const RETRACTION = Buffer.from('"retra');
const CORRECTION = Buffer.from('"corre');

/** Whether the `ction"` at `at` ends `"retraction"` or `"correction"` (starting at or after `from`). */
function isAmendmentKind(b: Buffer, at: number, from: number): boolean {
  const start = at - 6;
  return start >= from && (b.compare(RETRACTION, 0, 6, start, at) === 0 || b.compare(CORRECTION, 0, 6, start, at) === 0);
}

function parseLine(text: string): { ok: true; value: Observation } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `malformed JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  const result = ObservationSchema.safeParse(json, { reportInput: true });
  if (result.success) return { ok: true, value: result.data as Observation };
  const issues = issuesFromZod(result.error);
  const shown = issues.slice(0, 3).map((i) => `${i.path || "(root)"}: ${i.message}`);
  return { ok: false, message: `${shown.join("; ")}${issues.length > 3 ? ` (and ${issues.length - 3} more)` : ""}` };
}

/**
 * Summarizes a journal stored as JSON Lines (one observation per line, as
 * {@link writeJournalJsonl} writes it), streaming it: the result equals `summarize` of the same
 * centre, and memory grows with the counted children and the indicators and activities they have
 * records for, never with the number of lines.
 *
 * The source is read twice. Retractions and corrections may come anywhere in the file, and a
 * retraction of the latest assessment makes the one before it count again, which a single pass
 * could only answer by keeping every assessment. So the first pass keeps only the retraction
 * targets and each correction's new content (a few fields; journals have well under 1 %
 * amendments), and the second pass folds every observation into per-child state: the latest level
 * of each tracked indicator (the child's band, and the band before it), whether it was assessed
 * in the period, and the latest stage of each activity. Ties on a date are broken by observation
 * id, like the progress fold. The file must not change between the passes: a second pass of
 * another size or with other retractions or corrections than the first (the same stream returned
 * twice, a file written to in between) is a {@link ValidationError} (code `conflict`, path
 * `source`). A change of the same size that leaves every amendment as it was is not detected; the
 * summary is then the one of what the second pass read.
 *
 * The roster is validated as `parseCentre` validates a centre's children (the child schema,
 * unique ids): a consent that is not a boolean, an unknown key or an invalid date is a
 * {@link ValidationError} naming every bad field, never a child counted by accident.
 *
 * The first pass only looks at the lines around `"retraction"`, `"correction"` and `\u`. In the
 * second, a line written like {@link writeJournalJsonl} writes it is read straight from the bytes
 * by a scanner that checks exactly what `ObservationSchema` checks; any other line (escapes,
 * whitespace, keys in another order that the scanner does not take, corrections, invalid lines)
 * goes through `JSON.parse` and `ObservationSchema`, so the result, bad lines and their messages
 * included, is the same either way. A file is read in 1 MiB chunks, the next read overlapping the
 * work on the last.
 *
 * Lines that are not valid observations (malformed JSON, failing `ObservationSchema`, longer than
 * `maxLineLength`) are counted and described by line number, never thrown; blank lines are
 * skipped. Observations of children not in the roster, or not counted (no consent for aggregate
 * statistics, not enrolled on `asOf`), are read and dropped.
 *
 * @param source - a file path, or a function returning a fresh stream of text or bytes each time
 *   it is called (e.g. `() => createReadStream(path)`)
 * @param options - `roster`, `asOf`, `period`, `framework`, `curriculum`, `maxProblems`, `maxLineLength`
 * @returns the summary, line counts, bad lines and the size of the retained state
 * @throws {@link ValidationError} for invalid options (as `summarize`) or roster, or a source
 *   whose second pass differs from the first; the file system's error
 *   when the file cannot be read
 * @example
 * ```ts
 * import { summarizeJournalStream } from "tumbuh/node";
 * const { summary, badLines, problems } = await summarizeJournalStream("jurnal-melati.jsonl", {
 *   roster: centre.children, curriculum: centre, asOf, period,
 * });
 * badLines; // => 0
 * ```
 * @category Cohort
 */
export async function summarizeJournalStream(source: JournalSource, options: JournalStreamOptions): Promise<JournalStreamResult> {
  const roster = checkedRoster(options.roster);
  const curriculum = resolveCurriculum(options.curriculum ?? createCentre("roster"));
  const ctx = cohortContext(curriculum, options);
  const maxProblems = options.maxProblems ?? 100;
  const maxLineLength = options.maxLineLength ?? 1_000_000;

  // Lines are matched to children, indicators and activities by their bytes (see ByteKeys): the
  // tables hold every counted child, every tracked indicator id and every activity.
  const indicators = new ByteKeys([...ctx.plans.values()].flatMap((p) => [...p.byId.keys()]));
  const planIndexes = new Map<BandPlan, PlanIndex>();
  const indexOf = (plan: BandPlan): PlanIndex => {
    let index = planIndexes.get(plan);
    if (index === undefined) {
      index = {
        plan,
        positions: indicators.keys.map((id) => plan.byId.get(id)),
        cutoffs: plan.tracked.map((t) => dateNumber(t.cutoff)),
        expected: plan.tracked.map((t) => t.role === "expected"),
      };
      planIndexes.set(plan, index);
    }
    return index;
  };
  const states = new Map<string, PlanIndex>();
  const counted: Child[] = [];
  for (const child of roster) {
    if (!states.has(child.id) && isCounted(child, ctx.asOf)) {
      states.set(child.id, indexOf(planOf(ctx, child)));
      counted.push(child);
    }
  }
  // Growth measurements are few (about one line in twenty): each child keeps its latest three.
  const pickers: (GrowthPicker | undefined)[] = [];
  const growthBodies: GrowthFact[] = [];
  const children = new ByteKeys(states.keys());
  const childPlans = [...states.values()];
  const activities = new ByteKeys(curriculum.activities.keys());
  const toFold = (body: Body): FoldBody => {
    if (body.kind === "assessment") return { kind: KIND_ASSESSMENT, date: dateNumber(body.date), ref: indicators.index.get(body.indicator) ?? -1, value: VALUE_CODES.get(body.level)! };
    if (body.kind === "lesson") return { kind: KIND_LESSON, date: dateNumber(body.date), ref: activities.index.get(body.activity) ?? -1, value: VALUE_CODES.get(body.stage)! };
    if (body.kind === "growth") return { kind: KIND_GROWTH, date: dateNumber(body.growth.date), ref: growthBodies.push(body.growth) - 1, value: 0 };
    return OTHER;
  };
  /** Text lines as bytes, for the scanner (with a line feed after them). */
  let scratch = Buffer.allocUnsafeSlow(4096);
  const bytesOf = (text: string): number => {
    if (scratch.length <= text.length * 3) scratch = Buffer.allocUnsafeSlow(text.length * 3 + 1);
    const n = scratch.write(text, 0, "utf8");
    scratch[n] = LF;
    return n;
  };
  /** Whether `b[start, end)` is one line the scanner understands (it fills `scanned`). */
  const understood = (b: Buffer, start: number, end: number): boolean => {
    if (b[start] !== OPEN || end - start > maxLineLength) return false;
    const r = scanLine(b, start);
    return r === end || (r === end - 1 && b[r] === CR);
  };

  // Both passes measure what the source yields and collect the amendments, so a source that gives
  // other content the second time (the same, already read stream; a file changed in between) is
  // refused instead of summarized with the first pass's amendments.
  const firstSize: SizeCount = { size: 0 };
  const secondSize: SizeCount = { size: 0 };
  const correctionKey = (id: string, target: string, date: string, body: Body) => `${id}\u0000${target}\u0000${date}\u0000${JSON.stringify(body)}`;

  // Pass 1: retraction targets, and the winning correction of each target (latest by date, then id).
  const retracted = new Set<string>();
  const corrections: { id: string; date: string; target: string; body: Body }[] = [];
  const amend = (text: string) => {
    // Only amendments matter here; a line with \u escapes might spell its kind in them.
    if (!text.includes('"retraction"') && !text.includes('"correction"') && !text.includes("\\u")) return;
    if (understood(scratch, 0, bytesOf(text))) {
      if (scanned.kind === KIND_RETRACTION) retracted.add(scratch.toString("latin1", scanned.refStart, scanned.refEnd));
      return;
    }
    const parsed = parseLine(text);
    if (!parsed.ok) return;
    const o = parsed.value;
    if (o.kind === "retraction") retracted.add(o.target);
    else if (o.kind === "correction") corrections.push({ id: o.id, date: o.date, target: o.target, body: bodyOf(o.replacement) });
  };
  await readLines(source, maxLineLength, {
    bytes(b, start, end, _first, reader) {
      // Only the lines around `ction"` (of "retraction" and "correction") and `\` are read.
      let c = b.indexOf(CTION, start);
      let u = b.indexOf(BACKSLASH, start);
      for (;;) {
        let hit = end;
        if (c !== -1 && c < hit) hit = c;
        if (u !== -1 && u < hit) hit = u;
        if (hit >= end) return 0;
        const from = Math.max(start, b.lastIndexOf(LF, hit) + 1);
        let next = hit + 1;
        if ((hit === u && b[u + 1] === 0x75) || (hit === c && isAmendmentKind(b, c, from))) {
          const to = b.indexOf(LF, hit);
          if (understood(b, from, to)) {
            if (scanned.kind === KIND_RETRACTION) retracted.add(b.toString("latin1", scanned.refStart, scanned.refEnd));
          } else {
            reader.slow(b, from, to, 0);
          }
          next = to + 1;
        }
        if (c !== -1 && c < next) c = b.indexOf(CTION, next);
        if (u !== -1 && u < next) u = b.indexOf(BACKSLASH, next);
      }
    },
    text: amend,
    tooLong: () => undefined,
  }, firstSize);
  const firstCorrections = new Set(corrections.map((c) => correctionKey(c.id, c.target, c.date, c.body)));
  const secondRetracted = new Set<string>();
  const secondCorrections = new Set<string>();
  const winners = new Map<string, { id: string; date: string; body: Body }>();
  for (const c of corrections) {
    if (retracted.has(c.id)) continue;
    const prev = winners.get(c.target);
    if (prev === undefined || prev.date < c.date || (prev.date === c.date && prev.id < c.id)) winners.set(c.target, c);
  }
  corrections.length = 0;
  // One table for both: null for a retracted observation, else the body of its winning correction.
  const amendments = new ByteKeys([...retracted, ...winners.keys()]);
  const amended = amendments.keys.map((id): FoldBody | null => (retracted.has(id) ? null : toFold(winners.get(id)!.body)));
  const anyAmended = amended.length > 0;

  // Pass 2: fold every effective observation into per-child state.
  const asOf = dateNumber(ctx.asOf);
  const from = dateNumber(ctx.period.from);
  const end = dateNumber(ctx.end);
  const slots = new FoldSlots();
  const problems: JournalLineProblem[] = [];
  let badLines = 0;
  let observations = 0;
  let indicatorSlots = 0;
  let lessonSlots = 0;
  const bad = (line: number, message: string) => {
    badLines++;
    if (problems.length < maxProblems) problems.push({ line, message });
  };

  /**
   * Folds one record of a child: the latest level of each tracked position of the indicator (by
   * date, then observation id) and whether it was assessed in the period, or the latest stage of
   * the activity (by date, then id, then stage). The observation id is `b[idStart, idEnd)`.
   */
  const offerGrowth = (child: number, m: GrowthFact, b: Uint8Array, idStart: number, idEnd: number) => {
    const picker = (pickers[child] ??= new GrowthPicker(ctx.period.from, ctx.end));
    picker.offer(Buffer.from(b.buffer, b.byteOffset + idStart, idEnd - idStart).toString("latin1"), m);
  };
  const fold = (child: number, kind: number, date: number, ref: number, value: number, b: Uint8Array, idStart: number, idEnd: number) => {
    // Nothing after asOf counts: the cutoffs and the period end are on or before it.
    if (ref === -1 || date > asOf) return;
    if (kind === KIND_GROWTH) {
      offerGrowth(child, growthBodies[ref]!, b, idStart, idEnd);
    } else if (kind === KIND_ASSESSMENT) {
      const plan = childPlans[child]!;
      const positions = plan.positions[ref];
      if (positions === undefined) return;
      for (let k = 0; k < positions.length; k++) {
        const i = positions[k]!;
        const e = slots.slot(child, i);
        if (slots.fresh) indicatorSlots++;
        const last = slots.date(e);
        if (date <= plan.cutoffs[i]! && (date > last || (date === last && slots.compareId(e, b, idStart, idEnd) >= 0))) slots.set(e, date, value, b, idStart, idEnd);
        if (plan.expected[i] && date >= from && date <= end) slots.observe(e);
      }
    } else if (kind === KIND_LESSON) {
      const e = slots.slot(child, LESSON_BASE + ref);
      if (slots.fresh) {
        lessonSlots++;
        slots.set(e, date, value, b, idStart, idEnd);
        return;
      }
      const last = slots.date(e);
      if (date > last) slots.set(e, date, value, b, idStart, idEnd);
      else if (date === last) {
        // Stage codes grow with the stage.
        const order = slots.compareId(e, b, idStart, idEnd);
        if (order > 0 || (order === 0 && value >= slots.value(e))) slots.set(e, date, value, b, idStart, idEnd);
      }
    }
  };
  /** Folds the line `b[start, end)` the scanner just read. */
  const foldScanned = (b: Buffer, start: number, end: number) => {
    observations++;
    const s = scanned;
    if (s.kind === KIND_RETRACTION) {
      secondRetracted.add(b.toString("latin1", s.refStart, s.refEnd));
      return;
    }
    let body: FoldBody | null = null;
    if (anyAmended) {
      const a = amendments.find(b, s.idStart, s.idEnd, s.idHash);
      if (a !== -1) {
        body = amended[a]!;
        if (body === null) return;
      }
    }
    const child = children.find(b, s.childStart, s.childEnd, s.childHash);
    if (child === -1) return;
    if (body !== null) fold(child, body.kind, body.date, body.ref, body.value, b, s.idStart, s.idEnd);
    else if (s.kind === KIND_ASSESSMENT) fold(child, KIND_ASSESSMENT, s.date, indicators.find(b, s.refStart, s.refEnd, s.refHash), s.value, b, s.idStart, s.idEnd);
    else if (s.kind === KIND_LESSON) fold(child, KIND_LESSON, s.date, activities.find(b, s.refStart, s.refEnd, s.refHash), s.value, b, s.idStart, s.idEnd);
    else if (s.kind === KIND_OTHER && s.kindName === "growth" && s.date <= asOf) {
      // The scanner validated the line; its numbers are read with JSON.parse.
      offerGrowth(child, growthFact(JSON.parse(b.toString("utf8", start, end)) as Parameters<typeof growthFact>[0]), b, s.idStart, s.idEnd);
    }
  };
  let idBytes = Buffer.allocUnsafeSlow(256);
  /** Folds an observation read by `JSON.parse` and `ObservationSchema`. */
  const foldParsed = (o: Observation) => {
    observations++;
    if (o.kind === "retraction") secondRetracted.add(o.target);
    else if (o.kind === "correction") secondCorrections.add(correctionKey(o.id, o.target, o.date, bodyOf(o.replacement)));
    if (o.kind === "retraction" || o.kind === "correction") return;
    const a = amendments.index.get(o.id);
    const winner = a === undefined ? undefined : amended[a]!;
    if (winner === null) return;
    const child = children.index.get(o.child);
    if (child === undefined) return;
    if (idBytes.length < o.id.length) idBytes = Buffer.allocUnsafeSlow(o.id.length);
    if (winner === undefined && o.kind === "growth") {
      if (o.date <= ctx.asOf) offerGrowth(child, growthFact(o), idBytes, 0, idBytes.write(o.id, 0, "latin1"));
      return;
    }
    const body = winner ?? toFold(bodyOf(o));
    const n = idBytes.write(o.id, 0, "latin1"); // ids are ASCII
    fold(child, body.kind, body.date, body.ref, body.value, idBytes, 0, n);
  };
  const lines = await readLines(source, maxLineLength, {
    bytes(b, start, stop, first, reader) {
      let line = first - 1;
      let p = start;
      while (p < stop) {
        line++;
        if (b[p] === OPEN) {
          const r = scanLine(b, p);
          if (r !== -1) {
            const c = b[r];
            const next = c === LF ? r + 1 : c === CR && b[r + 1] === LF ? r + 2 : -1;
            if (next !== -1 && next - 1 - p <= maxLineLength) {
              foldScanned(b, p, r);
              p = next;
              continue;
            }
          }
        }
        const nl = b.indexOf(LF, p);
        reader.slow(b, p, nl, line);
        p = nl + 1;
      }
      return line - first + 1;
    },
    text(text, line) {
      const n = bytesOf(text);
      if (understood(scratch, 0, n)) return foldScanned(scratch, 0, n);
      const parsed = parseLine(text);
      if (!parsed.ok) return bad(line, parsed.message);
      foldParsed(parsed.value);
    },
    tooLong: (line) => bad(line, `line longer than ${maxLineLength} characters`),
  }, secondSize);
  const same = (x: ReadonlySet<string>, y: ReadonlySet<string>) => x.size === y.size && [...x].every((k) => y.has(k));
  if (firstSize.size !== secondSize.size || !same(retracted, secondRetracted) || !same(firstCorrections, secondCorrections)) {
    throw new ValidationError([
      {
        path: "source",
        code: "conflict",
        message: "the source gave other content in its second pass than in its first: pass a file path or a function returning a fresh stream of the same content, and do not change the file while it is read",
      },
    ]);
  }

  // Each child's records, in the order they were created.
  const first = new Int32Array(childPlans.length + 1);
  for (let r = 0; r < slots.count; r++) first[slots.child(r) + 1]!++;
  for (let c = 0; c < childPlans.length; c++) first[c + 1]! += first[c]!;
  const next = first.slice(0, childPlans.length);
  const byChild = new Int32Array(slots.count);
  for (let r = 0; r < slots.count; r++) byChild[next[slots.child(r)]!++] = r;
  /** The record of each tracked position of the child being tallied, -1 for none. */
  const levels = new Int32Array(childPlans.reduce((n, p) => Math.max(n, p.plan.tracked.length), 0)).fill(-1);
  const tally = new Map<string, SummaryRow>();
  addKeySpace(tally, ctx);
  childPlans.forEach((plan, child) => {
    const stages: [string, Stage][] = [];
    for (let k = first[child]!; k < first[child + 1]!; k++) {
      const r = byChild[k]!;
      const x = slots.x(r);
      if (x < LESSON_BASE) levels[x] = r;
      else stages.push([activities.keys[x - LESSON_BASE]!, SCAN_STAGES[slots.value(r) - 1]!]);
    }
    const facts: ChildFacts = {
      level: (t) => {
        const r = levels[t.index]!;
        return r === -1 ? undefined : SCAN_LEVELS[slots.value(r) - 1];
      },
      observed: (t) => {
        const r = levels[t.index]!;
        return r !== -1 && slots.observed(r);
      },
      stages: () => stages,
      growth: () => ({ sex: counted[child]!.sex, birthDate: counted[child]!.birthDate, measurements: pickers[child]?.facts() ?? { weight: undefined, height: undefined, both: undefined } }),
    };
    tallyChild(tally, ctx, plan.plan, facts);
    for (let k = first[child]!; k < first[child + 1]!; k++) {
      const x = slots.x(byChild[k]!);
      if (x < LESSON_BASE) levels[x] = -1;
    }
  });
  forgetBytes();
  return {
    summary: buildSummary({ framework: ctx.framework.id, asOf: ctx.asOf, period: ctx.period }, 1, tally.values()),
    lines,
    observations,
    badLines,
    problems,
    retained: { children: states.size, indicators: indicatorSlots, lessons: lessonSlots, amendments: retracted.size + winners.size },
  };
}

/**
 * Writes a journal as JSON Lines, one observation per line in journal order, atomically and
 * durably (to a temporary file with a random name, fsynced, then renamed over the file). Accepts any iterable, so benchmarks can write files far larger
 * than memory.
 *
 * @param path - the file
 * @param journal - a centre (its journal is written) or any iterable of observations
 * @returns the number of lines written
 * @example
 * ```ts
 * import { writeJournalJsonl } from "tumbuh/node";
 * await writeJournalJsonl("jurnal-melati.jsonl", centre); // => 4434
 * ```
 * @category Cohort
 */
export async function writeJournalJsonl(path: string, journal: Pick<Centre, "journal"> | Iterable<Observation>): Promise<number> {
  const entries: Iterable<Observation> = Symbol.iterator in journal ? journal : journal.journal.entries;
  const temp = await openTemp(path);
  let count = 0;
  try {
    let batch = "";
    for (const entry of entries) {
      batch += `${JSON.stringify(entry)}\n`;
      count++;
      if (batch.length >= 1 << 16) {
        await temp.handle.write(batch, null, "utf8");
        batch = "";
      }
    }
    await temp.handle.write(batch, null, "utf8");
  } catch (e) {
    await discardTemp(temp);
    throw e;
  }
  await commitTemp(temp, path);
  return count;
}
