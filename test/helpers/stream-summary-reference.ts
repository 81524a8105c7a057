/// <reference types="node" />
/**
 * The streaming summary as it was before the byte scanner (JSON.parse + ObservationSchema on every
 * line, text split by a streaming decoder), kept verbatim as the oracle of the differential tests:
 * the fast implementation must give exactly the same result for every input.
 */
import { createReadStream } from "node:fs";
import type { Summary, SummaryRow } from "../../src/cohort/schema.js";
import { buildSummary } from "../../src/cohort/cells.js";
import {
  addKeySpace,
  type BandPlan,
  type ChildFacts,
  cohortContext,
  GrowthPicker,
  isCounted,
  planOf,
  type SummaryOptions,
  tallyChild,
} from "../../src/cohort/child.js";
import { resolveCurriculum } from "../../src/curricula/resolve.js";
import { createCentre } from "../../src/io/centre-document.js";
import { issuesFromZod } from "../../src/io/issues.js";
import type { CalendarDate } from "../../src/time/index.js";
import { type Centre, type Child, type Level, LevelSchema, type Observation, ObservationSchema, type Stage } from "../../src/model/index.js";

/**
 * Where a JSON Lines journal comes from: a file path, or a function that returns a fresh stream
 * of text or bytes each time it is called (the journal is read twice).
 *
 * @category Cohort
 */
export type JournalSource = string | (() => AsyncIterable<string | Uint8Array>);

/**
 * Calls `onLine` for every line of a source (without its `\n` or `\r\n`), decoding UTF-8
 * across chunk boundaries and dropping a leading BOM. A line longer than `maxLength` is skipped
 * and reported through `onTooLong`, without being kept. Resolves to the number of lines.
 */
async function forEachLine(
  source: JournalSource,
  maxLength: number,
  onLine: (text: string, line: number) => void,
  onTooLong: (line: number) => void = () => undefined,
): Promise<number> {
  if (typeof source !== "string" && typeof source !== "function") {
    throw new TypeError("source must be a file path or a function returning a fresh stream (the journal is read twice)");
  }
  const stream = typeof source === "string" ? createReadStream(source) : source();
  const decoder = new TextDecoder("utf-8");
  let line = 0;
  let rest = "";
  let tooLong = false;
  let first = true;
  const emit = (text: string) => {
    line++;
    if (tooLong || text.length > maxLength) onTooLong(line);
    else {
      const t = text.endsWith("\r") ? text.slice(0, -1) : text;
      if (t.trim() !== "") onLine(t, line);
    }
    tooLong = false;
  };
  const feed = (chunk: string) => {
    let text = first && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
    if (chunk !== "") first = false;
    let start = 0;
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
      emit(rest + text.slice(start, nl));
      rest = "";
      start = nl + 1;
    }
    text = text.slice(start);
    if (tooLong || rest.length + text.length > maxLength) {
      tooLong = true;
      rest = "";
    } else {
      rest += text;
    }
  };
  for await (const chunk of stream) feed(typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }));
  feed(decoder.decode());
  if (rest !== "" || tooLong) emit(rest);
  return line;
}

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

const STAGE_RANK: Readonly<Record<Stage, number>> = { presented: 0, practicing: 1, mastered: 2 };
/** One shared string per level, so the retained state does not keep a copy per line. */
const LEVELS: ReadonlyMap<string, Level> = new Map(LevelSchema.options.map((l) => [l, l]));

/** The latest assessment of one tracked indicator, and whether it was assessed in the period. */
interface LevelSlot {
  date: string;
  id: string;
  level: Level | undefined;
  observed: boolean;
}

/** The latest lesson record of one activity on or before `asOf`. */
interface StageSlot {
  date: string;
  id: string;
  stage: Stage;
}

interface ChildState {
  readonly child: Child;
  growth: GrowthPicker | undefined;
  readonly plan: BandPlan;
  levels: (LevelSlot | undefined)[] | undefined;
  lessons: Map<string, StageSlot> | undefined;
}

/** What a correction changes, reduced to the fields a summary reads. */
type Body =
  | { readonly kind: "assessment"; readonly date: string; readonly indicator: string; readonly level: Level }
  | { readonly kind: "lesson"; readonly date: string; readonly activity: string; readonly stage: Stage }
  | { readonly kind: "growth"; readonly date: string; readonly weightKg: number | undefined; readonly heightCm: number | undefined; readonly position: "lying" | "standing" | undefined }
  | { readonly kind: "other" };

function bodyOf(o: Observation | Extract<Observation, { kind: "correction" }>["replacement"]): Body {
  if (o.kind === "assessment") return { kind: "assessment", date: o.date, indicator: o.indicator, level: o.level };
  if (o.kind === "lesson") return { kind: "lesson", date: o.date, activity: o.activity, stage: o.stage };
  if (o.kind === "growth") return { kind: "growth", date: o.date, weightKg: o.weightKg, heightCm: o.heightCm, position: o.position };
  return { kind: "other" };
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
 * id, like the progress fold. The file must not change between the passes.
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
 * @throws {@link ValidationError} for invalid options (as `summarize`); the file system's error
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
export async function summarizeJournalStreamReference(source: JournalSource, options: JournalStreamOptions): Promise<JournalStreamResult> {
  const curriculum = resolveCurriculum(options.curriculum ?? createCentre("roster"));
  const ctx = cohortContext(curriculum, options);
  const maxProblems = options.maxProblems ?? 100;
  const maxLineLength = options.maxLineLength ?? 1_000_000;
  const states = new Map<string, ChildState>();
  for (const child of options.roster) {
    if (!states.has(child.id) && isCounted(child, ctx.asOf)) states.set(child.id, { child, growth: undefined, plan: planOf(ctx, child), levels: undefined, lessons: undefined });
  }
  // Interned strings, so the retained state shares one copy of each date and activity id.
  const dates = new Map<string, string>();
  const intern = (d: string) => dates.get(d) ?? (dates.set(d, d), d);
  const activities = new Map([...curriculum.activities.keys()].map((k) => [k, k]));

  // Pass 1: retraction targets, and the winning correction of each target (latest by date, then id).
  const retracted = new Set<string>();
  const corrections: { id: string; date: string; target: string; body: Body }[] = [];
  await forEachLine(source, maxLineLength, (text) => {
    // Only amendments matter here; a line with \u escapes might spell its kind in them.
    if (!text.includes('"retraction"') && !text.includes('"correction"') && !text.includes("\\u")) return;
    const parsed = parseLine(text);
    if (!parsed.ok) return;
    const o = parsed.value;
    if (o.kind === "retraction") retracted.add(o.target);
    else if (o.kind === "correction") corrections.push({ id: o.id, date: o.date, target: o.target, body: bodyOf(o.replacement) });
  });
  const winners = new Map<string, { id: string; date: string; body: Body }>();
  for (const c of corrections) {
    if (retracted.has(c.id)) continue;
    const prev = winners.get(c.target);
    if (prev === undefined || prev.date < c.date || (prev.date === c.date && prev.id < c.id)) winners.set(c.target, c);
  }
  corrections.length = 0;

  // Pass 2: fold every effective observation into per-child state.
  const { from } = ctx.period;
  const problems: JournalLineProblem[] = [];
  let badLines = 0;
  let observations = 0;
  let indicatorSlots = 0;
  let lessonSlots = 0;
  const bad = (line: number, message: string) => {
    badLines++;
    if (problems.length < maxProblems) problems.push({ line, message });
  };
  const lines = await forEachLine(
    source,
    maxLineLength,
    (text, line) => {
      const parsed = parseLine(text);
      if (!parsed.ok) return bad(line, parsed.message);
      observations++;
      const o = parsed.value;
      if (o.kind === "retraction" || o.kind === "correction" || retracted.has(o.id)) return;
      const state = states.get(o.child);
      if (state === undefined) return;
      const body = winners.get(o.id)?.body ?? bodyOf(o);
      // Nothing after asOf counts: the cutoffs and the period end are on or before it.
      if (body.kind === "other" || body.date > ctx.asOf) return;
      if (body.kind === "growth") {
        state.growth ??= new GrowthPicker(from, ctx.end);
        state.growth.offer(o.id, { date: body.date as CalendarDate, weightKg: body.weightKg, heightCm: body.heightCm, position: body.position });
      } else if (body.kind === "assessment") {
        const positions = state.plan.byId.get(body.indicator);
        if (positions === undefined) return;
        state.levels ??= [];
        for (const i of positions) {
          const t = state.plan.tracked[i]!;
          let slot = state.levels[i];
          if (slot === undefined) {
            slot = { date: "", id: "", level: undefined, observed: false };
            state.levels[i] = slot;
            indicatorSlots++;
          }
          if (body.date <= t.cutoff && (body.date > slot.date || (body.date === slot.date && o.id >= slot.id))) {
            slot.date = intern(body.date);
            slot.id = o.id;
            slot.level = LEVELS.get(body.level) ?? body.level;
          }
          if (t.role === "expected" && body.date >= from && body.date <= ctx.end) slot.observed = true;
        }
      } else if (body.kind === "lesson") {
        const activity = activities.get(body.activity);
        if (activity === undefined) return;
        state.lessons ??= new Map();
        const slot = state.lessons.get(activity);
        const rank = STAGE_RANK[body.stage];
        if (slot === undefined) lessonSlots++;
        if (slot === undefined || body.date > slot.date || (body.date === slot.date && (o.id > slot.id || (o.id === slot.id && rank >= STAGE_RANK[slot.stage])))) {
          state.lessons.set(activity, { date: intern(body.date), id: o.id, stage: body.stage });
        }
      }
    },
    (line) => bad(line, `line longer than ${maxLineLength} characters`),
  );

  const tally = new Map<string, SummaryRow>();
  addKeySpace(tally, ctx);
  for (const state of states.values()) {
    const facts: ChildFacts = {
      level: (t) => state.levels?.[t.index]?.level,
      observed: (t) => state.levels?.[t.index]?.observed ?? false,
      stages: () => [...(state.lessons ?? new Map<string, StageSlot>())].map(([activity, s]) => [activity, s.stage] as const),
      growth: () => ({ sex: state.child.sex, birthDate: state.child.birthDate, measurements: state.growth?.facts() ?? { weight: undefined, height: undefined, both: undefined } }),
    };
    tallyChild(tally, ctx, state.plan, facts);
  }
  return {
    summary: buildSummary({ framework: ctx.framework.id, asOf: ctx.asOf, period: ctx.period }, 1, tally.values()),
    lines,
    observations,
    badLines,
    problems,
    retained: { children: states.size, indicators: indicatorSlots, lessons: lessonSlots, amendments: retracted.size + winners.size },
  };
}
