/**
 * The checks of the daycare kinds that need the child's record: family authorship, allergens in
 * a meal's menu, the written request behind a medicine dose. Run by `record` and `checkCentre`
 * through the journal's entry checks.
 *
 * @module
 */
import type { Issue } from "../errors/index.js";
import type { Child, Observation } from "../model/index.js";

/** What the care checks read from the children's records, built once per check. */
export interface CareContext {
  /** Family member ids per child id. */
  readonly family: ReadonlyMap<string, ReadonlySet<string>>;
  /** Allergies per child id (only children with allergies). */
  readonly allergies: ReadonlyMap<string, readonly { readonly allergen: string; readonly words: readonly string[] }[]>;
}

/**
 * Builds the {@link CareContext} of a roster.
 *
 * @param children - the centre's children
 * @returns the context
 * @example
 * ```ts
 * careContext(centre.children).family.get("c-001")?.has("f-001-ibu"); // => true
 * ```
 * @category Journal
 */
export function careContext(children: readonly Child[]): CareContext {
  const family = new Map<string, ReadonlySet<string>>();
  const allergies = new Map<string, { allergen: string; words: string[] }[]>();
  for (const c of children) {
    if (c.family !== undefined && c.family.length > 0) family.set(c.id, new Set(c.family.map((m) => m.id)));
    if (c.allergies !== undefined && c.allergies.length > 0) {
      allergies.set(
        c.id,
        c.allergies.map((a) => ({ allergen: a.allergen, words: [a.allergen, ...(a.words ?? [])] })),
      );
    }
  }
  return { family, allergies };
}

function normalize(text: string): string {
  return text.toLocaleLowerCase("id").replace(/\s+/g, " ").trim();
}

/**
 * The allergens of a child that a menu names (case-insensitive, as whole words), each once.
 *
 * @param menu - the menu text
 * @param allergies - the child's allergies
 * @returns the allergens named
 * @example
 * ```ts
 * namedAllergens("Nasi tim, telur dadar", [{ allergen: "telur", words: ["telur"] }]); // => ["telur"]
 * ```
 * @category Journal
 */
export function namedAllergens(menu: string, allergies: readonly { readonly allergen: string; readonly words: readonly string[] }[]): string[] {
  const text = ` ${normalize(menu).replace(/[^\p{L}\p{N}]+/gu, " ")} `;
  const out: string[] = [];
  for (const a of allergies) {
    const hit = a.words.some((w) => {
      const word = normalize(w).replace(/[^\p{L}\p{N}]+/gu, " ");
      return word !== "" && text.includes(` ${word} `);
    });
    if (hit) out.push(a.allergen);
  }
  return out;
}

/**
 * Whether `author` may have written `entry`: educators write everything except family entries;
 * a family entry (and a retraction or correction of one) may be written by a member of that
 * child's family only.
 */
export function authorIssue(
  entry: Observation,
  target: Observation | undefined,
  educators: ReadonlySet<string>,
  care: CareContext,
  path: () => string,
): Issue | undefined {
  const family = care.family.get(entry.child);
  const isFamily = family?.has(entry.author) === true;
  if (entry.kind === "family") {
    if (isFamily) return undefined;
    return {
      path: `${path()}.author`,
      code: "unknown_reference",
      message: `author ${JSON.stringify(entry.author)} is not a family member of child ${JSON.stringify(entry.child)}: a family writes only about its own child`,
    };
  }
  if (educators.has(entry.author)) return undefined;
  if (isFamily && (entry.kind === "retraction" || entry.kind === "correction") && target?.kind === "family") return undefined;
  return { path: `${path()}.author`, code: "unknown_reference", message: `unknown educator ${JSON.stringify(entry.author)}` };
}

/**
 * The care checks of one entry's content (`body`: the entry, or a correction's replacement),
 * appended to `issues`.
 */
export function careBodyIssues(
  entry: Observation,
  body: Observation | Extract<Observation, { kind: "correction" }>["replacement"],
  care: CareContext,
  lookup: (id: string) => Observation | undefined,
  path: () => string,
  issues: Issue[],
): void {
  if (body.kind === "family") {
    if (entry.kind === "correction" && care.family.get(entry.child)?.has(body.author) !== true) {
      issues.push({ path: `${path()}.author`, code: "unknown_reference", message: `author ${JSON.stringify(body.author)} is not a family member of child ${JSON.stringify(entry.child)}` });
    }
    return;
  }
  if (body.kind !== "care") return;
  if (body.care === "meal" && body.menu !== undefined && body.allergenAcknowledged !== true) {
    const allergies = care.allergies.get(entry.child);
    const named = allergies === undefined ? [] : namedAllergens(body.menu, allergies);
    if (named.length > 0) {
      issues.push({
        path: `${path()}.menu`,
        code: "allergen",
        message: `the menu ${JSON.stringify(body.menu)} names ${named.map((a) => JSON.stringify(a)).join(", ")}, on child ${JSON.stringify(entry.child)}'s allergy list; not recorded (set allergenAcknowledged: true to record it knowingly)`,
      });
    }
  }
  if (body.care === "medicine-request" && body.requestedBy !== undefined && care.family.get(entry.child)?.has(body.requestedBy) !== true) {
    issues.push({
      path: `${path()}.requestedBy`,
      code: "unknown_reference",
      message: `${JSON.stringify(body.requestedBy)} is not a family member of child ${JSON.stringify(entry.child)}: a medicine is given only on the family's written request`,
    });
  }
  if (body.care === "medicine" && body.request !== undefined) {
    const request = lookup(body.request);
    if (request === undefined || request.kind !== "care" || request.care !== "medicine-request") {
      issues.push({ path: `${path()}.request`, code: "unknown_reference", message: `unknown medicine request ${JSON.stringify(body.request)}: a medicine is given only on the family's written request` });
    } else if (request.child !== entry.child) {
      issues.push({ path: `${path()}.request`, code: "invalid_value", message: `medicine request ${JSON.stringify(body.request)} is for another child` });
    } else if (body.date < request.date || body.date > (request.until ?? request.date)) {
      issues.push({ path: `${path()}.date`, code: "invalid_value", message: `medicine request ${JSON.stringify(body.request)} covers ${request.date}${request.until !== undefined && request.until !== request.date ? ` to ${request.until}` : ""}, not ${body.date}` });
    }
  }
}
