/**
 * Building blocks shared by every schema: ids, localized text, deep readonly types.
 *
 * @module
 */
import * as z from "zod";

/** Deeply readonly view of plain data (arrays and objects), leaving branded strings intact. */
export type DeepReadonly<T> = T extends string | number | boolean | bigint | symbol | null | undefined
  ? T
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : { readonly [K in keyof T]: DeepReadonly<T[K]> };

/** Longest accepted id. */
export const MAX_ID_LENGTH = 120;
/** Longest accepted short text (names, labels, captions). */
export const MAX_SHORT_TEXT = 500;
/** Longest accepted long text (notes, anecdotes, descriptions): about four pages. */
export const MAX_LONG_TEXT = 10_000;

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:+-]*$/;

/**
 * A zod schema for a readable namespaced id (letters, digits and `. _ : + -`, starting with a
 * letter or digit, at most 120 characters), branded with `B`.
 *
 * @param brand - the brand name
 * @returns the schema
 * @example
 * ```ts
 * const RoomIdSchema = idSchema("RoomId");
 * RoomIdSchema.safeParse("ruang.melati").success; // => true
 * ```
 * @category Schemas
 */
export function idSchema<B extends string>(brand: B) {
  return z
    .string({ error: (i) => (i.input === undefined ? "required" : `expected an id string, got ${typeName(i.input)}`) })
    .max(MAX_ID_LENGTH, { error: `id longer than ${MAX_ID_LENGTH} characters` })
    .regex(ID_PATTERN, { error: (i) => `invalid id ${JSON.stringify(String(i.input).slice(0, 40))}: use letters, digits and . _ : + -` })
    .brand<B>();
}

/**
 * Describes a value's type for error messages ("null", "array", "string", …).
 *
 * @param value - anything
 * @returns its type name
 * @example
 * ```ts
 * typeName([1]); // => "array"
 * ```
 * @category Errors
 */
export function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/** A non-empty trimmed short text. */
export const ShortTextSchema = z
  .string()
  .min(1, { error: "must not be empty" })
  .max(MAX_SHORT_TEXT, { error: `longer than ${MAX_SHORT_TEXT} characters` });

/**
 * Characters a person's name never holds: C0 controls (NUL, tab, line feed, ESC, …), DEL, C1
 * controls, bidi marks, embeddings, overrides and isolates, line and paragraph separators and the
 * byte-order mark. They come from copy-paste and hostile files, print wrongly everywhere (a name
 * with ESC sequences can rewrite a terminal, U+202E shows it backwards) and never belong in a
 * name. Zero-width joiners (U+200C, U+200D), needed by some scripts, are allowed.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const NAME_FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069\uFEFF]/u;

/** The Unicode code point of a character as `U+001B`. */
function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * A person's or a group's name: a short text that is not only white space and holds no control
 * or bidi characters (see the list above).
 */
export const NameSchema = ShortTextSchema.superRefine((value, ctx) => {
  if (value.trim() === "") {
    ctx.addIssue({ code: "custom", message: "a name must not be only white space", params: { code: "missing" }, input: value });
    return;
  }
  const m = NAME_FORBIDDEN.exec(value);
  if (m !== null) {
    ctx.addIssue({
      code: "custom",
      message: `holds the invisible control character ${codePoint(m[0])} at position ${m.index + 1}; a name may hold letters, marks, digits, spaces and punctuation only`,
      params: { code: "invalid_value" },
      input: value,
    });
  }
});

/** A long free text (notes, anecdotes). */
export const LongTextSchema = z
  .string()
  .min(1, { error: "must not be empty" })
  .max(MAX_LONG_TEXT, { error: `longer than ${MAX_LONG_TEXT} characters` });

/**
 * Text in Bahasa Indonesia (required) with an optional English version. Bundled data always has
 * both; a centre's own data may be Indonesian only.
 *
 * @example
 * ```ts
 * LocalizedTextSchema.parse({ id: "Menara Merah Muda", en: "Pink Tower" });
 * ```
 * @category Schemas
 */
export const LocalizedTextSchema = z.strictObject({
  /** Bahasa Indonesia. */
  id: z.string().min(1, { error: "Indonesian text must not be empty" }).max(MAX_LONG_TEXT),
  /** English. */
  en: z.string().min(1).max(MAX_LONG_TEXT).optional(),
});

/**
 * Text in Bahasa Indonesia and optionally English.
 *
 * @category Model
 */
export type LocalizedText = DeepReadonly<z.output<typeof LocalizedTextSchema>>;

/** Id of a child (pseudonymous; never a national ID number). @category Model */
export const ChildIdSchema = idSchema("ChildId");
/** The `ChildId` type, inferred from {@link ChildIdSchema}. @category Model */
export type ChildId = z.output<typeof ChildIdSchema>;
/** Id of a group (rombel). @category Model */
export const GroupIdSchema = idSchema("GroupId");
/** The `GroupId` type, inferred from {@link GroupIdSchema}. @category Model */
export type GroupId = z.output<typeof GroupIdSchema>;
/** Id of an educator. @category Model */
export const EducatorIdSchema = idSchema("EducatorId");
/** The `EducatorId` type, inferred from {@link EducatorIdSchema}. @category Model */
export type EducatorId = z.output<typeof EducatorIdSchema>;
/** Id of an observation (journal entry). @category Model */
export const ObservationIdSchema = idSchema("ObservationId");
/** The `ObservationId` type, inferred from {@link ObservationIdSchema}. @category Model */
export type ObservationId = z.output<typeof ObservationIdSchema>;
/** Id of a Montessori activity, e.g. `mont.sensorial.pink-tower`. @category Model */
export const ActivityIdSchema = idSchema("ActivityId");
/** The `ActivityId` type, inferred from {@link ActivityIdSchema}. @category Model */
export type ActivityId = z.output<typeof ActivityIdSchema>;
/** Id of a material, e.g. `mat.pink-tower`. @category Model */
export const MaterialIdSchema = idSchema("MaterialId");
/** The `MaterialId` type, inferred from {@link MaterialIdSchema}. @category Model */
export type MaterialId = z.output<typeof MaterialIdSchema>;
/**
 * Id of anything that is assessed: an STPPA indicator (`stppa2014.48-60.kog.b.3`), a CP
 * sub-element (`cp.jd.sosem`), a learning goal (`tp.48-60.jd.3`) or a milestone
 * (`cdc2022.24m.lang.2`).
 *
 * @category Model
 */
export const IndicatorIdSchema = idSchema("IndicatorId");
/** The `IndicatorId` type, inferred from {@link IndicatorIdSchema}. @category Model */
export type IndicatorId = z.output<typeof IndicatorIdSchema>;
/** Id of a framework, e.g. `stppa2014`. @category Model */
export const FrameworkIdSchema = idSchema("FrameworkId");
/** The `FrameworkId` type, inferred from {@link FrameworkIdSchema}. @category Model */
export type FrameworkId = z.output<typeof FrameworkIdSchema>;
