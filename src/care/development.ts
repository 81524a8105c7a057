/**
 * Development from care: self-care the care log shows a child doing on their own counts as
 * evidence for the matching curriculum items.
 *
 * The rule: a care entry whose `independently` lists a skill is evidence, dated on the entry's
 * date, for every item linked to that skill below. The links are ours: STPPA indicators are those
 * the bundled routine of the same moment supports (routine.toilet, routine.cuci-tangan,
 * routine.makan-bersama); CDC milestones are the 2022 checklist items that name the skill;
 * Montessori activities are the practical-life care-of-self lessons for the same act. Dressing
 * has no STPPA link (no bundled routine is about dressing) and toileting no CDC milestone (the
 * 2022 checklists name none).
 *
 * @module
 */
import type { CareEntry, Centre, SelfCareSkill } from "../model/index.js";
import { childLog, foldProgress } from "../progress/index.js";

const b45 = (s: string) => `stppa2014.48-60.${s}`;
const b56 = (s: string) => `stppa2014.60-72.${s}`;

/**
 * The items each self-care skill counts for (ours; see the module documentation).
 *
 * @example
 * ```ts
 * SELF_CARE_LINKS.toileting.montessori; // => ["mont.practical-life.using-the-toilet"]
 * ```
 * @category Care
 */
export const SELF_CARE_LINKS: Readonly<Record<SelfCareSkill, { readonly stppa: readonly string[]; readonly cdc: readonly string[]; readonly montessori: readonly string[] }>> = {
  toileting: { stppa: [b45("fm.c.5"), b56("fm.a.5"), b56("sosem.b.3")], cdc: [], montessori: ["mont.practical-life.using-the-toilet"] },
  "hand-washing": { stppa: [b56("nam.a.4"), b56("fm.a.5"), b56("sosem.b.3")], cdc: ["cdc2022.18m.sel.3"], montessori: ["mont.practical-life.hand-washing"] },
  "self-feeding": { stppa: [], cdc: ["cdc2022.18m.phys.4", "cdc2022.18m.phys.5", "cdc2022.24m.phys.4"], montessori: ["mont.practical-life.serving-oneself"] },
  dressing: { stppa: [], cdc: ["cdc2022.18m.sel.5", "cdc2022.30m.phys.2", "cdc2022.36m.phys.2"], montessori: [] },
};

/**
 * One piece of care evidence.
 *
 * @category Care
 */
export interface CareEvidence {
  /** The indicator, milestone or activity id. */
  readonly item: string;
  readonly skill: SelfCareSkill;
  readonly date: string;
  /** The care entry. */
  readonly entry: string;
  readonly visibility: "staff" | "family";
}

/**
 * The care evidence of a child between two dates (inclusive), by {@link SELF_CARE_LINKS}, in
 * date order then entry id then item.
 *
 * @param centre - the centre
 * @param childId - the child
 * @param from - first day
 * @param to - last day
 * @returns the evidence
 * @example
 * ```ts
 * careEvidence(centre, "c-001", "2026-07-01", "2026-12-31").filter((e) => e.skill === "toileting").length; // => 12
 * ```
 * @category Care
 */
export function careEvidence(centre: Pick<Centre, "journal">, childId: string, from: string, to: string): CareEvidence[] {
  const out: CareEvidence[] = [];
  for (const o of childLog(foldProgress(centre), childId)) {
    if (o.kind !== "care" || o.date < from || o.date > to) continue;
    const entry = o as CareEntry;
    for (const skill of entry.independently ?? []) {
      const links = SELF_CARE_LINKS[skill];
      for (const item of [...links.stppa, ...links.cdc, ...links.montessori]) {
        out.push({ item, skill, date: entry.date, entry: entry.id, visibility: entry.visibility });
      }
    }
  }
  return out;
}
