/**
 * Reading and writing centre documents (versioned JSON).
 *
 * @module
 */
import { type SafeResult, ValidationError } from "../errors/index.js";
import { checkCentre } from "../journal/check.js";
import {
  BUNDLED_IDS,
  CENTRE_FORMAT,
  CENTRE_SCHEMA_VERSION,
  type Centre,
  CentreSchema,
  type Settings,
} from "../model/index.js";
import { FastCentreSchema } from "./fast-centre.js";
import { issuesFromZod } from "./issues.js";
import { parseJson } from "./json.js";

/**
 * Parses JSON text, turning a syntax error into a ValidationError that names the line and column
 * (located by {@link locateJsonError}, also for errors Node's message gives no position for, such
 * as a trailing comma). A leading byte-order mark is ignored.
 */
export function parseJsonText(text: string): unknown {
  const result = parseJson(text);
  if (result.ok) return result.value;
  const { line, column, kind } = result.error;
  throw new ValidationError([
    { path: "", code: "invalid_json", message: `malformed JSON at line ${line}, column ${column}: ${kind.replace(/-/g, " ")}` },
  ]);
}

/**
 * Validates a centre document: its shape (unknown keys, `__proto__` keys, wrong types, invalid
 * dates, unsupported versions) and its integrity (duplicate ids, unknown references,
 * observations before a child's birth, prerequisite cycles).
 *
 * Journal entries are not copied: given an already parsed value, the returned centre shares its
 * journal entries (and, when every entry is plain JSON data, the entries array itself) with that
 * value, so a city's million observations are not held twice. parseCentre never changes the value
 * it is given; the caller must not change it afterwards either, or the centre changes with it
 * (pass JSON text, or a copy, to get a centre that shares nothing).
 *
 * @param json - the document as JSON text or as an already parsed value
 * @returns the centre
 * @throws {@link ValidationError} listing every problem with its path and code
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * const centre = parseCentre(readFileSync("centre.json", "utf8"));
 * ```
 * @category Documents
 */
export function parseCentre(json: unknown): Centre {
  const value = typeof json === "string" ? parseJsonText(json) : json;
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (value !== null && typeof value === "object" && version !== undefined && version !== CENTRE_SCHEMA_VERSION) {
    // An unknown version is reported alone: the rest cannot be judged by this version's rules.
    throw new ValidationError([
      {
        path: "schemaVersion",
        code: "unsupported_version",
        message: `unsupported schemaVersion ${JSON.stringify(version)}; this version of tumbuh reads ${CENTRE_SCHEMA_VERSION}`,
      },
    ]);
  }
  const result = FastCentreSchema.safeParse(value, { reportInput: true });
  if (!result.success) throw new ValidationError(issuesFromZod(result.error));
  const centre = result.data as Centre;
  const issues = checkCentre(centre);
  if (issues.length > 0) throw new ValidationError(issues);
  return centre;
}

/**
 * Like {@link parseCentre}, but returns a result instead of throwing.
 *
 * @param json - JSON text or a parsed value
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * const r = safeParseCentre("{}");
 * if (!r.success) r.error.issues.map((i) => i.path); // => ["format", "schemaVersion", "settings", …]
 * ```
 * @category Documents
 */
export function safeParseCentre(json: unknown): SafeResult<Centre> {
  try {
    return { success: true, data: parseCentre(json) };
  } catch (e) {
    if (e instanceof ValidationError) return { success: false, error: e };
    throw e;
  }
}

/**
 * Writes a centre as JSON text that {@link parseCentre} reads back to an equal centre.
 *
 * @param centre - the centre
 * @param options - `indent` spaces (default none)
 * @returns JSON text
 * @example
 * ```ts
 * parseCentre(serializeCentre(centre)); // deep-equals centre
 * ```
 * @category Documents
 */
export function serializeCentre(centre: Centre, options: { readonly indent?: number } = {}): string {
  return JSON.stringify(centre, null, options.indent);
}

/**
 * Default settings: Monday–Friday, no holidays, semesters July–December (Semester 1 / ganjil) and
 * January–June (Semester 2 / genap), Bahasa Indonesia.
 *
 * @param name - the centre's name
 * @returns settings
 * @example
 * ```ts
 * defaultSettings("TARA Melati").semesters[0]?.startMonth; // => 7
 * ```
 * @category Documents
 */
export function defaultSettings(name: string): Settings {
  return {
    name,
    workingWeekdays: [1, 2, 3, 4, 5],
    holidays: [],
    semesters: [
      { name: { id: "Semester 1 (Ganjil)", en: "Semester 1 (odd)" }, startMonth: 7, months: 6 },
      { name: { id: "Semester 2 (Genap)", en: "Semester 2 (even)" }, startMonth: 1, months: 6 },
    ],
    defaultLocale: "id",
  };
}

/**
 * An empty centre using every bundled data set, ready to add groups, children and observations.
 *
 * @param name - the centre's name
 * @returns a valid centre with an empty journal
 * @example
 * ```ts
 * const centre = createCentre("TARA Melati");
 * centre.journal.entries.length; // => 0
 * ```
 * @category Documents
 */
export function createCentre(name: string): Centre {
  return CentreSchema.parse({
    format: CENTRE_FORMAT,
    schemaVersion: CENTRE_SCHEMA_VERSION,
    settings: defaultSettings(name),
    groups: [],
    children: [],
    educators: [],
    inventory: [],
    curriculum: {
      bundled: [...BUNDLED_IDS],
      frameworks: [],
      activities: [],
      materials: [],
      routines: [],
      retiredActivities: [],
    },
    journal: { schemaVersion: 1, entries: [] },
  }) as Centre;
}
