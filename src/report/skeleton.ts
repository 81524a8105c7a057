/**
 * What a report expects of a child, worked out once per framework, age in months and locale and
 * shared by every child of that age: the items per section, the earlier band, the CDC checklists,
 * the lessons that could be next. A report then makes one pass over the child's observations,
 * filling numbered slots instead of looking every item up in per-indicator indexes.
 *
 * @module
 */
import { CDC_RELATIONS } from "../curricula/cdc-2022/crosswalk.js";
import { STPPA_TO_CP } from "../curricula/crosswalk.js";
import { type ResolvedCurriculum, bandForAge } from "../curricula/resolve.js";
import { type GrowthMeasure, MEASUREMENT_INDICATORS } from "../curricula/stppa-2014/routines.js";
import { gatewayCounts, inAgeWindow } from "../curricula/sequence.js";
import type { Activity, AgeBand, Framework, LocalizedText } from "../model/index.js";
import type { Locale } from "../time/index.js";
import { earlierBand } from "./concern-rules.js";

/** One expected item of a report. */
export interface ItemDef {
  readonly id: string;
  /** The item's text in the report's locale. */
  readonly text: string;
  readonly framework: string;
  readonly section: string;
  /** Ids whose tagged anecdotes also count as evidence for this item's section. */
  readonly tags: readonly string[];
  /** The slot holding this id's assessments. */
  readonly slot: number;
  /** For growth indicators: the measurement that evidences it. */
  readonly measure: GrowthMeasure | undefined;
  /** A CDC milestone read as an item (reports whose STPPA band is missing): its concerns come from the development section. */
  readonly milestone: boolean;
}

/** An indicator read for concerns or milestones (not an expected item). */
export interface WatchedDef {
  readonly id: string;
  readonly aspect: string;
  readonly text: string;
  readonly slot: number;
}

/** A lesson that could be next, with its known prerequisites resolved once. */
export interface Candidate {
  readonly activity: Activity;
  readonly prerequisites: readonly { readonly id: string; readonly masterable: boolean }[];
}

/** A section of the report with its items. */
export interface SectionDef {
  readonly id: string;
  readonly name: string;
  /** Indexes into {@link Skeleton.items}. */
  readonly items: readonly number[];
  readonly tags: ReadonlySet<string>;
  /** Indexes into {@link Skeleton.candidates} of the lessons supporting one of the section's tags, in order. */
  readonly candidates: readonly number[];
}

/**
 * Where a report's sections come from: `framework` (the framework asked for) or `cp-cdc` (an
 * STPPA report for an age whose band has no indicators: the Kurikulum Merdeka CP elements with the
 * centre's learning goals for the age and the CDC 2022 milestones of the age).
 */
export type ReportBasis = "framework" | "cp-cdc";

/** Everything a report needs that does not depend on the child's records. */
export interface Skeleton {
  readonly band: AgeBand | undefined;
  readonly basis: ReportBasis;
  readonly sections: readonly SectionDef[];
  readonly items: readonly ItemDef[];
  /** The previous STPPA band and its indicators (for `earlier-band` concerns). */
  readonly earlier: { readonly band: AgeBand; readonly indicators: readonly WatchedDef[] } | undefined;
  /** CDC checklists at or below the age (the last is the current one); undefined when none apply. */
  readonly milestones: { readonly checklists: readonly { readonly months: number; readonly indicators: readonly WatchedDef[] }[] } | undefined;
  /** Slot numbers per assessed id. */
  readonly slotsOf: ReadonlyMap<string, readonly number[]>;
  readonly slotCount: number;
  /** Lessons that could be next at this age: offered, in the age window, in the order reports list them. */
  readonly candidates: readonly Candidate[];
}

const MEASURES = new Map<string, GrowthMeasure>(MEASUREMENT_INDICATORS.map((m) => [m.indicator, m.measure]));
const CDC_RELATIONS_BY_ID = new Map(CDC_RELATIONS.map((r) => [r.milestone, r]));
/** The section of milestones the crosswalk links to no CP sub-element (our heading). */
const OTHER_MILESTONES: LocalizedText = { id: "Tahapan perkembangan lain (CDC 2022)", en: "Other milestones (CDC 2022)" };

/** Text in the locale (English falls back to Indonesian). */
export function localize(text: LocalizedText, locale: Locale): string {
  return locale === "en" ? (text.en ?? text.id) : text.id;
}

function goalGroupContains(group: string, months: number): boolean {
  const m = /^(\d+)-(\d+)$/.exec(group);
  return m !== null && months >= Number(m[1]) && months < Number(m[2]);
}

const cache = new WeakMap<ResolvedCurriculum, Map<string, Skeleton>>();

/**
 * The skeleton of a report for a framework, an age in completed months and a locale (cached per
 * resolved curriculum, whose frameworks have unique ids).
 */
export function reportSkeleton(curriculum: ResolvedCurriculum, framework: Framework, months: number, locale: Locale): Skeleton {
  let perCurriculum = cache.get(curriculum);
  if (perCurriculum === undefined) {
    perCurriculum = new Map();
    cache.set(curriculum, perCurriculum);
  }
  const key = `${framework.id}\u0000${months}\u0000${locale}`;
  let skeleton = perCurriculum.get(key);
  if (skeleton === undefined) {
    skeleton = buildSkeleton(curriculum, framework, months, locale);
    perCurriculum.set(key, skeleton);
  }
  return skeleton;
}

function buildSkeleton(curriculum: ResolvedCurriculum, framework: Framework, months: number, locale: Locale): Skeleton {
  const slotsOf = new Map<string, number[]>();
  let slotCount = 0;
  // One slot per assessed id: an id read as an item and as a milestone shares its slot.
  const slotOf = (id: string): number => {
    const known = slotsOf.get(id);
    if (known !== undefined) return known[0]!;
    slotsOf.set(id, [slotCount]);
    return slotCount++;
  };
  const item = (id: string, text: LocalizedText, frameworkId: string, section: string, tags: readonly string[], milestone = false): ItemDef => ({
    id,
    text: localize(text, locale),
    framework: frameworkId,
    section,
    tags,
    slot: slotOf(id),
    measure: MEASURES.get(id),
    milestone,
  });

  let band: AgeBand | undefined;
  let basis: ReportBasis = "framework";
  let sectionList: { id: string; name: string }[] = [];
  const items: ItemDef[] = [];
  /** Sections per CP element: the learning goals for the age, then the STPPA band's indicators through the crosswalk. */
  const cpSections = (cp: Framework): Map<string, string> => {
    const elementOfSub = new Map<string, string>();
    for (const e of cp.elements) for (const s of e.subElements) elementOfSub.set(s.id, e.id);
    for (const f of curriculum.frameworks) {
      for (const g of f.learningGoals) {
        const section = elementOfSub.get(g.subElement);
        if (section !== undefined && goalGroupContains(g.group, months)) items.push(item(g.id, g.text, f.id, section, [g.id, g.subElement]));
      }
    }
    const stppa = curriculum.frameworks.find((f) => f.kind === "stppa");
    for (const i of band?.indicators ?? []) {
      const row = STPPA_TO_CP.find((r) => r.aspect === i.aspect && r.scope === i.scope);
      const sub = row?.subElements[0];
      const section = sub === undefined ? undefined : elementOfSub.get(sub);
      if (section !== undefined && sub !== undefined) items.push(item(i.id, i.text, stppa!.id, section, [i.id, sub]));
    }
    sectionList = cp.elements.map((e) => ({ id: e.id, name: localize(e.name, locale) }));
    return elementOfSub;
  };
  if (framework.kind === "cp") {
    const stppa = curriculum.frameworks.find((f) => f.kind === "stppa");
    band = stppa ? bandForAge(stppa, months) : undefined;
    cpSections(framework);
  } else {
    band = bandForAge(framework, months);
    // No STPPA text for the age (12–48 months are not sourced): rather than empty aspects, the
    // report reads the CP with the centre's goals and the CDC milestones of the age.
    const cp =
      framework.kind === "stppa" && band !== undefined && band.indicators.length === 0
        ? curriculum.frameworks.find((f) => f.kind === "cp" && f.elements.length > 0)
        : undefined;
    if (cp !== undefined) {
      basis = "cp-cdc";
      const elementOfSub = cpSections(cp);
      const cdc = curriculum.frameworks.find((f) => f.kind === "milestones");
      const current = cdc === undefined ? undefined : bandForAge(cdc, months);
      let unlinked = false;
      for (const m of current?.indicators ?? []) {
        const sub = CDC_RELATIONS_BY_ID.get(m.id)?.cp?.[0];
        const section = sub === undefined ? undefined : elementOfSub.get(sub);
        if (section !== undefined) items.push(item(m.id, m.text, cdc!.id, section, [m.id, sub!], true));
        else {
          items.push(item(m.id, m.text, cdc!.id, cdc!.id, [m.id], true));
          unlinked = true;
        }
      }
      if (unlinked) sectionList.push({ id: cdc!.id, name: localize(OTHER_MILESTONES, locale) });
    } else {
      for (const i of band?.indicators ?? []) items.push(item(i.id, i.text, framework.id, i.aspect, [i.id]));
      sectionList = framework.aspects.map((a) => ({ id: a.id, name: localize(a.name, locale) }));
    }
  }


  const watched = (id: string, aspect: string, text: LocalizedText): WatchedDef => ({ id, aspect, text: localize(text, locale), slot: slotOf(id) });
  const previous = earlierBand(framework, band);
  const earlier = previous === undefined ? undefined : { band: previous, indicators: previous.indicators.map((i) => watched(i.id, i.aspect, i.text)) };

  const cdc = curriculum.frameworks.find((f) => f.kind === "milestones");
  const checklists = (cdc?.bands ?? []).filter((b) => b.fromMonths <= months);
  const milestones =
    cdc !== undefined && checklists.length > 0 && months < 72
      ? { checklists: checklists.map((b) => ({ months: b.fromMonths, indicators: b.indicators.map((m) => watched(m.id, m.aspect, m.text)) })) }
      : undefined;

  const gateways = gatewayCounts(curriculum);
  const candidates = [...curriculum.activities.values()]
    .filter((a) => !curriculum.retired.has(a.id) && inAgeWindow(a, months))
    .sort(
      (x, y) =>
        (gateways.get(y.id) ?? 0) - (gateways.get(x.id) ?? 0) ||
        x.ageMonths.from - y.ageMonths.from ||
        (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
    )
    .map((activity) => ({
      activity,
      // An unknown prerequisite is reported by checkCentre, not a blocker (as in prerequisitesMet).
      prerequisites: activity.prerequisites.flatMap((id) => {
        const p = curriculum.activities.get(id);
        return p === undefined ? [] : [{ id, masterable: p.masterable }];
      }),
    }));

  const sections: SectionDef[] = sectionList.map((def) => {
    const indexes: number[] = [];
    items.forEach((it, i) => {
      if (it.section === def.id) indexes.push(i);
    });
    const tags = new Set(indexes.flatMap((i) => items[i]!.tags));
    const supporting: number[] = [];
    candidates.forEach((c, i) => {
      if (c.activity.supports.some((x) => tags.has(x))) supporting.push(i);
    });
    return { ...def, items: indexes, tags, candidates: supporting };
  });

  return { band, basis, sections, items, earlier, milestones, slotsOf, slotCount, candidates };
}
