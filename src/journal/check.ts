/**
 * `checkCentre`: every integrity problem of a centre at once, each with its path.
 *
 * @module
 */
import { bundledData } from "../curricula/bundled.js";
import { type ResolvedCurriculum, resolveCurriculum } from "../curricula/resolve.js";
import { mergeSupplements, supplementIssues } from "../curricula/supplement.js";
import type { Issue } from "../errors/index.js";
import { type Activity, BUNDLED_IDS, type Centre, type Observation } from "../model/index.js";
import type { CalendarDate } from "../time/index.js";
import { authorIssue, careBodyIssues, type CareContext, careContext } from "./care-check.js";
import { IdTable } from "./id-table.js";

/** Options for {@link checkCentre}. */
export interface CheckOptions {
  /** Observations dated after this day are reported (`after_as_of`). Omit to skip that check. */
  readonly asOf?: CalendarDate;
}

function duplicates<T extends { readonly id: string }>(items: readonly T[], path: string, issues: Issue[]): Set<string> {
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const id = items[i]!.id;
    if (seen.has(id)) issues.push({ path: `${path}[${i}].id`, code: "duplicate_id", message: `duplicate id ${JSON.stringify(id)}` });
    else seen.add(id);
  }
  return seen;
}

/** An erased child's id is never reused, and no entry about an erased child remains. */
function erasedIssues(centre: Centre, issues: Issue[]): void {
  const erased = centre.journal.erased;
  if (erased === undefined || erased.length === 0) return;
  const gone = new Set<string>(erased.map((t) => t.child));
  const message = (id: string) => `child ${JSON.stringify(id)} was erased (journal.erased); an erased id is not used again`;
  centre.children.forEach((c, i) => {
    if (gone.has(c.id)) issues.push({ path: `children[${i}].id`, code: "conflict", message: message(c.id) });
  });
  centre.journal.entries.forEach((e, i) => {
    if (gone.has(e.child)) issues.push({ path: `journal.entries[${i}].child`, code: "conflict", message: message(e.child) });
  });
}

function unknown(path: string, what: string, id: string): Issue {
  return { path, code: "unknown_reference", message: `unknown ${what} ${JSON.stringify(id)}` };
}

/**
 * Finds prerequisite cycles among activities; returns each cycle once as a list of ids.
 *
 * @param activities - activities by id
 * @returns the cycles found (empty when the graph is a DAG)
 * @example
 * ```ts
 * prerequisiteCycles(resolveCurriculum(centre).activities); // => [] for the bundled catalog
 * ```
 * @category Journal
 */
export function prerequisiteCycles(activities: ReadonlyMap<string, Activity>): string[][] {
  const state = new Map<string, 1 | 2>(); // 1 = on stack, 2 = done
  const cycles: string[][] = [];
  for (const start of activities.keys()) {
    if (state.has(start)) continue;
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
    state.set(start, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const prereqs = activities.get(top.id)?.prerequisites ?? [];
      if (top.next >= prereqs.length) {
        state.set(top.id, 2);
        stack.pop();
        continue;
      }
      const p = prereqs[top.next++]!;
      if (!activities.has(p)) continue;
      const s = state.get(p);
      if (s === 1) {
        const from = stack.findIndex((f) => f.id === p);
        cycles.push(stack.slice(from).map((f) => f.id));
      } else if (s === undefined) {
        state.set(p, 1);
        stack.push({ id: p, next: 0 });
      }
    }
  }
  return cycles;
}

const NO_ISSUES: readonly Issue[] = [];

/** What an entry's references are checked against. */
interface EntryContext {
  readonly births: ReadonlyMap<string, CalendarDate>;
  readonly educators: ReadonlySet<string>;
  readonly curriculum: ResolvedCurriculum;
  readonly asOf?: CalendarDate | undefined;
  /** The children's family members and allergies (see {@link careContext}). */
  readonly care: CareContext;
}

/** The path of an entry (see {@link entryIssues}); called only on a problem. */
function entryPath(at: (() => string) | number): string {
  return typeof at === "number" ? `journal.entries[${at}]` : at();
}

/** The path of an entry's content: its replacement for a correction. */
function bodyPath(entry: Observation, at: (() => string) | number): string {
  return entry.kind === "correction" ? `${entryPath(at)}.replacement` : entryPath(at);
}

/**
 * The checks of {@link observationIssues}, appending to `issues`. `at` is the entry's path: a
 * function called only on a problem, or the entry's index in `journal.entries` (so the hot loop of
 * {@link checkCentre} allocates nothing per entry). `target` is the observation a retraction or
 * correction refers to (undefined when there is none, ignored for other kinds).
 */
function entryIssues(
  entry: Observation,
  at: (() => string) | number,
  target: Observation | undefined,
  context: EntryContext,
  issues: Issue[],
  lookup: (id: string) => Observation | undefined,
): void {
  // Paths are built only when there is a problem: this runs once per journal entry, and allocates
  // nothing (no closure) when the entry is fine.
  const birth = context.births.get(entry.child);
  if (birth === undefined) issues.push(unknown(`${entryPath(at)}.child`, "child", entry.child));
  else if (entry.date < birth) {
    issues.push({ path: `${entryPath(at)}.date`, code: "before_birth", message: `date ${entry.date} is before the child's birth date ${birth}` });
  }
  if (context.asOf !== undefined && entry.date > context.asOf) {
    issues.push({ path: `${entryPath(at)}.date`, code: "after_as_of", message: `date ${entry.date} is after ${context.asOf}` });
  }
  if (!context.educators.has(entry.author) || entry.kind === "family") {
    const issue = authorIssue(entry, target, context.educators, context.care, () => entryPath(at));
    if (issue !== undefined) issues.push(issue);
  }
  const body = entry.kind === "correction" ? entry.replacement : entry;
  const { indicators, activities } = context.curriculum;
  switch (body.kind) {
    case "assessment":
      if (!indicators.has(body.indicator)) issues.push(unknown(`${bodyPath(entry, at)}.indicator`, "indicator", body.indicator));
      break;
    case "lesson":
      if (!activities.has(body.activity)) issues.push(unknown(`${bodyPath(entry, at)}.activity`, "activity", body.activity));
      break;
    case "anecdote":
    case "evidence": {
      const ids = body.indicators;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        if (!indicators.has(id)) issues.push(unknown(`${bodyPath(entry, at)}.indicators[${i}]`, "indicator", id));
      }
      break;
    }
    case "screening": {
      const answers = body.answers;
      const prefix = `kpsp.${body.formAgeMonths}.`;
      for (let i = 0; i < answers.length; i++) {
        const question = answers[i]!.question;
        if (!question.startsWith(prefix)) {
          issues.push({ path: `${bodyPath(entry, at)}.answers[${i}].question`, code: "invalid_value", message: `question ${question} is not on the ${body.formAgeMonths}-month form` });
        }
      }
      break;
    }
    case "attendance":
    case "care":
      careBodyIssues(entry, body, context.care, lookup, () => bodyPath(entry, at), issues);
      break;
    case "family": {
      careBodyIssues(entry, body, context.care, lookup, () => bodyPath(entry, at), issues);
      const ids = body.indicators ?? [];
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        if (!indicators.has(id)) issues.push(unknown(`${bodyPath(entry, at)}.indicators[${i}]`, "indicator", id));
      }
      break;
    }
    case "growth":
    case "retraction":
      break;
    default:
      body satisfies never;
  }
  if (entry.kind === "retraction" || entry.kind === "correction") {
    if (target === undefined) issues.push(unknown(`${entryPath(at)}.target`, "observation", entry.target));
    else if (target.child !== entry.child) {
      issues.push({ path: `${entryPath(at)}.child`, code: "invalid_value", message: `child ${JSON.stringify(entry.child)} differs from the target's child ${JSON.stringify(target.child)}` });
    } else if (entry.kind === "correction" && (target.kind === "retraction" || target.kind === "correction")) {
      issues.push({ path: `${entryPath(at)}.target`, code: "invalid_value", message: `a correction cannot target a ${target.kind}` });
    } else if (entry.kind === "correction" && target.kind !== entry.replacement.kind) {
      issues.push({ path: `${entryPath(at)}.replacement.kind`, code: "invalid_value", message: `replacement kind ${entry.replacement.kind} differs from the target's kind ${target.kind}` });
    }
  }
}

/**
 * Checks the references inside observations against the centre and its curriculum.
 * Used by the `record*` functions for new entries ({@link checkCentre} runs the same checks).
 */
export function observationIssues(
  entry: Observation,
  at: () => string,
  context: EntryContext & { readonly observations: { get(id: string): Observation | undefined } },
): readonly Issue[] {
  const target = entry.kind === "retraction" || entry.kind === "correction" ? context.observations.get(entry.target) : undefined;
  const issues: Issue[] = [];
  entryIssues(entry, at, target, context, issues, (id) => context.observations.get(id));
  return issues.length === 0 ? NO_ISSUES : issues;
}

/**
 * Every integrity problem of a centre at once, each with its path: duplicate ids; unknown
 * children, groups, educators, indicators, activities and materials; observations dated before
 * the child's birth or after `asOf`; retractions or corrections of unknown observations;
 * prerequisite cycles in the activity catalog.
 *
 * @param centre - the centre
 * @param options - `asOf` to report observations dated in the future
 * @returns the problems; an empty array means the centre is consistent
 * @example
 * ```ts
 * checkCentre(centre, { asOf: parseCalendarDate("2026-11-28") });
 * // => [{ path: "journal.entries[12].child", code: "unknown_reference", message: 'unknown child "c-99"' }]
 * ```
 * @category Journal
 */
export function checkCentre(centre: Centre, options: CheckOptions = {}): Issue[] {
  const issues: Issue[] = [];
  const groups = duplicates(centre.groups, "groups", issues);
  const educators = duplicates(centre.educators, "educators", issues);
  duplicates(centre.children, "children", issues);
  // One table serves both duplicate detection and the lookup of retraction and correction targets
  // (the first entry with an id); its duplicates are reported here, in the order of issues.
  const entries = centre.journal.entries;
  const byId = new IdTable(entries);
  for (const i of byId.duplicates) {
    issues.push({ path: `journal.entries[${i}].id`, code: "duplicate_id", message: `duplicate id ${JSON.stringify(entries[i]!.id)}` });
  }
  duplicates(centre.curriculum.activities, "curriculum.activities", issues);
  duplicates(centre.curriculum.materials, "curriculum.materials", issues);
  duplicates(centre.curriculum.frameworks, "curriculum.frameworks", issues);
  duplicates(centre.curriculum.routines, "curriculum.routines", issues);
  erasedIssues(centre, issues);

  centre.groups.forEach((g, i) =>
    g.educators.forEach((e, j) => {
      if (!educators.has(e)) issues.push(unknown(`groups[${i}].educators[${j}]`, "educator", e));
    }),
  );
  const births = new Map<string, CalendarDate>();
  centre.children.forEach((c, i) => {
    if (!groups.has(c.group)) issues.push(unknown(`children[${i}].group`, "group", c.group));
    births.set(c.id, c.birthDate);
  });
  centre.curriculum.bundled.forEach((id, i) => {
    if (!(BUNDLED_IDS as readonly string[]).includes(id)) issues.push(unknown(`curriculum.bundled[${i}]`, "bundled data set", id));
  });

  const curriculum = resolveCurriculum(centre);
  centre.inventory.forEach((item, i) => {
    if (!curriculum.materials.has(item.material)) issues.push(unknown(`inventory[${i}].material`, "material", item.material));
  });
  centre.curriculum.retiredActivities.forEach((id, i) => {
    if (!curriculum.activities.has(id)) issues.push(unknown(`curriculum.retiredActivities[${i}]`, "activity", id));
  });
  centre.curriculum.activities.forEach((a, i) => {
    a.prerequisites.forEach((p, j) => {
      if (!curriculum.activities.has(p)) issues.push(unknown(`curriculum.activities[${i}].prerequisites[${j}]`, "activity", p));
    });
    a.materials.forEach((m, j) => {
      if (!curriculum.materials.has(m)) issues.push(unknown(`curriculum.activities[${i}].materials[${j}]`, "material", m));
    });
    a.supports.forEach((s, j) => {
      if (!curriculum.indicators.has(s)) issues.push(unknown(`curriculum.activities[${i}].supports[${j}]`, "indicator", s));
    });
  });
  centre.curriculum.routines.forEach((r, i) =>
    r.supports.forEach((s, j) => {
      if (!curriculum.indicators.has(s)) issues.push(unknown(`curriculum.routines[${i}].supports[${j}]`, "indicator", s));
    }),
  );
  centre.curriculum.frameworks.forEach((f, i) =>
    f.learningGoals.forEach((g, j) => {
      if (!curriculum.indicators.has(g.subElement)) issues.push(unknown(`curriculum.frameworks[${i}].learningGoals[${j}].subElement`, "sub-element", g.subElement));
    }),
  );
  // A framework that fills in another's bands (STPPA bands a centre typed) needs that framework
  // and must fit its bands and sub-scopes, also when the document was edited by hand.
  centre.curriculum.frameworks.forEach((f, i) => {
    if (f.supplements === undefined) return;
    const own = centre.curriculum.frameworks;
    const base =
      centre.curriculum.bundled.flatMap((set) => bundledData(set)?.frameworks ?? []).find((x) => x.id === f.supplements) ??
      own.find((x) => x.id === f.supplements && x.supplements === undefined);
    const others = own.filter((x, k) => k < i && x.supplements === f.supplements);
    issues.push(...supplementIssues(base === undefined || f.supplements === f.id ? undefined : mergeSupplements(base, others), f, `curriculum.frameworks[${i}]`));
  });
  for (const cycle of prerequisiteCycles(curriculum.activities)) {
    const own = centre.curriculum.activities.findIndex((a) => cycle.includes(a.id));
    issues.push({
      path: own >= 0 ? `curriculum.activities[${own}].prerequisites` : "curriculum.activities",
      code: "cycle",
      message: `prerequisite cycle: ${[...cycle, cycle[0]].join(" → ")}`,
    });
  }

  const context: EntryContext = { births, educators, curriculum, asOf: options.asOf, care: careContext(centre.children) };
  const lookup = (id: string): Observation | undefined => {
    const at = byId.indexOf(id);
    return at < 0 ? undefined : entries[at];
  };
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    let target: Observation | undefined;
    if (entry.kind === "retraction" || entry.kind === "correction") {
      const at = byId.indexOf(entry.target);
      target = at < 0 ? undefined : entries[at];
    }
    entryIssues(entry, i, target, context, issues, lookup);
  }
  return issues;
}
