/**
 * `summarize` and `combineSummaries`: a centre's additive counts, and the sum of many.
 *
 * @module
 */
import { resolveCurriculum } from "../curricula/resolve.js";
import { type Issue, ValidationError } from "../errors/index.js";
import type { Centre } from "../model/index.js";
import { childProgress, foldProgress, latestOnOrBefore } from "../progress/index.js";
import { stagesAsOf } from "../report/montessori.js";
import { addKeySpace, type ChildFacts, cohortContext, GrowthPicker, isCounted, planOf, type SummaryOptions, tallyChild } from "./child.js";
import { add, buildSummary, cellsOf, type SummaryMeta } from "./cells.js";
import type { Summary, SummaryRow } from "./schema.js";

/**
 * Summarizes a centre (rekap) as additive counts, with no child's id or name in it: children per
 * STPPA band, latest levels per aspect × band, Montessori lessons per area × stage, and children
 * with concerns per aspect × kind, and children per nutrition-status category of Permenkes 2/2020
 * (stunting, wasting, underweight, overweight; from the latest measurements in the period). Every
 * cell of the framework is present (zeros included), so all summaries of a framework have the
 * same rows.
 *
 * Who is counted: children whose family consented to aggregate statistics
 * (`child.consent.aggregateStatistics`; UU PDP No. 27/2022 Art. 25 requires a parent's or
 * guardian's consent for processing a child's data) and who are enrolled on `asOf`
 * (`enrolledOn ≤ asOf`, no `leftOn` before `asOf`).
 *
 * The counts follow the progress report exactly (a summary is the sum of the staff rapor of the
 * counted children): the band is the child's STPPA band on `asOf`; each expected indicator of the
 * band with an assessment on or before the end of the period counts once at its latest level;
 * lesson stages are those on `asOf`; a child counts once in `concerns[aspect][kind]` when the
 * report would list at least one concern of that kind in that aspect (`still-bb` and
 * `not-observed` once two thirds of the period have passed; `earlier-band` for indicators of the
 * previous band assessed below BSH). Retractions and corrections are applied first.
 *
 * @param centre - the centre
 * @param options - `asOf` and `period` (required), `framework` (an STPPA framework, default `stppa2014`)
 * @returns the summary, with `centres: 1`
 * @throws {@link ValidationError} for an invalid date or period, or an unknown or non-STPPA framework
 * @example
 * ```ts
 * const summary = summarize(centre, {
 *   asOf: parseCalendarDate("2026-11-27"),
 *   period: { from: parseCalendarDate("2026-07-01"), to: parseCalendarDate("2026-12-31") },
 * });
 * summary.children["48-60"]; // => 11
 * summary.levels.kog?.["48-60"]?.BSH; // => 64
 * ```
 * @category Cohort
 */
export function summarize(centre: Centre, options: SummaryOptions): Summary {
  const curriculum = resolveCurriculum(centre);
  const ctx = cohortContext(curriculum, options);
  const index = foldProgress(centre);
  const tally = new Map<string, SummaryRow>();
  addKeySpace(tally, ctx);
  const { from } = ctx.period;
  const key = JSON.stringify([ctx.framework.id, ctx.asOf, ctx.period.from, ctx.period.to]);
  for (const child of centre.children) {
    if (!isCounted(child, ctx.asOf)) continue;
    const progress = childProgress(index, child.id);
    // A child's counts depend on the child, its progress and the options only: they are kept per
    // progress object, which every centre value that recorded nothing about the child shares.
    let memo = childTallies.get(progress);
    let hit = memo?.find((m) => m.key === key && m.child === child && m.curriculum === curriculum);
    if (hit === undefined) {
      const own = new Map<string, SummaryRow>();
      const facts: ChildFacts = {
        level: (t) => latestOnOrBefore(progress.levels.get(t.id) ?? [], t.cutoff)?.level,
        observed: (t) => (progress.levels.get(t.id) ?? []).some((e) => e.date >= from && e.date <= ctx.end),
        stages: () => [...stagesAsOf(progress, ctx.asOf, false)].map(([activity, s]) => [activity, s.stage] as const),
        growth: () => {
          const picker = new GrowthPicker(from, ctx.end);
          for (const g of progress.growth) picker.offer(g.id, g);
          return { sex: child.sex, birthDate: child.birthDate, measurements: picker.facts() };
        },
      };
      tallyChild(own, ctx, planOf(ctx, child), facts);
      hit = { key, child, curriculum, rows: [...own.values()] };
      if (memo === undefined) childTallies.set(progress, (memo = []));
      if (memo.length >= 4) memo.shift();
      memo.push(hit);
    }
    for (const row of hit.rows) add(tally, row, row.count);
  }
  return buildSummary(metaOf(ctx), 1, tally.values());
}

/** One child's counts for one set of options. */
interface ChildTally {
  readonly key: string;
  readonly child: object;
  readonly curriculum: object;
  readonly rows: readonly SummaryRow[];
}

const childTallies = new WeakMap<object, ChildTally[]>();

function metaOf(ctx: { readonly framework: { readonly id: string } } & Omit<SummaryMeta, "framework">): SummaryMeta {
  return { framework: ctx.framework.id, asOf: ctx.asOf, period: ctx.period };
}

/**
 * The summary of no centre: zero centres and no cells. Combining it with any summary of the same
 * framework, `asOf` and period gives that summary back (the identity of {@link combineSummaries}).
 *
 * @param meta - framework id, `asOf` and period
 * @returns an empty summary
 * @example
 * ```ts
 * const city = combineSummaries(emptySummary(meta), ...centreSummaries);
 * combineSummaries(emptySummary(meta), summary); // deep-equals summary
 * ```
 * @category Cohort
 */
export function emptySummary(meta: SummaryMeta): Summary {
  return buildSummary(meta, 0, []);
}

/**
 * Adds summaries cell by cell (and their `centres`). The operation is associative and
 * commutative with {@link emptySummary} as identity, so any tree of centres (kecamatan, kota,
 * provinsi) adds up to the same total, whatever the grouping and order. Cells missing from one
 * summary count as zero. The result's keys are in one canonical order, so equal totals serialize
 * to identical JSON.
 *
 * @param first - a summary
 * @param rest - more summaries with the same framework, `asOf` and period
 * @returns a new summary (the inputs are not changed)
 * @throws {@link ValidationError} (code `conflict`) when the framework, `asOf` or period differ
 * @example
 * ```ts
 * const city = combineSummaries(melati, mawar, anggrek);
 * city.centres; // => 3
 * city.children["48-60"]; // => melati.children["48-60"] + mawar.children["48-60"] + anggrek.children["48-60"]
 * ```
 * @category Cohort
 */
export function combineSummaries(first: Summary, ...rest: readonly Summary[]): Summary {
  const issues: Issue[] = [];
  rest.forEach((s, i) => {
    const at = `summaries[${i + 1}]`;
    if (s.framework !== first.framework) issues.push(conflict(`${at}.framework`, s.framework, first.framework));
    if (s.asOf !== first.asOf) issues.push(conflict(`${at}.asOf`, s.asOf, first.asOf));
    if (s.period.from !== first.period.from) issues.push(conflict(`${at}.period.from`, s.period.from, first.period.from));
    if (s.period.to !== first.period.to) issues.push(conflict(`${at}.period.to`, s.period.to, first.period.to));
  });
  if (issues.length > 0) throw new ValidationError(issues);
  const tally = new Map<string, SummaryRow>();
  let centres = 0;
  for (const s of [first, ...rest]) {
    centres += s.centres;
    for (const c of cellsOf(s)) add(tally, c, c.count);
  }
  return buildSummary(first, centres, tally.values());
}

function conflict(path: string, got: string, expected: string): Issue {
  return { path, code: "conflict", message: `cannot combine summaries of different ${path.split(".").slice(1).join(".")}: ${JSON.stringify(got)} and ${JSON.stringify(expected)}` };
}
