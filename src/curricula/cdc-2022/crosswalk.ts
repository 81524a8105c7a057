/**
 * Crosswalk from CDC 2022 milestones to Indonesian curricula and Montessori activities.
 *
 * **This crosswalk is ours** (tumbuh project), not part of CDC, Kemendikbud or any Montessori body.
 * A link means "observing this milestone is evidence for / practice of that item", and is given only
 * where the content really overlaps:
 * - `cp`: Kurikulum Merdeka CP (fase fondasi) sub-element ids. Linked from 12 months on (skills a
 *   PAUD/TPA plans for); 2–9 month items are reflex-level behaviour and are left unlinked.
 * - `stppa`: STPPA 137/2014 indicator ids, only for the 48- and 60-month milestones, against the
 *   4–5 th (`48-60`) and 5–6 th (`60-72`) lists; `n` is the item position in the official list
 *   (paud-indonesia notes §1.5/§1.6). STPPA 5–6 th Seni is not linked (its A/B split is inferred).
 * - `activities`: Montessori activity ids, only the bridge ids fixed in the data contract.
 *
 * Milestones without any real relation (e.g. `cdc2022.60m.cog.4`, attention span) are absent.
 *
 * @module
 */

/** Relations of one milestone. @category Milestones */
export interface CdcRelation {
  /** CDC milestone id, `cdc2022.<months>m.<domain>.<n>`. */
  readonly milestone: string;
  /** Montessori activity ids (`mont.<area>.<slug>`, contract bridge ids only). */
  readonly activities?: readonly string[];
  /** STPPA 137/2014 indicator ids (48- and 60-month milestones only). */
  readonly stppa?: readonly string[];
  /** Kurikulum Merdeka CP sub-element ids. */
  readonly cp?: readonly string[];
}

/** Our crosswalk, ordered like `CDC_2022_MILESTONES`. @category Milestones */
export const CDC_RELATIONS: readonly CdcRelation[] = [
  { milestone: "cdc2022.12m.sel.1", cp: ["cp.jd.sosem"] },
  { milestone: "cdc2022.12m.lang.1", cp: ["cp.lms.literasi"] },
  { milestone: "cdc2022.12m.lang.2", cp: ["cp.lms.literasi"] },
  { milestone: "cdc2022.12m.lang.3", cp: ["cp.lms.literasi"] },
  { milestone: "cdc2022.12m.cog.1", cp: ["cp.jd.fisik-motorik"] },
  { milestone: "cdc2022.12m.phys.1", cp: ["cp.jd.fisik-motorik"] },
  { milestone: "cdc2022.12m.phys.2", cp: ["cp.jd.fisik-motorik"] },
  { milestone: "cdc2022.12m.phys.3", cp: ["cp.jd.fisik-motorik"] },
  { milestone: "cdc2022.12m.phys.4", cp: ["cp.jd.fisik-motorik"] },
  { milestone: "cdc2022.15m.sel.1", cp: ["cp.jd.sosem"] },
  { milestone: "cdc2022.15m.sel.2", cp: ["cp.jd.sosem"] },
  { milestone: "cdc2022.15m.sel.3", cp: ["cp.jd.sosem"] },
  { milestone: "cdc2022.15m.sel.4", cp: ["cp.jd.sosem"] },
  { milestone: "cdc2022.15m.sel.5", cp: ["cp.jd.sosem"] },
  { milestone: "cdc2022.15m.lang.1", cp: ["cp.lms.literasi"] },
  { milestone: "cdc2022.15m.lang.2", cp: ["cp.lms.literasi"] },
  { milestone: "cdc2022.15m.lang.3", cp: ["cp.lms.literasi"] },
  { milestone: "cdc2022.15m.lang.4", cp: ["cp.lms.literasi"] },
  { milestone: "cdc2022.15m.cog.2", cp: ["cp.jd.fisik-motorik"] },
  { milestone: "cdc2022.15m.phys.1", cp: ["cp.jd.fisik-motorik"] },
  { milestone: "cdc2022.15m.phys.2", cp: ["cp.jd.fisik-motorik"] },
  { milestone: "cdc2022.18m.sel.1", cp: ["cp.jd.sosem"] },
  { milestone: "cdc2022.18m.sel.2", cp: ["cp.jd.sosem"] },
  { milestone: "cdc2022.18m.sel.3", cp: ["cp.nab.syukur"] },
  { milestone: "cdc2022.18m.sel.4", cp: ["cp.lms.literasi"] },
  { milestone: "cdc2022.18m.lang.1", cp: ["cp.lms.literasi"] },
  { milestone: "cdc2022.18m.lang.2", cp: ["cp.lms.literasi"] },
  { milestone: "cdc2022.18m.phys.1", cp: ["cp.jd.fisik-motorik"] },
  { milestone: "cdc2022.18m.phys.2", cp: ["cp.jd.fisik-motorik", "cp.lms.literasi"] },
  { milestone: "cdc2022.18m.phys.3", cp: ["cp.jd.fisik-motorik"] },
  { milestone: "cdc2022.18m.phys.4", cp: ["cp.jd.fisik-motorik"] },
  { milestone: "cdc2022.18m.phys.5", activities: ["mont.practical-life.spooning"], cp: ["cp.jd.fisik-motorik"] },
  { milestone: "cdc2022.18m.phys.6", cp: ["cp.jd.fisik-motorik"] },
  { milestone: "cdc2022.24m.sel.1", cp: ["cp.jd.sosem"] },
  { milestone: "cdc2022.24m.sel.2", cp: ["cp.jd.sosem"] },
  { milestone: "cdc2022.24m.lang.1", cp: ["cp.lms.literasi"] },
  { milestone: "cdc2022.24m.lang.2", cp: ["cp.lms.literasi"] },
  { milestone: "cdc2022.24m.lang.3", cp: ["cp.lms.literasi"] },
  { milestone: "cdc2022.24m.lang.4", cp: ["cp.lms.literasi"] },
  { milestone: "cdc2022.24m.cog.1", cp: ["cp.jd.fisik-motorik"] },
  { milestone: "cdc2022.24m.phys.1", cp: ["cp.jd.fisik-motorik"] },
  { milestone: "cdc2022.24m.phys.2", cp: ["cp.jd.fisik-motorik"] },
  { milestone: "cdc2022.24m.phys.3", cp: ["cp.jd.fisik-motorik"] },
  { milestone: "cdc2022.24m.phys.4", activities: ["mont.practical-life.spooning"], cp: ["cp.jd.fisik-motorik"] },
  { milestone: "cdc2022.30m.sel.1", cp: ["cp.jd.sosem"] },
  { milestone: "cdc2022.30m.sel.2", cp: ["cp.jd.identitas"] },
  { milestone: "cdc2022.30m.sel.3", cp: ["cp.jd.identitas"] },
  { milestone: "cdc2022.30m.lang.1", cp: ["cp.lms.literasi"] },
  { milestone: "cdc2022.30m.lang.2", cp: ["cp.lms.literasi"] },
  { milestone: "cdc2022.30m.lang.3", cp: ["cp.lms.literasi"] },
  { milestone: "cdc2022.30m.lang.4", cp: ["cp.lms.literasi"] },
  { milestone: "cdc2022.30m.cog.2", cp: ["cp.lms.sains"] },
  { milestone: "cdc2022.30m.cog.3", cp: ["cp.lms.literasi"] },
  { milestone: "cdc2022.30m.cog.4", activities: ["mont.sensorial.colour-box-1"] },
  { milestone: "cdc2022.30m.phys.1", cp: ["cp.jd.fisik-motorik"] },
  { milestone: "cdc2022.30m.phys.2", cp: ["cp.jd.fisik-motorik"] },
  { milestone: "cdc2022.30m.phys.3", cp: ["cp.jd.fisik-motorik"] },
  { milestone: "cdc2022.30m.phys.4", cp: ["cp.jd.fisik-motorik", "cp.lms.literasi"] },
  { milestone: "cdc2022.36m.sel.1", cp: ["cp.jd.sosem"] },
  { milestone: "cdc2022.36m.sel.2", cp: ["cp.jd.sosem"] },
  { milestone: "cdc2022.36m.lang.1", cp: ["cp.lms.literasi"] },
  { milestone: "cdc2022.36m.lang.2", cp: ["cp.lms.literasi"] },
  { milestone: "cdc2022.36m.lang.3", cp: ["cp.lms.literasi"] },
  { milestone: "cdc2022.36m.lang.4", cp: ["cp.lms.literasi", "cp.jd.identitas"] },
  { milestone: "cdc2022.36m.lang.5", cp: ["cp.lms.literasi"] },
  { milestone: "cdc2022.36m.cog.1", activities: ["mont.language.metal-insets"], cp: ["cp.jd.fisik-motorik"] },
  { milestone: "cdc2022.36m.cog.2", cp: ["cp.nab.syukur"] },
  { milestone: "cdc2022.36m.phys.1", cp: ["cp.jd.fisik-motorik"] },
  { milestone: "cdc2022.36m.phys.2", cp: ["cp.jd.fisik-motorik"] },
  { milestone: "cdc2022.36m.phys.3", cp: ["cp.jd.fisik-motorik"] },
  { milestone: "cdc2022.48m.sel.1", stppa: ["stppa2014.48-60.seni.b.3"], cp: ["cp.lms.seni"] },
  { milestone: "cdc2022.48m.sel.2", cp: ["cp.jd.sosem"] },
  { milestone: "cdc2022.48m.sel.3", stppa: ["stppa2014.48-60.sosem.c.4", "stppa2014.60-72.sosem.c.2"], cp: ["cp.jd.sosem", "cp.nab.budi-pekerti"] },
  { milestone: "cdc2022.48m.sel.4", stppa: ["stppa2014.48-60.sosem.b.1", "stppa2014.60-72.fm.c.7"], cp: ["cp.nab.syukur"] },
  { milestone: "cdc2022.48m.sel.5", stppa: ["stppa2014.48-60.sosem.b.3"], cp: ["cp.jd.sosem"] },
  { milestone: "cdc2022.48m.sel.6", stppa: ["stppa2014.48-60.sosem.a.4", "stppa2014.60-72.sosem.a.1"], cp: ["cp.jd.identitas"] },
  { milestone: "cdc2022.48m.lang.1", stppa: ["stppa2014.60-72.bhs.b.4"], cp: ["cp.lms.literasi"] },
  { milestone: "cdc2022.48m.lang.2", stppa: ["stppa2014.48-60.bhs.b.1"], cp: ["cp.lms.literasi"] },
  { milestone: "cdc2022.48m.lang.3", stppa: ["stppa2014.48-60.bhs.b.10"], cp: ["cp.lms.literasi"] },
  { milestone: "cdc2022.48m.lang.4", stppa: ["stppa2014.48-60.bhs.b.3", "stppa2014.48-60.kog.a.1"], cp: ["cp.lms.literasi"] },
  { milestone: "cdc2022.48m.cog.1", activities: ["mont.sensorial.colour-box-2"] },
  { milestone: "cdc2022.48m.cog.2", stppa: ["stppa2014.48-60.bhs.a.3", "stppa2014.48-60.bhs.b.8"], cp: ["cp.lms.literasi"] },
  { milestone: "cdc2022.48m.cog.3", stppa: ["stppa2014.48-60.seni.b.7"], cp: ["cp.lms.seni"] },
  { milestone: "cdc2022.48m.phys.1", stppa: ["stppa2014.48-60.fm.a.5"], cp: ["cp.jd.fisik-motorik"] },
  { milestone: "cdc2022.48m.phys.2", activities: ["mont.practical-life.spooning", "mont.practical-life.wet-pouring"], stppa: ["stppa2014.48-60.fm.b.3"], cp: ["cp.jd.fisik-motorik"] },
  { milestone: "cdc2022.48m.phys.3", stppa: ["stppa2014.48-60.fm.b.6"], cp: ["cp.jd.fisik-motorik"] },
  { milestone: "cdc2022.48m.phys.4", activities: ["mont.sensorial.knobbed-cylinders-1", "mont.language.metal-insets"], stppa: ["stppa2014.48-60.fm.b.6", "stppa2014.60-72.fm.b.4"], cp: ["cp.jd.fisik-motorik"] },
  { milestone: "cdc2022.60m.sel.1", stppa: ["stppa2014.48-60.sosem.c.2", "stppa2014.60-72.bhs.a.3", "stppa2014.60-72.sosem.c.6"], cp: ["cp.jd.sosem"] },
  { milestone: "cdc2022.60m.sel.2", stppa: ["stppa2014.48-60.seni.b.2", "stppa2014.48-60.seni.b.3", "stppa2014.48-60.seni.b.6"], cp: ["cp.lms.seni"] },
  { milestone: "cdc2022.60m.sel.3", activities: ["mont.practical-life.carrying-a-tray"], cp: ["cp.jd.identitas"] },
  { milestone: "cdc2022.60m.lang.1", stppa: ["stppa2014.48-60.bhs.b.8"], cp: ["cp.lms.literasi"] },
  { milestone: "cdc2022.60m.lang.2", stppa: ["stppa2014.48-60.bhs.a.3", "stppa2014.60-72.bhs.b.7"], cp: ["cp.lms.literasi"] },
  { milestone: "cdc2022.60m.lang.3", stppa: ["stppa2014.48-60.bhs.b.10", "stppa2014.60-72.bhs.b.3"], cp: ["cp.lms.literasi"] },
  { milestone: "cdc2022.60m.lang.4", activities: ["mont.language.sound-games-i-spy"], stppa: ["stppa2014.60-72.bhs.b.2"], cp: ["cp.lms.literasi"] },
  { milestone: "cdc2022.60m.cog.1", activities: ["mont.mathematics.number-rods", "mont.mathematics.cards-and-counters"], stppa: ["stppa2014.48-60.kog.c.1"], cp: ["cp.lms.matematika"] },
  { milestone: "cdc2022.60m.cog.2", activities: ["mont.mathematics.sandpaper-numerals"], stppa: ["stppa2014.48-60.kog.c.3", "stppa2014.60-72.kog.c.1"], cp: ["cp.lms.matematika"] },
  { milestone: "cdc2022.60m.cog.3", stppa: ["stppa2014.48-60.kog.a.7"], cp: ["cp.lms.matematika"] },
  { milestone: "cdc2022.60m.cog.5", activities: ["mont.language.sandpaper-letters", "mont.language.metal-insets"], stppa: ["stppa2014.48-60.bhs.c.4", "stppa2014.60-72.bhs.c.6"], cp: ["cp.lms.literasi"] },
  { milestone: "cdc2022.60m.cog.6", activities: ["mont.language.sandpaper-letters"], stppa: ["stppa2014.48-60.kog.c.4", "stppa2014.60-72.bhs.c.1", "stppa2014.60-72.kog.c.4"], cp: ["cp.lms.literasi"] },
  { milestone: "cdc2022.60m.phys.1", stppa: ["stppa2014.48-60.fm.b.6"], cp: ["cp.jd.fisik-motorik"] },
  { milestone: "cdc2022.60m.phys.2", stppa: ["stppa2014.48-60.fm.a.3", "stppa2014.60-72.fm.a.1"], cp: ["cp.jd.fisik-motorik"] },
];
