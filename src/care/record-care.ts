/**
 * Recording the day's care with the warnings a caregiver must see: an unknown collector at
 * pick-up, a meal served knowingly despite an allergen.
 *
 * @module
 */
import { namedAllergens } from "../journal/care-check.js";
import { record } from "../journal/record.js";
import { type Centre, type Child, type Observation, type ObservationInput, ObservationSchema } from "../model/index.js";

/**
 * Something recorded that a caregiver must look at.
 *
 * @category Care
 */
export interface CareWarning {
  /** `unknown_collector`: the person who collected the child is not an authorised collector; `allergen_acknowledged`: a meal names an allergen and was recorded because the entry acknowledged it. */
  readonly code: "unknown_collector" | "allergen_acknowledged";
  /** Where, like a validation issue's path (`[2].person`). */
  readonly path: string;
  /** The observation id. */
  readonly id: string;
  readonly child: string;
  /** English text. */
  readonly message: string;
}

/**
 * The result of {@link recordCare}.
 *
 * @category Care
 */
export interface CareRecorded {
  readonly centre: Centre;
  readonly warnings: readonly CareWarning[];
}

/**
 * Whether `person` is one of the child's authorised collectors: their id, or their name (case and
 * surrounding spaces ignored).
 *
 * @param child - the child's record
 * @param person - the id or name written on the departure
 * @returns true when authorised
 * @example
 * ```ts
 * isAuthorisedCollector(child, "k-001-ibu"); // => true
 * ```
 * @category Care
 */
export function isAuthorisedCollector(child: Child, person: string): boolean {
  const p = person.trim().toLocaleLowerCase("id");
  return (child.collectors ?? []).some((c) => c.id === person || c.name.trim().toLocaleLowerCase("id") === p);
}

/**
 * Records attendance, care or family entries (any observations, in fact) exactly like
 * {@link record} — validated as a batch, all or nothing — and returns, beside the new centre, the
 * warnings of what was recorded: a departure whose collector is not on the child's list of
 * authorised collectors, a meal recorded with `allergenAcknowledged` although its menu names one
 * of the child's allergens. A meal naming an allergen without that acknowledgement is refused.
 *
 * @param centre - the centre
 * @param input - one observation or an array of them
 * @returns the new centre and the warnings (empty when there is nothing to look at)
 * @throws {@link ValidationError} listing every problem (nothing is recorded then)
 * @example
 * ```ts
 * const { centre: next, warnings } = recordCare(centre, {
 *   kind: "attendance", id: "att-1", child: "c-001", date: "2026-11-23", author: "e-01",
 *   visibility: "family", event: "departure", time: "16:05", person: "Pak Joko",
 * });
 * warnings[0]?.code; // => "unknown_collector"
 * ```
 * @category Care
 */
export function recordCare(centre: Centre, input: ObservationInput | readonly ObservationInput[]): CareRecorded {
  const next = record(centre, input);
  const many = Array.isArray(input);
  // `record` accepted the batch, so every input parses; parsed again here for its typed output.
  const added = (many ? input : [input]).map((raw) => ObservationSchema.parse(raw) as Observation);
  const children = new Map<string, Child>(centre.children.map((c) => [c.id, c]));
  const warnings: CareWarning[] = [];
  added.forEach((entry, i) => {
    const at = many ? `[${i}]` : "";
    const child = children.get(entry.child)!;
    const body = entry.kind === "correction" ? entry.replacement : entry;
    const prefix = entry.kind === "correction" ? `${at === "" ? "" : `${at}.`}replacement` : at;
    const field = (f: string) => (prefix === "" ? f : `${prefix}.${f}`);
    if (body.kind === "attendance" && body.event === "departure" && body.person !== undefined && !isAuthorisedCollector(child, body.person)) {
      warnings.push({
        code: "unknown_collector",
        path: field("person"),
        id: entry.id,
        child: entry.child,
        message: `${JSON.stringify(body.person)} is not an authorised collector of child ${JSON.stringify(entry.child)}; check with the family`,
      });
    }
    if (body.kind === "care" && body.care === "meal" && body.allergenAcknowledged === true && body.menu !== undefined) {
      const allergies = (child.allergies ?? []).map((a) => ({ allergen: a.allergen, words: [a.allergen, ...(a.words ?? [])] }));
      const named = namedAllergens(body.menu, allergies);
      if (named.length > 0) {
        warnings.push({
          code: "allergen_acknowledged",
          path: field("menu"),
          id: entry.id,
          child: entry.child,
          message: `the menu ${JSON.stringify(body.menu)} names ${named.map((a) => JSON.stringify(a)).join(", ")} from child ${JSON.stringify(entry.child)}'s allergy list; recorded because it was acknowledged`,
        });
      }
    }
  });
  return { centre: next, warnings };
}
