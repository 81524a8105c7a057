/**
 * The reference that `parseCentre`'s fast path is held to: the implementation before it (commit
 * 0d7dfcc), kept verbatim so the differential tests (test/validate.fast.test.ts, `npm run fuzz`)
 * compare against the old behaviour, not against the new code. `CentreSchema.safeParse` (which
 * copies every object), `issuesFromZod`, and the old `checkCentre` (a Set of entry ids plus a Map of
 * entries, one closure per entry). Change it only together with a deliberate change of behaviour.
 */
import { type ResolvedCurriculum, resolveCurriculum } from "../../src/curricula/resolve.js";
import { type Issue, ValidationError } from "../../src/errors/index.js";
import { parseJsonText } from "../../src/io/centre-document.js";
import { issuesFromZod } from "../../src/io/issues.js";
import { authorIssue, careBodyIssues, type CareContext, careContext } from "../../src/journal/care-check.js";
import { prerequisiteCycles } from "../../src/journal/check.js";
import { BUNDLED_IDS, CENTRE_SCHEMA_VERSION, type Centre, CentreSchema, type Observation } from "../../src/model/index.js";
import type { CalendarDate } from "../../src/time/index.js";

/** The old `parseCentre`: zod over the whole document, then the old integrity check. */
export function referenceParseCentre(json: unknown): Centre {
  const value = typeof json === "string" ? parseJsonText(json) : json;
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (value !== null && typeof value === "object" && version !== undefined && version !== CENTRE_SCHEMA_VERSION) {
    throw new ValidationError([
      {
        path: "schemaVersion",
        code: "unsupported_version",
        message: `unsupported schemaVersion ${JSON.stringify(version)}; this version of tumbuh reads ${CENTRE_SCHEMA_VERSION}`,
      },
    ]);
  }
  const result = CentreSchema.safeParse(value, { reportInput: true });
  if (!result.success) throw new ValidationError(issuesFromZod(result.error));
  const centre = result.data as Centre;
  const issues = referenceCheckCentre(centre);
  if (issues.length > 0) throw new ValidationError(issues);
  return centre;
}

function duplicates<T extends { readonly id: string }>(items: readonly T[], path: string, issues: Issue[]): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) {
      issues.push({ path: `${path}[${i}].id`, code: "duplicate_id", message: `duplicate id ${JSON.stringify(item.id)}` });
    }
    seen.add(item.id);
  });
  return seen;
}

function unknown(path: string, what: string, id: string): Issue {
  return { path, code: "unknown_reference", message: `unknown ${what} ${JSON.stringify(id)}` };
}

const NO_ISSUES: readonly Issue[] = [];

/** The old per-entry check, verbatim. */
function observationIssues(
  entry: Observation,
  at: () => string,
  context: {
    readonly births: ReadonlyMap<string, CalendarDate>;
    readonly educators: ReadonlySet<string>;
    readonly observations: ReadonlyMap<string, Observation>;
    readonly curriculum: ResolvedCurriculum;
    readonly asOf?: CalendarDate | undefined;
    readonly care: CareContext;
  },
): readonly Issue[] {
  // Paths are built only when there is a problem: this runs once per journal entry.
  let issues: Issue[] | undefined;
  const add = (issue: Issue) => (issues ??= []).push(issue);
  const birth = context.births.get(entry.child);
  if (birth === undefined) add(unknown(`${at()}.child`, "child", entry.child));
  else if (entry.date < birth) {
    add({ path: `${at()}.date`, code: "before_birth", message: `date ${entry.date} is before the child's birth date ${birth}` });
  }
  if (context.asOf !== undefined && entry.date > context.asOf) {
    add({ path: `${at()}.date`, code: "after_as_of", message: `date ${entry.date} is after ${context.asOf}` });
  }
  // Deliberate change with the daycare kinds: family entries are authored by the child's family
  // (the shared rule of src/journal/care-check.ts), everything else by an educator as before.
  const target = entry.kind === "retraction" || entry.kind === "correction" ? context.observations.get(entry.target) : undefined;
  if (!context.educators.has(entry.author) || entry.kind === "family") {
    const issue = authorIssue(entry, target, context.educators, context.care, at);
    if (issue !== undefined) add(issue);
  }
  const body = entry.kind === "correction" ? entry.replacement : entry;
  const bodyAt = entry.kind === "correction" ? () => `${at()}.replacement` : at;
  switch (body.kind) {
    case "assessment":
      if (!context.curriculum.indicators.has(body.indicator)) add(unknown(`${bodyAt()}.indicator`, "indicator", body.indicator));
      break;
    case "lesson":
      if (!context.curriculum.activities.has(body.activity)) add(unknown(`${bodyAt()}.activity`, "activity", body.activity));
      break;
    case "anecdote":
    case "evidence":
      body.indicators.forEach((id, i) => {
        if (!context.curriculum.indicators.has(id)) add(unknown(`${bodyAt()}.indicators[${i}]`, "indicator", id));
      });
      break;
    case "screening":
      body.answers.forEach((a, i) => {
        if (!a.question.startsWith(`kpsp.${body.formAgeMonths}.`)) {
          add({ path: `${bodyAt()}.answers[${i}].question`, code: "invalid_value", message: `question ${a.question} is not on the ${body.formAgeMonths}-month form` });
        }
      });
      break;
    case "attendance":
    case "care":
    case "family": {
      const found: Issue[] = [];
      careBodyIssues(entry, body, context.care, (id) => context.observations.get(id), bodyAt, found);
      found.forEach(add);
      if (body.kind === "family") {
        (body.indicators ?? []).forEach((id, i) => {
          if (!context.curriculum.indicators.has(id)) add(unknown(`${bodyAt()}.indicators[${i}]`, "indicator", id));
        });
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
    const target = context.observations.get(entry.target);
    if (target === undefined) add(unknown(`${at()}.target`, "observation", entry.target));
    else if (target.child !== entry.child) {
      add({ path: `${at()}.child`, code: "invalid_value", message: `child ${JSON.stringify(entry.child)} differs from the target's child ${JSON.stringify(target.child)}` });
    } else if (entry.kind === "correction" && (target.kind === "retraction" || target.kind === "correction")) {
      add({ path: `${at()}.target`, code: "invalid_value", message: `a correction cannot target a ${target.kind}` });
    } else if (entry.kind === "correction" && target.kind !== entry.replacement.kind) {
      add({ path: `${at()}.replacement.kind`, code: "invalid_value", message: `replacement kind ${entry.replacement.kind} differs from the target's kind ${target.kind}` });
    }
  }
  return issues ?? NO_ISSUES;
}

/** The old `checkCentre`, verbatim. */
export function referenceCheckCentre(centre: Centre, options: { readonly asOf?: CalendarDate } = {}): Issue[] {
  const issues: Issue[] = [];
  const groups = duplicates(centre.groups, "groups", issues);
  const educators = duplicates(centre.educators, "educators", issues);
  duplicates(centre.children, "children", issues);
  duplicates(centre.journal.entries, "journal.entries", issues);
  duplicates(centre.curriculum.activities, "curriculum.activities", issues);
  duplicates(centre.curriculum.materials, "curriculum.materials", issues);
  duplicates(centre.curriculum.frameworks, "curriculum.frameworks", issues);
  duplicates(centre.curriculum.routines, "curriculum.routines", issues);

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
  for (const cycle of prerequisiteCycles(curriculum.activities)) {
    const own = centre.curriculum.activities.findIndex((a) => cycle.includes(a.id));
    issues.push({
      path: own >= 0 ? `curriculum.activities[${own}].prerequisites` : "curriculum.activities",
      code: "cycle",
      message: `prerequisite cycle: ${[...cycle, cycle[0]].join(" → ")}`,
    });
  }

  const observations = new Map<string, Observation>();
  for (const e of centre.journal.entries) if (!observations.has(e.id)) observations.set(e.id, e);
  const context = { births, educators, observations, curriculum, asOf: options.asOf, care: careContext(centre.children) };
  centre.journal.entries.forEach((entry, i) => {
    const found = observationIssues(entry, () => `journal.entries[${i}]`, context);
    for (const issue of found) issues.push(issue);
  });
  return issues;
}
