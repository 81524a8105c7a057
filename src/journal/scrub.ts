/**
 * Finding (and scrubbing) mentions of a child in other children's free text: notes, contexts,
 * anecdotes, lesson variants, evidence references and captions.
 *
 * @module
 */
import type { Child, ChildId, Observation, ObservationId } from "../model/index.js";

/**
 * A place in another child's entry that names the erased child.
 *
 * @category Journal
 */
export interface Mention {
  /** The entry holding the mention. */
  readonly observation: ObservationId;
  /** The child the entry is about (not the erased child). */
  readonly child: ChildId;
  /** The field, like `note`, `text`, `items[0].ref` or `replacement.note`. */
  readonly path: string;
  /** What matched: the child's id, full name, nickname or given name (first word of the name). */
  readonly matched: "id" | "name" | "nickname" | "given-name";
}

/** What is searched for: each term with what it is, longest first so a full name wins. */
export interface MentionTerms {
  readonly terms: readonly { readonly text: string; readonly matched: Mention["matched"] }[];
  readonly pattern: RegExp | undefined;
}

/** The text that replaces a mention when scrubbing. */
export const SCRUBBED_TEXT = "[…]";

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The terms that identify a child in free text: the id, the full name, the nickname and the
 * given name (the first word of the name, when it has at least 3 letters). Matching ignores case
 * and needs a non-letter, non-digit on both sides, so `c-0004` does not match inside `c-00049`.
 */
export function mentionTerms(childId: string, child: Child | undefined): MentionTerms {
  const seen = new Set<string>();
  const terms: { text: string; matched: Mention["matched"] }[] = [];
  const add = (text: string | undefined, matched: Mention["matched"]): void => {
    const t = text?.trim().replace(/\s+/g, " ");
    if (t === undefined || t === "" || seen.has(t.toLowerCase())) return;
    seen.add(t.toLowerCase());
    terms.push({ text: t, matched });
  };
  add(childId, "id");
  add(child?.name, "name");
  add(child?.nickname, "nickname");
  const given = child?.name.trim().split(/\s+/)[0];
  if (given !== undefined && [...given].length >= 3) add(given, "given-name");
  terms.sort((a, b) => b.text.length - a.text.length);
  const pattern =
    terms.length === 0
      ? undefined
      : new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map((t) => escapeRegExp(t.text).replace(/ /g, "\\s+")).join("|")})(?![\\p{L}\\p{N}])`, "giu");
  return { terms, pattern };
}

function matchedKind(terms: MentionTerms, found: string): Mention["matched"] {
  const norm = found.replace(/\s+/g, " ").toLowerCase();
  return terms.terms.find((t) => t.text.toLowerCase() === norm)?.matched ?? "name";
}

/** Free-text fields of an entry (or of a correction's replacement), as [path, value, set]. */
type Field = readonly [string, string];

function fieldsOf(o: Record<string, unknown>, prefix: string): Field[] {
  const out: Field[] = [];
  for (const key of ["note", "context", "text"] as const) {
    const v = o[key];
    if (typeof v === "string") out.push([`${prefix}${key}`, v]);
  }
  const variants = o["variants"];
  if (Array.isArray(variants)) variants.forEach((v, i) => typeof v === "string" && out.push([`${prefix}variants[${i}]`, v]));
  const items = o["items"];
  if (Array.isArray(items)) {
    items.forEach((item: { ref?: unknown; caption?: unknown }, i) => {
      if (typeof item.ref === "string") out.push([`${prefix}items[${i}].ref`, item.ref]);
      if (typeof item.caption === "string") out.push([`${prefix}items[${i}].caption`, item.caption]);
    });
  }
  return out;
}

function allFields(entry: Observation): Field[] {
  const own = fieldsOf(entry as unknown as Record<string, unknown>, "");
  if (entry.kind === "correction") own.push(...fieldsOf(entry.replacement as unknown as Record<string, unknown>, "replacement."));
  return own;
}

/**
 * Every mention of the terms in an entry's free text, one per field and term kind.
 *
 * @param entry - an entry about another child
 * @param terms - from {@link mentionTerms}
 * @returns the mentions (empty when none)
 */
export function mentionsIn(entry: Observation, terms: MentionTerms): Mention[] {
  if (terms.pattern === undefined) return [];
  const out: Mention[] = [];
  for (const [path, value] of allFields(entry)) {
    const kinds = new Set<Mention["matched"]>();
    for (const m of value.matchAll(terms.pattern)) kinds.add(matchedKind(terms, m[0]));
    for (const matched of kinds) out.push({ observation: entry.id, child: entry.child, path, matched });
  }
  return out;
}

function scrubText(value: string, pattern: RegExp): string {
  return value.replace(pattern, SCRUBBED_TEXT);
}

function scrubFields<T extends Record<string, unknown>>(o: T, pattern: RegExp): T {
  const out: Record<string, unknown> = { ...o };
  for (const key of ["note", "context", "text"] as const) {
    const v = o[key];
    if (typeof v === "string") out[key] = scrubText(v, pattern);
  }
  const variants = o["variants"];
  if (Array.isArray(variants)) out["variants"] = variants.map((v: unknown) => (typeof v === "string" ? scrubText(v, pattern) : v));
  const items = o["items"];
  if (Array.isArray(items)) {
    out["items"] = items.map((item: Record<string, unknown>) => ({
      ...item,
      ...(typeof item["ref"] === "string" ? { ref: scrubText(item["ref"], pattern) } : {}),
      ...(typeof item["caption"] === "string" ? { caption: scrubText(item["caption"], pattern) } : {}),
    }));
  }
  return out as T;
}

/**
 * The entry with every mention replaced by {@link SCRUBBED_TEXT} (a new object; the given one is
 * not changed).
 *
 * @param entry - an entry with mentions
 * @param terms - from {@link mentionTerms}
 * @returns the scrubbed entry
 */
export function scrubEntry(entry: Observation, terms: MentionTerms): Observation {
  if (terms.pattern === undefined) return entry;
  const own = scrubFields(entry as unknown as Record<string, unknown>, terms.pattern);
  if (entry.kind === "correction") own["replacement"] = scrubFields(entry.replacement as unknown as Record<string, unknown>, terms.pattern);
  return own as unknown as Observation;
}
