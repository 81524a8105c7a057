/**
 * The weekly plan (RPPM): choose each child's lessons, group children who need the same
 * presentation, place the presentations on the week's slots, and explain every choice.
 *
 * @module
 */
import { resolveCurriculum } from "../curricula/resolve.js";
import { gatewayCounts } from "../curricula/sequence.js";
import { ValidationError } from "../errors/index.js";
import type { Activity, Centre, ChildId, LocalizedText } from "../model/index.js";
import { childProgress, foldProgress } from "../progress/fold.js";
import { addDays, ageInMonths, workingDays } from "../time/index.js";
import { type Failure, type PlanChildState, assemble } from "./assemble.js";
import { candidateReasons, childCandidates } from "./choose.js";
import { childNeeds } from "./needs.js";
import { type WeeklyPlanOptions, resolveOptions } from "./options.js";
import { type Pick, groupWeights, pickLessons } from "./pick.js";
import { type Member, type Request, createGrid } from "./schedule.js";
import type { UnplacedReason, WeeklyPlan } from "./schema.js";
import { copyText } from "./words.js";

/** Rounds of choosing and placing: later rounds give children whose lessons could not be placed their next candidates. */
const ROUNDS = 3;

const plannableCache = new WeakMap<object, { activities: Activity[]; dependents: ReadonlyMap<string, number> }>();

/** Non-retired activities (sorted by id) and their gateway counts, once per resolved curriculum. */
function plannable(curriculum: ReturnType<typeof resolveCurriculum>) {
  let hit = plannableCache.get(curriculum);
  if (hit === undefined) {
    const activities = [...curriculum.activities.values()].filter((a) => !curriculum.retired.has(a.id));
    hit = { activities, dependents: gatewayCounts(curriculum) };
    plannableCache.set(curriculum, hit);
  }
  return hit;
}

/** A child's needs and candidates for one set of planning inputs. */
interface ChildChoice {
  readonly key: string;
  readonly child: object;
  readonly curriculum: object;
  readonly needs: ReturnType<typeof childNeeds>;
  readonly candidates: ReturnType<typeof childCandidates>;
}

/**
 * Needs and candidates per child progress: a child's progress object is shared by every centre
 * value that did not record anything about the child (see the live journal), so a plan made right
 * after recording for one child chooses again for that child only.
 */
const choiceCache = new WeakMap<object, ChildChoice[]>();

function choiceKey(ageMonths: number, opts: ReturnType<typeof resolveOptions>): string {
  return JSON.stringify([
    ageMonths,
    opts.asOf,
    opts.monday,
    opts.prerequisiteRule,
    opts.practiceAgainAfterDays,
    opts.seed,
    opts.theme?.activities ?? null,
    opts.extraNeeds,
  ]);
}

function byId(a: { readonly id: string }, b: { readonly id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function member(pick: Pick, child: ChildId, theme: LocalizedText | undefined): Member {
  return { child, kind: pick.candidate.kind, score: pick.score, reasons: candidateReasons(pick.candidate, theme), needs: pick.candidate.needs };
}

/** Splits children (sorted by id) into the fewest presentations the activity allows, sizes balanced. */
function chunk(activity: Activity, members: readonly Member[]): Member[][] {
  const cap = Math.max(1, activity.maxChildren);
  const groups = Math.ceil(members.length / cap);
  const out: Member[][] = [];
  let start = 0;
  for (let g = 0; g < groups; g++) {
    const size = Math.floor(members.length / groups) + (g < members.length % groups ? 1 : 0);
    out.push(members.slice(start, start + size));
    start += size;
  }
  return out;
}

/**
 * Makes the weekly plan (RPPM) of a group: for each child the lessons ready now, lessons in
 * practice due to be shown again and lessons that support what the child is behind on, scored and
 * picked within the weekly limits; children who need the same presentation grouped up to the
 * activity's limit; presentations placed on the week's working days and slots without exceeding
 * material copies, double-booking a child or using a holiday; everything that could not be placed
 * listed with its reason; and the indicators to observe.
 *
 * The same centre and options always give the same plan, byte for byte, whatever the order of the
 * children or of the journal. The centre is not changed. See `docs/planning.md` for the rules and
 * weights.
 *
 * @param centre - the centre (validated)
 * @param groupId - the group (rombel) to plan for
 * @param options - the week (any date in it) or `asOf`, and optional settings with documented defaults
 * @returns the weekly plan, plain serializable data
 * @throws {@link ValidationError} when the group is unknown or an option is invalid
 * @example
 * ```ts
 * const centre = createSampleCentre({ seed: 7, children: 30 });
 * const plan = weeklyPlan(centre, "g-45", { week: "2026-11-30" });
 * plan.days.map((d) => d.date); // => ["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"]
 * plan.days[0]?.slots[0]?.presentations[0]?.children[0]?.why;
 * // => e.g. "lanjutan dari “Menara Merah Muda”, dikuasai 12 November 2026; membuka dua kegiatan lanjutan"
 * ```
 * @category Planning
 */
export function weeklyPlan(centre: Centre, groupId: string, options: WeeklyPlanOptions): WeeklyPlan {
  const group = centre.groups.find((g) => g.id === groupId);
  if (group === undefined) {
    throw new ValidationError([{ path: "groupId", code: "unknown_reference", message: `unknown group ${JSON.stringify(groupId)}` }]);
  }
  const opts = resolveOptions(centre, group, options);
  const { monday, asOf, locale } = opts;
  const curriculum = resolveCurriculum(centre);
  const progress = foldProgress(centre);
  const { activities, dependents } = plannable(curriculum);
  const ctx = { curriculum, activities, dependents, options: opts };
  const days = workingDays(monday, { weekdays: opts.workingDays, holidays: opts.holidays });
  const sunday = addDays(monday, 6);

  const states: PlanChildState[] = [];
  const members = centre.children
    .filter((c) => c.group === groupId && c.birthDate <= monday && c.enrolledOn <= sunday && (c.leftOn === undefined || c.leftOn >= monday))
    .sort(byId);
  for (const child of members) {
    const ageMonths = ageInMonths(child.birthDate, monday);
    const p = childProgress(progress, child.id);
    const key = choiceKey(ageMonths, opts);
    let choices = choiceCache.get(p);
    let choice = choices?.find((c) => c.key === key && c.child === child && c.curriculum === curriculum);
    if (choice === undefined) {
      const needs = childNeeds(p, ageMonths, asOf, curriculum, opts.extraNeeds);
      choice = { key, child, curriculum, needs, candidates: childCandidates(child, ageMonths, p, needs, ctx) };
      if (choices === undefined) choiceCache.set(p, (choices = []));
      if (choices.length >= 4) choices.shift();
      choices.push(choice);
    }
    const { needs, candidates } = choice;
    states.push({
      child,
      ageMonths,
      progress: p,
      available: days.map((d) => child.enrolledOn <= d && (child.leftOn === undefined || d <= child.leftOn)),
      balance: opts.balanceFor(ageMonths),
      needs,
      candidates,
      tally: { areaCounts: { "practical-life": 0, sensorial: 0, language: 0, mathematics: 0, culture: 0 }, newCount: 0, againCount: 0, tried: new Set() },
      unplaced: new Set(),
    });
  }

  const groupWeight = groupWeights(states.map((s) => s.candidates));

  const available = new Map(states.map((s) => [s.child.id as string, s.available]));
  const grid = createGrid(days, opts.slotsPerDay, opts.slotTimes === undefined ? opts.slotCapacity : opts.slotCapacities, available, curriculum.materials);
  const zero = (a: Activity) => a.materials.some((m) => (curriculum.materials.get(m)?.copies ?? 0) === 0);
  const failures: Failure[] = [];
  const limits = { maxNew: opts.maxNew, maxPracticeAgain: opts.maxPracticeAgain };
  // Nido and Infant Community lessons are short and one-to-one: a child under 36 months gets more of them (PLAN_DEFAULTS).
  const limitsUnder3 = { maxNew: opts.maxNewUnder3, maxPracticeAgain: opts.maxPracticeAgain };
  const themeName = opts.theme?.name;

  for (let round = 0; round < ROUNDS; round++) {
    const wanted = new Map<string, { activity: Activity; members: Member[] }>();
    let any = false;
    for (const s of states) {
      if (!s.available.some(Boolean)) continue;
      const { picks, blocked } = pickLessons(s.candidates, s.balance, s.tally, groupWeight, s.ageMonths < 36 ? limitsUnder3 : limits, zero);
      for (const b of blocked) {
        any = true;
        s.unplaced.add(b.candidate.activity.id);
        const material = b.candidate.activity.materials.filter((m) => (curriculum.materials.get(m)?.copies ?? 0) === 0).sort()[0]!;
        const name = copyText(curriculum.materials.get(material)?.name ?? { id: material });
        failures.push({ activity: b.candidate.activity, members: [member(b, s.child.id, themeName)], reason: { kind: "no-copies", material, name } as UnplacedReason });
      }
      for (const pick of picks) {
        any = true;
        const id = pick.candidate.activity.id;
        const entry = wanted.get(id);
        if (entry) entry.members.push(member(pick, s.child.id, themeName));
        else wanted.set(id, { activity: pick.candidate.activity, members: [member(pick, s.child.id, themeName)] });
      }
    }
    if (!any) break;
    const requests: (Request & { ready: number })[] = [];
    for (const { activity, members: list } of wanted.values()) {
      for (const m of chunk(activity, list)) {
        let score = 0;
        for (const x of m) score += x.score;
        requests.push({ activity, members: m, score, ready: list.length });
      }
    }
    requests.sort((a, b) => b.score - a.score || byId(a.activity, b.activity) || (a.members[0]!.child < b.members[0]!.child ? -1 : 1));
    const stateOf = new Map(states.map((s) => [s.child.id as string, s]));
    for (const req of requests) {
      const result = grid.place(req, req.ready);
      for (const m of req.members) {
        const s = stateOf.get(m.child)!;
        if (result.ok) s.tally.areaCounts[req.activity.area] += 1;
        else {
          // The lesson is not given this week: its place in the limits is free for the next round.
          if (m.kind === "new") s.tally.newCount--;
          else s.tally.againCount--;
          s.unplaced.add(req.activity.id);
        }
      }
      if (!result.ok) failures.push({ activity: req.activity, members: [...req.members], reason: result.reason });
    }
  }

  return assemble(centre, group, opts, days, states, grid, failures, curriculum);
}
