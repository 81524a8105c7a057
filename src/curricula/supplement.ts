/**
 * Frameworks that fill in the bands of another framework (`supplements`): how a band's own
 * sub-scopes are read, how a supplement is merged into the framework it fills in, and what makes
 * a supplement invalid. A centre that holds the printed STPPA regulation types the bands the
 * bundled data lacks; the merged framework keeps the bundled id (`stppa2014`) and the bundled
 * indicator id scheme, so reports, plans and records use the typed bands like bundled ones.
 *
 * @module
 */
import type { Issue } from "../errors/index.js";
import type { AgeBand, Aspect, Framework } from "../model/index.js";

/**
 * The aspects and sub-scopes of a band: its own when it declares them, else the framework's.
 *
 * @param framework - the framework
 * @param band - one of its bands
 * @returns the aspects, each with its sub-scopes, that the band's indicators use
 * @example
 * ```ts
 * const stppa = stppa2014();
 * bandAspects(stppa, stppa.bands[8]!).find((a) => a.id === "bhs")?.scopes.length; // => 3
 * ```
 * @category Curricula
 */
export function bandAspects(framework: Framework, band: AgeBand): readonly Aspect[] {
  return band.aspects ?? framework.aspects;
}

/** Aspects with the sub-scopes of `override` replacing those of the same aspect in `base`. */
function mergeAspects(base: readonly Aspect[], override: readonly Aspect[] | undefined): readonly Aspect[] | undefined {
  if (override === undefined) return undefined;
  const byId = new Map(override.map((a) => [a.id, a]));
  const out = base.map((a) => byId.get(a.id) ?? a);
  for (const a of override) if (!base.some((b) => b.id === a.id)) out.push(a);
  return out;
}

/**
 * A framework with the bands of its supplements merged in: for a band of the same id, the
 * supplement's indicators are added after the framework's own, its coverage and note replace the
 * framework's, and its sub-scopes (if it declares any) replace those of the same aspects. The
 * supplements' sources are added to the framework's. The framework passed in is not changed.
 *
 * @param framework - the framework filled in
 * @param supplements - frameworks whose `supplements` is the framework's id, in order
 * @returns a new framework, or the same one when there is nothing to merge
 */
export function mergeSupplements(framework: Framework, supplements: readonly Framework[]): Framework {
  if (supplements.length === 0) return framework;
  const bands = framework.bands.map((band) => {
    let merged: AgeBand = band;
    for (const s of supplements) {
      const typed = s.bands.find((b) => b.id === band.id);
      if (typed === undefined) continue;
      const aspects = mergeAspects(bandAspects(framework, merged), typed.aspects);
      merged = {
        ...merged,
        coverage: typed.coverage,
        ...(typed.note === undefined ? {} : { note: typed.note }),
        ...(aspects === undefined ? {} : { aspects }),
        indicators: [...merged.indicators, ...typed.indicators],
      };
    }
    return merged;
  });
  const sources = [...framework.sources];
  for (const s of supplements) for (const source of s.sources) if (!sources.some((x) => x.key === source.key)) sources.push(source);
  return { ...framework, sources, bands };
}

/**
 * What is wrong with a supplement for the framework it fills in: a band the framework does not
 * have, an aspect or sub-scope the band does not know, an indicator id outside the framework's
 * scheme or already used, or a sub-scope of which the framework already ships indicators (the
 * bundled official text is never replaced).
 *
 * @param target - the framework filled in (undefined when the centre does not use it)
 * @param supplement - the supplement
 * @param prefix - where the supplement is, for the issue paths (`frameworks[0]`)
 * @returns the problems, in document order
 */
export function supplementIssues(target: Framework | undefined, supplement: Framework, prefix: string): Issue[] {
  const at = (path: string) => (prefix === "" ? path : `${prefix}.${path}`);
  if (target === undefined) {
    return [{ path: at("supplements"), code: "unknown_reference", message: `unknown framework ${JSON.stringify(supplement.supplements)}: the centre does not use it` }];
  }
  const issues: Issue[] = [];
  const targetIds = new Set(target.bands.flatMap((b) => b.indicators.map((i) => i.id)));
  supplement.bands.forEach((band, b) => {
    const base = target.bands.find((x) => x.id === band.id);
    if (base === undefined) {
      issues.push({ path: at(`bands[${b}].id`), code: "unknown_reference", message: `unknown band ${JSON.stringify(band.id)} of ${JSON.stringify(target.id)}; known: ${target.bands.map((x) => x.id).join(", ")}` });
      return;
    }
    if (band.fromMonths !== base.fromMonths || band.toMonths !== base.toMonths) {
      issues.push({ path: at(`bands[${b}].fromMonths`), code: "conflict", message: `band ${JSON.stringify(band.id)} runs from ${base.fromMonths} to ${base.toMonths} months in ${JSON.stringify(target.id)}` });
    }
    const aspects = mergeAspects(bandAspects(target, base), band.aspects) ?? bandAspects(target, base);
    const scopes = new Map(aspects.map((a) => [a.id, new Set(a.scopes.map((s) => s.id))]));
    const filled = new Set(base.indicators.map((i) => `${i.aspect}.${i.scope}`));
    band.indicators.forEach((indicator, i) => {
      const path = `bands[${b}].indicators[${i}]`;
      const known = scopes.get(indicator.aspect);
      if (known === undefined) {
        issues.push({ path: at(`${path}.aspect`), code: "unknown_reference", message: `unknown aspect ${JSON.stringify(indicator.aspect)}; known: ${aspects.map((a) => a.id).join(", ")}` });
      } else if (!known.has(indicator.scope)) {
        issues.push({
          path: at(`${path}.scope`),
          code: "unknown_reference",
          message: `unknown sub-scope ${JSON.stringify(indicator.scope)} of aspect ${JSON.stringify(indicator.aspect)} in band ${JSON.stringify(band.id)}; known: ${[...known].join(", ")}`,
        });
      } else if (filled.has(`${indicator.aspect}.${indicator.scope}`)) {
        issues.push({
          path: at(`${path}.scope`),
          code: "conflict",
          message: `${JSON.stringify(target.id)} already has items of band ${JSON.stringify(band.id)}, aspect ${JSON.stringify(indicator.aspect)}, sub-scope ${JSON.stringify(indicator.scope)}; they are not replaced`,
        });
      }
      if (!indicator.id.startsWith(`${target.id}.${band.id}.`)) {
        issues.push({ path: at(`${path}.id`), code: "invalid_format", message: `indicator id ${JSON.stringify(indicator.id)} must start with "${target.id}.${band.id}."` });
      } else if (targetIds.has(indicator.id)) {
        issues.push({ path: at(`${path}.id`), code: "duplicate_id", message: `indicator id ${JSON.stringify(indicator.id)} is already used by ${JSON.stringify(target.id)}` });
      }
    });
  });
  return issues;
}
