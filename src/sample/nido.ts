/**
 * A Nido (infant, 3–12 months) group for the synthetic sample centre: made-up babies (never real
 * people) and a journal of infant lessons (mobiles, grasping and hand materials, movement mat,
 * weaning table …) that follows the catalogue's age windows and prerequisites.
 *
 * @module
 */
import { resolveCurriculum } from "../curricula/resolve.js";
import { inAgeWindow, prerequisitesMet } from "../curricula/sequence.js";
import type { Activity, Centre, Child, Educator, Group, Observation, Stage } from "../model/index.js";
import { type CalendarDate, addDays, addMonths, ageInMonths, mondayOf, parseCalendarDate } from "../time/index.js";
import { EDUCATOR_NAMES, GIVEN_NAMES, SECOND_NAMES } from "./names.js";
import { createRandom } from "./random.js";

/**
 * Options for {@link withSampleNidoGroup}; every one has a default.
 *
 * @category Sample
 */
export interface SampleNidoOptions {
  /** Number of babies (default 6). */
  readonly babies?: number;
  /** Seed of the random choices (default 2026). */
  readonly seed?: number;
  /** Weeks of journal before `asOf` (default 12). */
  readonly weeks?: number;
  /** The last day of the journal (default `2026-11-27`, a Friday). */
  readonly asOf?: CalendarDate | string;
}

/** The id of the sample's Nido group. */
const GROUP_ID = "g-nido";

/**
 * Adds a Nido group ("Kelompok Nido (3–12 bulan)") with synthetic babies, two educators and their
 * infant-lesson journal to a centre, returning a new centre (the given one is not changed). Ids are
 * `c-nido-…`, `e-nido-…` and `o.c-nido-….…`, so they never collide with the sample's own.
 * Deterministic: the same centre and options give the same result.
 *
 * @param centre - a centre, usually {@link createSampleCentre}'s
 * @param options - number of babies, seed, weeks of journal, last day
 * @returns a new centre with the Nido group
 * @example
 * ```ts
 * const centre = withSampleNidoGroup(createSampleCentre(), { babies: 4 });
 * centre.groups.at(-1)?.name; // => "Kelompok Nido (3–12 bulan)"
 * ```
 * @category Sample
 */
export function withSampleNidoGroup(centre: Centre, options: SampleNidoOptions = {}): Centre {
  const babies = Math.max(0, Math.floor(options.babies ?? 6));
  const weeks = Math.max(1, Math.floor(options.weeks ?? 12));
  const asOf = parseCalendarDate(options.asOf ?? "2026-11-27");
  const rng = createRandom((options.seed ?? 2026) + 7919);
  const curriculum = resolveCurriculum(centre);
  const activities = [...curriculum.activities.values()]
    .filter((a) => a.ageMonths.from < 12 && !curriculum.retired.has(a.id))
    .sort((a, b) => a.ageMonths.from - b.ageMonths.from || (a.id < b.id ? -1 : 1));

  const educators = [0, 1].map(
    (k) => ({ id: `e-nido-${k + 1}`, name: EDUCATOR_NAMES[(k + 3) % EDUCATOR_NAMES.length]!, role: k === 0 ? "Pengasuh utama" : "Pengasuh" }) as unknown as Educator,
  );
  const group = { id: GROUP_ID, name: "Kelompok Nido (3–12 bulan)", educators: educators.map((e) => e.id) } as unknown as Group;
  const start = addDays(mondayOf(asOf), -7 * (weeks - 1));
  const children: Child[] = [];
  const entries: Observation[] = [];

  for (let i = 0; i < babies; i++) {
    const months = rng.int(3, 11);
    const birthDate = addDays(addMonths(asOf, -months), -rng.int(0, 27));
    const threeMonths = addMonths(birthDate, 3);
    const enrolledOn = threeMonths > start ? threeMonths : start;
    const given = rng.pick(GIVEN_NAMES);
    const id = `c-nido-${String(i + 1).padStart(3, "0")}`;
    children.push({
      id,
      name: `${given} ${rng.pick(SECOND_NAMES)}`,
      nickname: given,
      birthDate,
      group: GROUP_ID,
      enrolledOn,
      consent: { photos: rng.chance(0.85), shareWithFamilyApps: rng.chance(0.9), aggregateStatistics: true, recordedOn: enrolledOn, givenBy: "ibu" },
    } as unknown as Child);

    const stages = new Map<string, { stage: Stage; since: CalendarDate }>();
    let counter = 0;
    const record = (activity: Activity, stage: Stage, date: CalendarDate) => {
      stages.set(activity.id, { stage, since: date });
      entries.push({
        kind: "lesson",
        id: `o.${id}.${String(++counter).padStart(4, "0")}`,
        child: id,
        date,
        author: rng.pick(group.educators),
        visibility: "family",
        activity: activity.id,
        stage,
      } as unknown as Observation);
    };
    for (let w = 0; w < weeks; w++) {
      const monday = addDays(start, 7 * w);
      if (addDays(monday, 4) < enrolledOn) continue;
      const day = (): CalendarDate => {
        const d = addDays(monday, rng.int(0, 4));
        const clamped = d < enrolledOn ? enrolledOn : d;
        return clamped > asOf ? asOf : clamped;
      };
      const age = ageInMonths(birthDate, monday < birthDate ? birthDate : monday);
      // Work under way moves on: presented → practising → (after about two weeks) mastered.
      for (const [aid, s] of [...stages]) {
        const a = curriculum.activities.get(aid)!;
        if (s.stage === "presented") record(a, "practicing", day());
        else if (s.stage === "practicing" && a.masterable && rng.chance(0.4)) record(a, "mastered", day());
      }
      const ready = activities.filter(
        (a) => !stages.has(a.id) && inAgeWindow(a, age) && prerequisitesMet(a, (x) => stages.get(x)?.stage, curriculum.activities),
      );
      if (ready.length > 0) {
        const a = rng.pick(ready.slice(0, 4));
        // Presented on or after the day its prerequisites reached their stage.
        let date = day();
        for (const p of a.prerequisites) {
          const since = stages.get(p)?.since;
          if (since !== undefined && since > date) date = since;
        }
        record(a, "presented", date);
      }
    }
  }
  entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  return {
    ...centre,
    groups: [...centre.groups, group],
    educators: [...centre.educators, ...educators],
    children: [...centre.children, ...children],
    journal: { ...centre.journal, entries: mergeByDate(centre.journal.entries, entries) },
  };
}

/** Merges two journals already sorted by (date, id) into one sorted list (fresh array). */
function mergeByDate(a: readonly Observation[], b: readonly Observation[]): Observation[] {
  const out: Observation[] = [];
  let i = 0;
  let j = 0;
  const before = (x: Observation, y: Observation) => x.date < y.date || (x.date === y.date && x.id < y.id);
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && before(a[i]!, b[j]!))) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}
