/**
 * The centre schema `parseCentre` runs: `CentreSchema`, except that journal entries are checked
 * by {@link isExactObservation} and only the entries it does not vouch for go through
 * `ObservationSchema`. Same issues, in the same order, as `CentreSchema`; the entries that pass
 * the fast check are not copied, and when all pass the input's entries array itself is kept.
 *
 * Internal: not exported from the package.
 *
 * @module
 */
import * as z from "zod";
import { CentreSchema, JournalSchema, ObservationSchema } from "../model/index.js";
import { isExactObservation } from "./fast-observation.js";

/** What `JournalSchema` checks entries with; asked only when entries is not an array. */
const EntriesSchema = z.array(ObservationSchema);

/**
 * Validates `journal.entries` like `z.array(ObservationSchema)` does (same issues, same paths,
 * same order), without copying the entries that pass {@link isExactObservation}.
 */
function checkEntries(value: unknown, ctx: z.core.$RefinementCtx<unknown> & { issues: z.core.$ZodRawIssue[] }): unknown {
  if (!Array.isArray(value)) {
    const result = EntriesSchema.safeParse(value, { reportInput: true });
    if (result.success) return result.data; // not reached: only arrays pass
    for (const issue of result.error.issues) ctx.issues.push(issue as z.core.$ZodRawIssue);
    return z.NEVER;
  }
  const entries: readonly unknown[] = value;
  // A plain array is kept as it is while every entry passes; anything else is copied like zod does.
  let out: unknown[] | undefined = Object.getPrototypeOf(entries) === Array.prototype ? undefined : [];
  let failed = false;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (isExactObservation(entry)) {
      if (out !== undefined) out.push(entry);
      continue;
    }
    const result = ObservationSchema.safeParse(entry, { reportInput: true });
    if (result.success) {
      out ??= entries.slice(0, i);
      out.push(result.data);
    } else {
      failed = true;
      for (const issue of result.error.issues) ctx.issues.push({ ...issue, path: [i, ...issue.path] } as z.core.$ZodRawIssue);
    }
  }
  if (failed) return z.NEVER;
  return out ?? entries;
}

/** `CentreSchema` with the fast journal entries. Its output type is `CentreSchema`'s. */
export const FastCentreSchema: z.ZodType<z.output<typeof CentreSchema>, z.input<typeof CentreSchema>> = CentreSchema.extend({
  journal: JournalSchema.extend({
    entries: z.custom<unknown>(() => true).transform(checkEntries),
  }),
}) as unknown as z.ZodType<z.output<typeof CentreSchema>, z.input<typeof CentreSchema>>;
