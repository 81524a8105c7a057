/**
 * The suppression auditor: given everything published (and whatever else an attacker may know),
 * computes by linear programming the interval each suppressed cell could take, and reports every
 * cell whose interval is narrower than the protection width.
 *
 * Protection rule: a suppressed cell is protected when, given every published table and every
 * linear relation the data implies, it could take any value in an interval at least as wide as
 * the range 1 … k−1 (hi − lo ≥ k − 2), or when it is known to be 0 (a zero singles nobody out).
 * The relations: each total is the sum of its parts; the levels of an aspect × band total at most
 * the band's children times the aspect's (public) number of expected indicators, and exactly that
 * when every child was assessed on every indicator (granted to the attacker whenever it is true);
 * a concern count is at
 * most the children counted; a combined summary is the sum of its parts; two summaries of one
 * roster on one day have the same children. The attacker knows that a suppressed cell of a block
 * whose children are published and at least k is not zero. The bounds are those of the LP
 * relaxation (real values), as in the usual audit of suppressed tables.
 */
import solver from "javascript-lp-solver";
import { type CellKey, cellId } from "../../src/cohort/cells.js";
import {
  combineSummaries,
  createCentre,
  createSampleCentre,
  type PublishedSummary,
  publishSummary,
  resolveCurriculum,
  type Summary,
  summarize,
  summaryRows,
} from "../../src/index.js";

type Term = readonly [variable: string, coefficient: number];
interface Relation {
  readonly terms: readonly Term[];
  readonly equal?: number;
  readonly max?: number;
  readonly min?: number;
}

/** One table the attacker reasons about. */
export interface AuditTable {
  /** A name, unique among the tables. */
  readonly name: string;
  /** The true counts (totals included are derived). */
  readonly truth: Summary;
  /** What is published, if anything; cells of an unpublished table are all unknown. */
  readonly published?: PublishedSummary;
  /** The attacker knows this table exactly (a centre knows its own summary). */
  readonly known?: boolean;
}

export interface AuditProblem {
  readonly table: string;
  readonly cell: string;
  readonly value: number;
  readonly lo: number;
  readonly hi: number;
}

const STAR = "*";
const key = (c: Partial<CellKey> & { dimension: CellKey["dimension"] }): CellKey => ({ band: "", aspect: "", area: "", stage: "", level: "", kind: "", ...c });

/** Expected indicators per aspect × band of STPPA 2014 (public: the framework). */
export function indicatorCounts(): Map<string, number> {
  const out = new Map<string, number>();
  for (const id of resolveCurriculum(createCentre("n")).indicators.keys()) {
    const m = /^stppa2014\.([^.]+)\.([^.]+)\./.exec(id);
    if (m) out.set(`${m[2]}|${m[1]}`, (out.get(`${m[2]}|${m[1]}`) ?? 0) + 1);
  }
  return out;
}
const INDICATORS = indicatorCounts();

/** Every cell of a summary with the totals publishSummary adds, by cell id. */
function cellsWithTotals(s: Summary): Map<string, { key: CellKey; value: number }> {
  const out = new Map<string, { key: CellKey; value: number }>();
  const put = (k: CellKey, v: number) => {
    const id = cellId(k);
    const e = out.get(id);
    if (e) (e as { value: number }).value += v;
    else out.set(id, { key: k, value: v });
  };
  for (const r of summaryRows(s)) {
    if (r.dimension === "centres") continue;
    const k = key(r as CellKey);
    put(k, r.count);
    if (r.dimension === "children") put(key({ dimension: "children", band: STAR }), r.count);
    if (r.dimension === "levels") put(key({ dimension: "levels", aspect: r.aspect, band: r.band, level: STAR }), r.count);
    if (r.dimension === "lessons") put(key({ dimension: "lessons", area: r.area, stage: STAR }), r.count);
  }
  return out;
}

/**
 * The intervals of every suppressed cell of every published table, and of every cell of an
 * unpublished table (a centre the attacker wants to learn about), that are narrower than the
 * protection width.
 */
export function auditSuppression(
  tables: readonly AuditTable[],
  k: number,
  links: {
    readonly sums?: readonly { readonly total: string; readonly parts: readonly string[] }[];
    readonly sameChildren?: readonly (readonly [string, string])[];
    /**
     * Which unknown cells to bound (default: the small ones, true value 1 … k−1, whose disclosure
     * would single children out; a larger cell found exactly only matters through the small ones
     * it gives away, which are bounded themselves). The others still take part in the relations.
     */
    readonly only?: (table: string, value: number) => boolean;
  } = {},
): AuditProblem[] {
  const relations: Relation[] = [];
  const targets: { table: string; id: string; value: number }[] = [];
  const v = (table: string, id: string) => `${table}|${id}`;
  const cellsOf = new Map<string, Map<string, { key: CellKey; value: number }>>();
  for (const t of tables) {
    const cells = cellsWithTotals(t.truth);
    cellsOf.set(t.name, cells);
    const published = new Map<string, number | null>();
    for (const c of t.published?.cells ?? []) published.set(cellId(c as CellKey), c.count);
    const childrenOf = (band: string) => cells.get(cellId(key({ dimension: "children", band })))!;
    const childTotal = childrenOf(STAR);
    const pub = (id: string) => published.get(id);
    // Structure: totals, the levels tie, concerns bounded by the children.
    const blocks = new Map<string, { total: string; parts: string[] }>();
    for (const [id, c] of cells) {
      const k2 = c.key;
      let total: CellKey | undefined;
      if (k2.dimension === "children" && k2.band !== STAR) total = key({ dimension: "children", band: STAR });
      if (k2.dimension === "levels" && k2.level !== STAR) total = key({ dimension: "levels", aspect: k2.aspect, band: k2.band, level: STAR });
      if (k2.dimension === "lessons" && k2.stage !== STAR) total = key({ dimension: "lessons", area: k2.area, stage: STAR });
      if (total !== undefined) {
        const tid = cellId(total);
        const b = blocks.get(tid) ?? { total: tid, parts: [] };
        b.parts.push(id);
        blocks.set(tid, b);
      }
      if (k2.dimension === "levels" && k2.level === STAR) {
        const n = INDICATORS.get(`${k2.aspect}|${k2.band}`) ?? 0;
        const children = childrenOf(k2.band);
        if (c.value > n * children.value) throw new Error(`levels ${k2.aspect} ${k2.band}: ${c.value} is more than ${n} × ${children.value}`);
        // At most one level per child × indicator; exactly that when every indicator of every
        // child was assessed, which an attacker may guess and check, so it is granted then.
        const terms: Term[] = [[v(t.name, id), 1], [v(t.name, cellId(children.key)), -n]];
        relations.push(c.value === n * children.value ? { terms, equal: 0 } : { terms, max: 0 });
      }
      if (k2.dimension === "concerns") relations.push({ terms: [[v(t.name, id), 1], [v(t.name, cellId(childTotal.key)), -1]], max: 0 });
    }
    for (const b of blocks.values()) relations.push({ terms: [[v(t.name, b.total), 1], ...b.parts.map((p): Term => [v(t.name, p), -1])], equal: 0 });
    for (const [id, c] of cells) {
      const known = t.known === true ? c.value : pub(id);
      if (known !== undefined && known !== null) {
        relations.push({ terms: [[v(t.name, id), 1]], equal: known });
        continue;
      }
      // Hidden (or unpublished): non-zero when its block's children are published and at least k.
      let population: number | null | undefined = pub(cellId(childTotal.key));
      if (c.key.dimension === "levels") population = pub(cellId(childrenOf(c.key.band).key));
      if (c.key.dimension === "children") population = pub(cellId(childTotal.key));
      const nonZero = t.published !== undefined && typeof population === "number" && population >= k;
      relations.push({ terms: [[v(t.name, id), 1]], min: nonZero ? 1 : 0 });
      if (links.only === undefined ? c.value > 0 && c.value < k : links.only(t.name, c.value)) targets.push({ table: t.name, id, value: c.value });
    }
  }
  for (const link of links.sums ?? []) {
    for (const id of cellsOf.get(link.total)!.keys()) {
      relations.push({ terms: [[v(link.total, id), 1], ...link.parts.map((p): Term => [v(p, id), -1])], equal: 0 });
    }
  }
  for (const [a, b] of links.sameChildren ?? []) {
    for (const [id, c] of cellsOf.get(a)!) if (c.key.dimension === "children") relations.push({ terms: [[v(a, id), 1], [v(b, id), -1]], equal: 0 });
  }

  // The model, built once; each target is optimized both ways.
  const constraints: Record<string, { equal?: number; max?: number; min?: number }> = {};
  const variables: Record<string, Record<string, number>> = {};
  relations.forEach((r, i) => {
    const name = `r${i}`;
    constraints[name] = r.equal !== undefined ? { equal: r.equal } : r.max !== undefined ? { max: r.max } : { min: r.min! };
    for (const [x, coef] of r.terms) (variables[x] ??= {})[name] = ((variables[x] ??= {})[name] ?? 0) + coef;
  });
  const problems: AuditProblem[] = [];
  for (const target of targets) {
    const x = v(target.table, target.id);
    const bound = (opType: "min" | "max"): number => {
      const vars: Record<string, Record<string, number>> = {};
      for (const [name, coefs] of Object.entries(variables)) vars[name] = name === x ? { ...coefs, objective: 1 } : coefs;
      const r = solver.Solve({ optimize: "objective", opType, constraints, variables: vars }) as { feasible: boolean; bounded?: boolean; result: number };
      if (!r.feasible) throw new Error(`the published tables are infeasible (${x})`);
      if (r.bounded === false) return opType === "max" ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
      return r.result;
    };
    const lo = bound("min");
    const hi = bound("max");
    const eps = 1e-6;
    if (hi <= eps) continue;
    if (hi - lo >= k - 2 - eps) continue;
    problems.push({ table: target.table, cell: target.id.replace(/\u0001/g, "/"), value: target.value, lo, hi });
  }
  return problems;
}

/**
 * Audits the published summary of one generated centre and, with a second generated centre, the
 * city of both as either centre sees it (knowing its own summary). Returns every problem found.
 */
export function auditGenerated(seed: number, children: number, weeks: number, k: number): AuditProblem[] {
  const asOf = "2026-11-27" as const;
  const period = { from: "2026-07-01", to: "2026-12-31" } as const;
  const make = (s: number, n: number) => summarize(createSampleCentre({ seed: s, children: n, weeks, asOf }), { asOf: asOf as never, period: period as never });
  const a = make(seed, children);
  const problems = auditSuppression([{ name: "centre", truth: a, published: publishSummary(a, { k }) }], k);
  const b = make(seed + 1, Math.max(1, Math.floor(children / 2)));
  const city = combineSummaries(a, b);
  const published = publishSummary(city, { k, parts: [a, b] });
  for (const [own, other] of [[a, b], [b, a]] as const) {
    const tables = [
      { name: "city", truth: city, published },
      { name: "own", truth: own, known: true },
      { name: "other", truth: other },
    ];
    const only = (table: string, value: number) => table === "other" && value > 0 && value < k;
    problems.push(...auditSuppression(tables, k, { sums: [{ total: "city", parts: ["own", "other"] }], only }));
  }
  return problems;
}
