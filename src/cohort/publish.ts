/**
 * Small-cell suppression: turning a summary into a table that can leave the centre, the dinas or
 * the province without letting anyone single out a child.
 *
 * @module
 */
import { type Issue, ValidationError } from "../errors/index.js";
import { NO_BAND } from "./child.js";
import { type CellKey, cell, cellId, cellsOf, compareCells } from "./cells.js";
import type { PublishedCell, PublishedSummary, Summary } from "./schema.js";

/**
 * Default minimum cell size (Washington DOH: suppress non-zero counts below 10).
 *
 * @category Cohort
 */
export const DEFAULT_MIN_CELL_SIZE = 10;
/**
 * The smallest minimum cell size accepted (Wisconsin DPI suppresses groups of 5 or fewer).
 *
 * @category Cohort
 */
export const MIN_CELL_SIZE_FLOOR = 5;

/**
 * Options for {@link publishSummary}.
 *
 * @category Cohort
 */
export interface PublishOptions {
  /** Minimum cell size k: non-zero cells below it are suppressed. Default 10, at least 5. */
  readonly k?: number;
  /**
   * The summaries the published one combines (its centres or districts), when it is a
   * combination. Then suppression also holds for anyone who knows one part exactly (a centre
   * knows its own summary) and for anyone who knows all the others (a city total minus the other
   * centres' tables): every rule is applied to each part and to the summary minus each part too.
   */
  readonly parts?: readonly Summary[];
}

/** The values one party may know or subtract down to: the summary, a part, or the summary minus a part. */
interface View {
  readonly value: ReadonlyMap<string, number>;
  readonly childTotal: number;
}

function valuesOf(blocks: readonly Block[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const b of blocks) for (const n of b.total === undefined ? b.parts : [b.total, ...b.parts]) out.set(cellId(n.key), n.value);
  return out;
}

function viewsOf(blocks: readonly Block[], parts: readonly Summary[]): View[] {
  const whole = valuesOf(blocks);
  const childTotal = (v: ReadonlyMap<string, number>) => v.get(cellId(cell("children", { band: "*" }))) ?? 0;
  const views: View[] = [{ value: whole, childTotal: childTotal(whole) }];
  if (parts.length === 0) return views;
  const sum = new Map<string, number>();
  const issues: Issue[] = [];
  parts.forEach((part, i) => {
    const own = valuesOf(blocksOf(part));
    for (const [id, v] of own) {
      sum.set(id, (sum.get(id) ?? 0) + v);
      if (!whole.has(id)) issues.push({ path: `options.parts[${i}]`, code: "conflict", message: `part ${i} has a cell the summary lacks` });
    }
    const rest = new Map<string, number>();
    for (const [id, v] of whole) rest.set(id, v - (own.get(id) ?? 0));
    views.push({ value: own, childTotal: childTotal(own) }, { value: rest, childTotal: childTotal(rest) });
  });
  for (const [id, v] of whole) {
    if ((sum.get(id) ?? 0) !== v) {
      issues.push({ path: "options.parts", code: "conflict", message: "the parts do not add up to the summary" });
      break;
    }
  }
  if (issues.length > 0) throw new ValidationError(issues.slice(0, 1));
  return views;
}

interface Node {
  readonly key: CellKey;
  readonly value: number;
}

/** A total and its parts (an additive relation), and how many children stand behind it. */
interface Block {
  readonly total: Node | undefined;
  readonly parts: readonly Node[];
  readonly population: number;
  /**
   * For the levels of an aspect × band: the band. Their total is the band's children times the
   * aspect's (public) number of expected indicators, so it is exactly as secret as that cell.
   */
  readonly band?: string;
}

function blocksOf(summary: Summary): Block[] {
  const cells = cellsOf(summary);
  const childTotal = cells.filter((c) => c.dimension === "children").reduce((s, c) => s + c.count, 0);
  const groups = new Map<string, { total: CellKey | undefined; parts: Node[]; population: number; band?: string }>();
  for (const c of cells) {
    let id: string;
    let total: CellKey | undefined;
    let population: number;
    switch (c.dimension) {
      case "children":
        id = "children";
        total = cell("children", { band: "*" });
        population = childTotal;
        break;
      case "levels":
        id = `levels\u0001${c.aspect}\u0001${c.band}`;
        total = cell("levels", { aspect: c.aspect, band: c.band, level: "*" });
        // Level cells count child × indicator, so the children of the band stand behind them.
        population = summary.children[c.band] ?? 0;
        break;
      case "lessons":
        id = `lessons\u0001${c.area}`;
        total = cell("lessons", { area: c.area, stage: "*" });
        population = childTotal;
        break;
      case "concerns":
        id = `concerns\u0001${c.aspect}\u0001${c.kind}`;
        total = undefined;
        population = childTotal;
        break;
      case "nutrition":
        // Children of a band per category of one table; the total is the children measured.
        id = `nutrition\u0001${c.kind}\u0001${c.band}`;
        total = cell("nutrition", { kind: c.kind, band: c.band, level: "*" });
        population = summary.children[c.band] ?? 0;
        break;
      default:
        continue;
    }
    const group = groups.get(id) ?? { total, parts: [], population, ...(c.dimension === "levels" ? { band: c.band } : {}) };
    group.parts.push({ key: c, value: c.count });
    groups.set(id, group);
  }
  return [...groups.values()].map((g) => ({
    total: g.total === undefined ? undefined : { key: g.total, value: g.parts.reduce((s, p) => s + p.value, 0) },
    parts: g.parts,
    population: g.population,
    ...(g.band !== undefined ? { band: g.band } : {}),
  }));
}

/**
 * Publishes a summary with small cells suppressed, so that no child can be singled out and no
 * suppressed cell can be worked out from the published ones. Totals are added: children over all
 * bands (`band: "*"`), levels over the levels of an aspect × band (`level: "*"`) and lessons over
 * the stages of an area (`stage: "*"`). Rules, applied in order:
 *
 * 1. **Small population.** Every cell of a block (a total with its parts) that describes fewer
 *    than k children — a band with 1 to k−1 children for its levels, a summary with 1 to k−1
 *    children for everything — is suppressed, zeros included ("none of the 3 children has a
 *    concern" would tell each family something about the others).
 * 2. **Primary.** Every non-zero cell below k is suppressed. Zero cells are published: a zero
 *    says that no child is in the cell, which singles nobody out, and hiding zeros would make
 *    readers guess.
 * 3. **Complementary.** In every block whose total is published, the suppressed non-zero parts
 *    must be at least two and together hold at least k + (their number − 2); otherwise the next
 *    smallest non-zero part is suppressed too (when no part is left, the total), repeated until
 *    stable. So no suppressed cell can be found by subtracting published parts from a published
 *    total, and each could be anything in a range as wide as 1 … k−1. A suppressed total always
 *    hides at least one part as well.
 * 4. **Levels follow their children.** The levels of an aspect × band count at most (and, when
 *    every indicator was assessed, exactly) the band's children times the aspect's public number
 *    of indicators. So when a band's children are suppressed, every level cell of that band is
 *    suppressed too, totals included; when they are published, the levels total counts as
 *    published.
 *
 * With `parts` (the summaries a combined one adds up), every rule is also applied to each part
 * and to the summary minus each part, so neither a centre that knows its own summary nor someone
 * who subtracts the other centres' tables from the city's learns a small cell of another centre.
 *
 * Nutrition-status cells (children per table × band × category, health data) form a block per
 * table × band whose total (`level: "*"`) is the children measured, tied by rule 1 to the
 * children of the band.
 *
 * Suppressed cells have `count: null`; the footnote explains them without saying which rule hid
 * a cell (which would tell a reader that the cell is below k). The `concerns` cells count
 * children and have no published total. Level and lesson cells count child × indicator and
 * child × activity, which is why rule 1 ties them to the children behind them.
 *
 * @param summary - a summary (one centre or many combined)
 * @param options - `k`, the minimum cell size (default 10, at least 5), and `parts`
 * @returns the published table (new data; the summary is not changed)
 * @throws {@link ValidationError} when `k` is not an integer or is below 5, or the `parts` do not
 *   add up to the summary
 * @example
 * ```ts
 * // children per band: 48-60: 23, 60-72: 3, none: 0 → total 26
 * publishSummary(summary, { k: 10 }).cells.filter((c) => c.dimension === "children");
 * // => *: 26, 48-60: null, 60-72: null, none: 0
 * // (3 is below k, and 23 is hidden too, or 26 − 23 would reveal the 3)
 * ```
 * @category Cohort
 */
export function publishSummary(summary: Summary, options: PublishOptions = {}): PublishedSummary {
  const k = options.k ?? DEFAULT_MIN_CELL_SIZE;
  if (!Number.isInteger(k)) throw new ValidationError([{ path: "options.k", code: "invalid_value", message: `k must be an integer, got ${String(k)}` }]);
  if (k < MIN_CELL_SIZE_FLOOR) {
    throw new ValidationError([{ path: "options.k", code: "too_small", message: `k ${k} is below the floor of ${MIN_CELL_SIZE_FLOOR}` }]);
  }
  const blocks = blocksOf(summary);
  const views = viewsOf(blocks, options.parts ?? []);
  const hidden = new Set<string>();
  const hide = (n: Node): boolean => {
    const id = cellId(n.key);
    if (hidden.has(id)) return false;
    hidden.add(id);
    return true;
  };
  const isHidden = (n: Node) => hidden.has(cellId(n.key));
  const childCell = new Map<string, Node>();
  for (const b of blocks) if (b.total?.key.dimension === "children") for (const p of b.parts) childCell.set(p.key.band, p);
  for (const b of blocks) {
    const members = b.total === undefined ? b.parts : [b.total, ...b.parts];
    for (const view of views) {
      const tie = b.band === undefined ? undefined : childCell.get(b.band);
      const population = tie === undefined ? view.childTotal : (view.value.get(cellId(tie.key)) ?? 0);
      if (population > 0 && population < k) members.forEach(hide);
      for (const n of members) {
        const v = view.value.get(cellId(n.key)) ?? 0;
        if (v > 0 && v < k) hide(n);
      }
    }
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const b of blocks) {
      // The levels of a band whose children are hidden are all hidden: their total would give the
      // children (total ÷ indicators), and a published level would bound it.
      const tie = b.band === undefined ? undefined : childCell.get(b.band);
      if (tie !== undefined && isHidden(tie)) {
        for (const n of [b.total!, ...b.parts]) if (hide(n)) changed = true;
        continue;
      }
      if (b.total === undefined) continue;
      // A levels total is known whenever the band's children are published.
      const totalHidden = tie === undefined && isHidden(b.total);
      const hiddenParts = b.parts.filter(isHidden);
      if (hiddenParts.length === 0 && !totalHidden) continue;
      for (const view of views) {
        const v = (n: Node) => view.value.get(cellId(n.key)) ?? 0;
        const nonZero = hiddenParts.filter((n) => v(n) > 0);
        const sum = nonZero.reduce((s, n) => s + v(n), 0);
        // Safe when nothing hidden is non-zero in this view (zeros single nobody out), or at least
        // two non-zero cells hold k + (their number − 2) together, so that each of them, being at
        // least 1, could still be anything in a range as wide as 1 … k−1; or the total is hidden.
        const safe = totalHidden ? hiddenParts.length >= 1 : sum === 0 || (nonZero.length >= 2 && sum >= k + nonZero.length - 2);
        if (safe) continue;
        const next = b.parts
          .filter((n) => !isHidden(n) && v(n) > 0)
          .sort((x, y) => v(x) - v(y) || compareCells(x.key, y.key))[0];
        let did = next !== undefined ? hide(next) : tie !== undefined ? hide(tie) : hide(b.total);
        if (!did) {
          // Nothing non-zero left in this view's terms: the smallest part still shown goes.
          const any = b.parts.filter((n) => !isHidden(n)).sort((x, y) => x.value - y.value || compareCells(x.key, y.key))[0];
          if (any !== undefined) did = hide(any);
        }
        if (!did) continue;
        changed = true;
        break;
      }
    }
  }
  const cells: PublishedCell[] = [];
  for (const b of blocks) {
    for (const n of b.total === undefined ? b.parts : [b.total, ...b.parts]) {
      cells.push({ ...n.key, count: isHidden(n) ? null : n.value });
    }
  }
  cells.sort(compareCells);
  return {
    format: "tumbuh.published-summary",
    version: 1,
    framework: summary.framework,
    asOf: summary.asOf,
    period: { from: summary.period.from, to: summary.period.to },
    centres: summary.centres,
    k,
    footnote: {
      id: `Sel kosong (null) disembunyikan: berisi kurang dari ${k} (anak atau catatan), menggambarkan kurang dari ${k} anak, atau disembunyikan agar sel lain tidak dapat dihitung dari totalnya. Angka nol ditampilkan. Kelompok usia "${NO_BAND}": usia di luar semua kelompok.`,
      en: `Empty (null) cells are suppressed: fewer than ${k} (children or records), describing fewer than ${k} children, or hidden so that another cell cannot be worked out from its total. Zeros are shown. Band "${NO_BAND}": age outside every band.`,
    },
    cells,
  };
}
