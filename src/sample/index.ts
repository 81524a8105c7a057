/**
 * A deterministic synthetic centre for demos, tests and benchmarks: made-up children (never real
 * people), groups from 1 to 6 years, an inventory, and a journal that follows the Montessori
 * prerequisite graph and the STPPA bands.
 *
 * @module
 */
import { resolveCurriculum } from "../curricula/resolve.js";
import { MEASUREMENT_INDICATORS } from "../curricula/stppa-2014/routines.js";
import { inAgeWindow, prerequisitesMet } from "../curricula/sequence.js";
import { createCentre } from "../io/centre-document.js";
import type {
  Activity,
  Centre,
  Child,
  Educator,
  Group,
  InventoryItem,
  Level,
  Observation,
  Stage,
} from "../model/index.js";
import {
  type CalendarDate,
  addDays,
  addMonths,
  ageInMonths,
  mondayOf,
  parseCalendarDate,
} from "../time/index.js";
import { sampleCareDay } from "./care-day.js";
import { simulateDevelopment } from "./development.js";
import { EDUCATOR_NAMES, GIVEN_NAMES, SECOND_NAMES } from "./names.js";
import { createRandom, type Random } from "./random.js";

/**
 * Options for {@link createSampleCentre}; every one has a default.
 *
 * @category Sample
 */
export interface SampleOptions {
  /** Seed of the random choices (default 2026). The same options give the same centre. */
  readonly seed?: number;
  /** Number of children (default 60), spread over five age groups. */
  readonly children?: number;
  /** Weeks of journal before `asOf` (default 16). */
  readonly weeks?: number;
  /** The last day of the journal (default `2026-11-27`, a Friday). */
  readonly asOf?: CalendarDate | string;
}

interface AgeGroupSpec {
  readonly key: string;
  readonly fromMonths: number;
  readonly toMonths: number;
  readonly name: string;
}

const AGE_GROUPS: readonly AgeGroupSpec[] = [
  { key: "12", fromMonths: 12, toMonths: 24, name: "Kelompok Bayi (1–2 tahun)" },
  { key: "23", fromMonths: 24, toMonths: 36, name: "Kelompok Batita (2–3 tahun)" },
  { key: "34", fromMonths: 36, toMonths: 48, name: "Kelompok Bermain (3–4 tahun)" },
  { key: "45", fromMonths: 48, toMonths: 60, name: "TK A (4–5 tahun)" },
  { key: "56", fromMonths: 60, toMonths: 72, name: "TK B (5–6 tahun)" },
];

/** Children per group before a second group of the same age is opened. */
const GROUP_SIZE = 20;

/** The sample centre's own ratio settings (children per caregiver by age): example values, not a standard's. */
const SAMPLE_RATIOS = {
  ratios: [
    { fromMonths: 0, toMonths: 24, children: 6 },
    { fromMonths: 24, toMonths: 48, children: 8 },
    { fromMonths: 48, toMonths: 84, children: 15 },
  ],
};

const ANECDOTES = [
  (n: string, a: string) => `Hari ini ${n} memilih sendiri kegiatan ${a} dan bekerja dengan tekun sampai selesai.`,
  (n: string, a: string) => `${n} menunjukkan kepada temannya cara memakai ${a}, lalu mengembalikan alatnya ke rak.`,
  (n: string, a: string) => `${n} tersenyum lebar ketika berhasil menyelesaikan ${a} tanpa bantuan.`,
  (n: string, a: string) => `Saat ${a}, ${n} mengulang kegiatan tiga kali dan bercerita tentang apa yang dilakukannya.`,
  (n: string, a: string) => `${n} masih memerlukan contoh dari guru untuk ${a}, tetapi mau mencoba lagi.`,
];

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

interface ChildState {
  readonly child: Child;
  readonly nickname: string;
  readonly educators: readonly string[];
  readonly ability: number;
  readonly stages: Map<string, { stage: Stage; since: CalendarDate }>;
  readonly levels: Map<string, number>;
  counter: number;
}

/**
 * Builds a synthetic centre. Deterministic: the same options always give the same centre, so
 * reports, plans, tests and benchmarks can rely on it. Scales from one class to 10 000 children
 * (about 6 observations per child per week), including CDC milestone checklists and KPSP
 * screenings for children who reach a checklist or screening age inside the window.
 *
 * @param options - seed, number of children, weeks of journal, last day
 * @returns a valid centre
 * @example
 * ```ts
 * const centre = createSampleCentre({ seed: 1, children: 30, weeks: 8 });
 * centre.children.length; // => 30
 * ```
 * @category Sample
 */
export function createSampleCentre(options: SampleOptions = {}): Centre {
  const seed = options.seed ?? 2026;
  const total = Math.max(0, Math.floor(options.children ?? 60));
  const weeks = Math.max(1, Math.floor(options.weeks ?? 16));
  const asOf = parseCalendarDate(options.asOf ?? "2026-11-27");
  const rng = createRandom(seed);
  const base = createCentre("TARA Melati (contoh / sample)");
  const curriculum = resolveCurriculum(base);
  const stppa = curriculum.frameworks.find((f) => f.id === "stppa2014");
  const goals = curriculum.frameworks.find((f) => f.id === "sample-goals");
  const cdc = curriculum.frameworks.find((f) => f.id === "cdc2022");
  const activities = [...curriculum.activities.values()].sort(
    (a, b) => a.ageMonths.from - b.ageMonths.from || (a.id < b.id ? -1 : 1),
  );

  // Groups and educators.
  const perAge = AGE_GROUPS.map((_, i) => Math.floor(total / AGE_GROUPS.length) + (i < total % AGE_GROUPS.length ? 1 : 0));
  const groups: Group[] = [];
  const educators: Educator[] = [];
  const groupsOfAge: string[][] = [];
  AGE_GROUPS.forEach((spec, i) => {
    const count = Math.max(1, Math.ceil(perAge[i]! / GROUP_SIZE));
    const ids: string[] = [];
    for (let g = 0; g < count; g++) {
      const id = count === 1 ? `g-${spec.key}` : `g-${spec.key}-${pad(g + 1, 3)}`;
      const eds = [0, 1].map((k) => {
        const n = educators.length;
        const e = { id: `e-${pad(n + 1, 3)}`, name: `${EDUCATOR_NAMES[n % EDUCATOR_NAMES.length]}${n >= EDUCATOR_NAMES.length ? ` ${Math.floor(n / EDUCATOR_NAMES.length) + 1}` : ""}`, role: k === 0 ? "Guru kelas" : "Pendamping" };
        educators.push(e as unknown as Educator);
        return e.id;
      });
      groups.push({ id, name: count === 1 ? spec.name : `${spec.name} ${g + 1}`, educators: eds } as unknown as Group);
      ids.push(id);
    }
    groupsOfAge.push(ids);
  });

  // Children.
  const start = addDays(mondayOf(asOf), -7 * (weeks - 1));
  const states: ChildState[] = [];
  let index = 0;
  AGE_GROUPS.forEach((spec, i) => {
    for (let k = 0; k < perAge[i]!; k++) {
      index++;
      // The first child of the youngest group is 20 months old: the age of the toddler whose
      // development section (milestones, KPSP) the tests and the demo show.
      const drawn = rng.int(spec.fromMonths, spec.toMonths - 1);
      const months = i === 0 && k === 0 ? 20 : drawn;
      const birthDate = addDays(addMonths(asOf, -months), -rng.int(0, 27));
      const given = rng.pick(GIVEN_NAMES);
      const name = `${given} ${rng.pick(SECOND_NAMES)}`;
      const groupId = groupsOfAge[i]![Math.floor(k / GROUP_SIZE)] ?? groupsOfAge[i]![0]!;
      const sixMonths = addMonths(birthDate, 6);
      const enrolledOn = sixMonths > start ? sixMonths : start;
      const child = {
        id: `c-${pad(index, 5)}`,
        name,
        nickname: given,
        birthDate,
        // Jenis kelamin for the WHO growth standards (synthetic: alternating).
        sex: index % 2 === 0 ? "female" : "male",
        group: groupId,
        enrolledOn,
        consent: {
          photos: rng.chance(0.85),
          shareWithFamilyApps: rng.chance(0.9),
          aggregateStatistics: rng.chance(0.95),
          recordedOn: enrolledOn,
          givenBy: rng.chance(0.6) ? "ibu" : "ayah",
        },
      } as unknown as Child;
      const group = groups.find((g) => g.id === groupId)!;
      states.push({ child, nickname: given, educators: group.educators, ability: rng.next() * 2 - 1, stages: new Map(), levels: new Map(), counter: 0 });
    }
  });

  const entries: Observation[] = [];
  for (const state of states) {
    simulateChild(state, { rng, weeks, start, asOf, activities, curriculumActivities: curriculum.activities, stppa, goals, entries });
    const { child } = state;
    simulateDevelopment(
      { id: child.id, birthDate: child.birthDate, enrolledOn: child.enrolledOn, ability: state.ability, educators: state.educators },
      { rng, from: start, asOf, cdc },
      () => `o.${child.id}.${pad(++state.counter, 4)}`,
      (o) => entries.push(o as unknown as Observation),
    );
  }
  const care = sampleCareDay(states.map((s) => s.child), groups, asOf, seed);
  entries.push(...care.entries);
  entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const inventory: InventoryItem[] = [];
  for (const m of curriculum.materials.values()) {
    // A typical centre bought a second set of the most used language materials.
    if (m.id === "mat.sandpaper-letters" || m.id === "mat.movable-alphabet") inventory.push({ material: m.id, copies: 2 } as InventoryItem);
  }

  return {
    ...base,
    settings: { ...base.settings, name: "TARA Melati (contoh / sample)", ...SAMPLE_RATIOS },
    groups,
    educators,
    children: care.children,
    inventory,
    journal: { schemaVersion: 1, entries },
    educatorAttendance: care.educatorAttendance,
  } as unknown as Centre;
}

interface SimContext {
  readonly rng: Random;
  readonly weeks: number;
  readonly start: CalendarDate;
  readonly asOf: CalendarDate;
  readonly activities: readonly Activity[];
  readonly curriculumActivities: ReadonlyMap<string, Activity>;
  readonly stppa: ReturnType<typeof resolveCurriculum>["frameworks"][number] | undefined;
  readonly goals: ReturnType<typeof resolveCurriculum>["frameworks"][number] | undefined;
  readonly entries: Observation[];
}

const STPPA_LEVELS: readonly Level[] = ["BB", "MB", "BSH", "BSB"];

/** Growth indicators (berat/tinggi badan sesuai usia) are evidenced by measurements, not rated. */
const MEASURED = new Set<string>(MEASUREMENT_INDICATORS.map((m) => m.indicator));

function simulateChild(state: ChildState, ctx: SimContext): void {
  const { rng } = ctx;
  const { child } = state;
  const nextId = () => `o.${child.id}.${pad(++state.counter, 4)}`;
  const author = () => rng.pick(state.educators);
  const visibility = () => (rng.chance(0.85) ? "family" : "staff");
  const push = (o: Record<string, unknown>) => {
    ctx.entries.push(o as unknown as Observation);
    return o;
  };

  for (let w = 0; w < ctx.weeks; w++) {
    const monday = addDays(ctx.start, 7 * w);
    const dayOf = () => {
      const d = addDays(monday, rng.int(0, 4));
      return d > ctx.asOf ? ctx.asOf : d;
    };
    if (monday < child.enrolledOn && addDays(monday, 4) < child.enrolledOn) continue;
    const weekDay = (): CalendarDate => {
      const d = dayOf();
      return d < child.enrolledOn ? child.enrolledOn : d;
    };
    const months = ageInMonths(child.birthDate, monday < child.birthDate ? child.birthDate : monday);
    const lessonsThisWeek: Activity[] = [];

    // Lessons already under way move on.
    for (const [id, s] of state.stages) {
      const activity = ctx.curriculumActivities.get(id)!;
      if (s.stage === "mastered") continue;
      const weeksSince = (Number(monday.slice(0, 4)) * 366 + dayOfYear(monday) - (Number(s.since.slice(0, 4)) * 366 + dayOfYear(s.since))) / 7;
      if (s.stage === "presented" && rng.chance(0.8)) {
        recordLesson(activity, "practicing");
      } else if (s.stage === "practicing" && activity.masterable && weeksSince >= 2 && rng.chance(0.3 + 0.1 * state.ability)) {
        recordLesson(activity, "mastered");
      } else if (s.stage === "practicing" && rng.chance(0.25)) {
        recordLesson(activity, "practicing");
      }
    }
    // New presentations: the earliest-in-sequence ready lessons.
    const stageOf = (id: string) => state.stages.get(id)?.stage;
    const ready = ctx.activities.filter(
      (a) => !state.stages.has(a.id) && inAgeWindow(a, months) && prerequisitesMet(a, stageOf, ctx.curriculumActivities),
    );
    const newCount = months < 24 ? 1 : rng.int(1, 2);
    for (let k = 0; k < newCount && ready.length > 0; k++) {
      const pickFrom = ready.slice(0, 6);
      const a = rng.pick(pickFrom);
      ready.splice(ready.indexOf(a), 1);
      // A new lesson is given on or after the day its prerequisites reached their stage this week.
      let notBefore = a.prerequisites.reduce<CalendarDate | undefined>((latest, id) => {
        const since = state.stages.get(id)?.since;
        return since !== undefined && (latest === undefined || since > latest) ? since : latest;
      }, undefined);
      if (notBefore !== undefined && notBefore < monday) notBefore = undefined;
      recordLesson(a, "presented", notBefore);
    }

    // Assessments on the child's framework: STPPA from 48 months, sample TPs (checklist) before.
    const band = ctx.stppa?.bands.find((b) => months >= b.fromMonths && months < b.toMonths && b.indicators.length > 0);
    const targets: string[] = band
      ? band.indicators.map((i) => i.id).filter((id) => !MEASURED.has(id))
      : (ctx.goals?.learningGoals.filter((g) => {
          const [lo, hi] = g.group.split("-").map(Number);
          return months >= (lo ?? 0) && months < (hi ?? 0);
        }) ?? []).map((g) => g.id);
    if (targets.length > 0) {
      const supported = lessonsThisWeek.flatMap((a) => a.supports).filter((s) => targets.includes(s));
      for (let k = 0; k < 2; k++) {
        const indicator = supported.length > 0 && rng.chance(0.6) ? rng.pick(supported) : rng.pick(targets);
        const date = weekDay();
        if (band) {
          const prev = state.levels.get(indicator);
          const level =
            prev === undefined
              ? clamp(Math.round(1 + state.ability + (rng.next() - 0.5)), 0, 3)
              : clamp(prev + (rng.chance(0.35) ? 1 : 0), 0, 3);
          state.levels.set(indicator, level);
          const o = push({ kind: "assessment", id: nextId(), child: child.id, date, author: author(), visibility: visibility(), indicator, level: STPPA_LEVELS[level] });
          maybeAmend(o, level);
        } else {
          const seen = state.levels.get(indicator) ?? 0;
          const level = seen === 1 || rng.chance(0.45 + 0.2 * state.ability) ? 1 : 0;
          state.levels.set(indicator, level);
          push({ kind: "assessment", id: nextId(), child: child.id, date, author: author(), visibility: visibility(), indicator, level: level === 1 ? "sudah-muncul" : "belum-muncul" });
        }
      }
    }

    // An anecdote about this week's work, tagged with what it shows.
    const topic = lessonsThisWeek[0];
    if (topic !== undefined && rng.chance(0.45)) {
      const tags = topic.supports.filter((s) => targets.includes(s)).slice(0, 2);
      push({
        kind: "anecdote",
        id: nextId(),
        child: child.id,
        date: weekDay(),
        author: author(),
        visibility: rng.chance(0.9) ? "family" : "staff",
        text: rng.pick(ANECDOTES)(state.nickname, topic.name.id),
        indicators: tags.length > 0 ? tags : topic.supports.slice(0, 1),
      });
    }
    // Work samples and photo series (photos only with consent).
    if (topic !== undefined && rng.chance(0.15)) {
      const photo = child.consent.photos && rng.chance(0.5);
      const date = weekDay();
      push({
        kind: "evidence",
        id: nextId(),
        child: child.id,
        date,
        author: author(),
        visibility: "family",
        evidence: photo ? "photo-series" : "artwork",
        items: (photo ? [1, 2, 3] : [1]).map((n) => ({ ref: `${photo ? "foto" : "karya"}/${child.id}/${date}-${n}.jpg`, caption: `${topic.name.id} (${n})` })),
        indicators: topic.supports.slice(0, 2),
      });
    }
    // Monthly growth measurement (weighing day).
    if (w % 4 === 0) {
      const years = months / 12;
      push({
        kind: "growth",
        id: nextId(),
        child: child.id,
        date: weekDay(),
        author: author(),
        visibility: "family",
        // Each child keeps its place on the curves (its ability stands in for its build), with a
        // little measuring noise, so the monthly weighings mostly rise as real ones do.
        weightKg: round1(2 * years + 8 + state.ability * 1.2 + (rng.next() - 0.5) * 0.1),
        heightCm: round1(6.5 * years + 76 + state.ability * 3 + (rng.next() - 0.5) * 0.8),
        position: months < 24 ? "lying" : "standing",
        ...(months < 36 ? { headCircumferenceCm: round1(44 + 2.5 * years + (rng.next() - 0.5) * 2) } : {}),
      });
    }

    function recordLesson(activity: Activity, stage: Stage, notBefore?: CalendarDate): void {
      const drawn = weekDay();
      const date = notBefore !== undefined && notBefore > drawn ? notBefore : drawn;
      const previous = state.stages.get(activity.id);
      state.stages.set(activity.id, { stage, since: date });
      lessonsThisWeek.push(activity);
      const o = push({ kind: "lesson", id: nextId(), child: child.id, date, author: author(), visibility: visibility(), activity: activity.id, stage });
      if (rng.chance(0.004)) {
        const d = addDays(date, 1);
        if (d <= ctx.asOf) {
          push({ kind: "retraction", id: nextId(), child: child.id, date: d, author: o.author, visibility: "staff", target: o.id, note: "Dicatat untuk anak yang salah." });
          // The retracted record no longer counts, so the child's sequence continues from before it.
          if (previous === undefined) state.stages.delete(activity.id);
          else state.stages.set(activity.id, previous);
        }
      }
    }

    function maybeAmend(o: Record<string, unknown>, level: number): void {
      const d = addDays(o.date as CalendarDate, 1);
      if (d > ctx.asOf || !rng.chance(0.006)) return;
      const { id: _id, child: _child, ...body } = o;
      push({
        kind: "correction",
        id: nextId(),
        child: child.id,
        date: d,
        author: o.author,
        visibility: "staff",
        target: o.id,
        note: "Salah pilih capaian.",
        replacement: { ...body, level: STPPA_LEVELS[clamp(level + 1, 0, 3)] },
      });
    }
  }
}

function dayOfYear(d: CalendarDate): number {
  return Number(d.slice(5, 7)) * 31 + Number(d.slice(8, 10));
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, n));
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
