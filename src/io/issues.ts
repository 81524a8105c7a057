/**
 * Turns zod's issues into tumbuh's {@link Issue}s: a dotted path, a stable code and a message that
 * names the received value.
 *
 * @module
 */
import type * as z from "zod";
import { type Issue, type IssueCode, ValidationError, formatPath } from "../errors/index.js";

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

function show(value: unknown): string {
  if (typeof value === "string") {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  }
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return String(value);
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/** Converts one zod issue (possibly expanding unrecognized keys) into tumbuh issues. */
function convert(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[]): Issue[] {
  const pathKeys = [...prefix, ...issue.path];
  const path = formatPath(pathKeys);
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case "invalid_type":
      if (input === undefined) return [{ path, code: "missing", message: `required ${issue.expected} is missing` }];
      return [{ path, code: "invalid_type", message: `expected ${issue.expected}, got ${typeOf(input)}` }];
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        path: formatPath([...pathKeys, key]),
        code: FORBIDDEN_KEYS.has(key) ? ("forbidden_key" as const) : ("unrecognized_key" as const),
        message: FORBIDDEN_KEYS.has(key) ? `key ${JSON.stringify(key)} is not allowed` : `unknown key ${JSON.stringify(key)}`,
      }));
    case "invalid_value":
      return [
        {
          path,
          code: "invalid_value",
          message: `expected ${issue.values.map((v) => (typeof v === "string" ? v : String(v))).join(" | ")}, got ${show(input)}`,
        },
      ];
    case "invalid_union": {
      const disc = (issue as { discriminator?: string }).discriminator;
      if (disc !== undefined) {
        return [{ path: formatPath([...pathKeys, disc]), code: "invalid_value", message: `unknown ${disc} ${show((input as Record<string, unknown> | undefined)?.[disc])}` }];
      }
      // Report the branch that got furthest: the one with the fewest issues.
      const best = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
      return best.flatMap((i) => convert(i, pathKeys));
    }
    case "too_big":
      return [
        {
          path,
          code: "too_big",
          message: `${typeof input === "string" ? `text of ${input.length} characters` : Array.isArray(input) ? `${input.length} items` : show(input)} is more than the maximum ${String(issue.maximum)}`,
        },
      ];
    case "too_small":
      return [
        {
          path,
          code: issue.origin === "string" && Number(issue.minimum) === 1 ? "missing" : "too_small",
          message:
            issue.origin === "string" && Number(issue.minimum) === 1
              ? "must not be empty"
              : `${Array.isArray(input) ? `${input.length} items` : show(input)} is less than the minimum ${String(issue.minimum)}`,
        },
      ];
    case "invalid_format":
      return [{ path, code: "invalid_format", message: issue.message }];
    case "custom": {
      const code = ((issue.params as { code?: IssueCode } | undefined)?.code ?? "invalid_value") as IssueCode;
      return [{ path, code, message: issue.message }];
    }
    default:
      return [{ path, code: "invalid_value", message: issue.message }];
  }
}

/**
 * Converts a zod error into tumbuh issues.
 *
 * @param error - the zod error
 * @param prefix - path keys to prepend (e.g. `["entries", 3]`)
 */
export function issuesFromZod(error: z.ZodError, prefix: readonly PropertyKey[] = []): Issue[] {
  return error.issues.flatMap((i) => convert(i, prefix));
}

/** Parses with a zod schema, throwing a {@link ValidationError} that lists every issue. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, prefix: readonly PropertyKey[] = []): z.output<S> {
  const result = schema.safeParse(value, { reportInput: true });
  if (!result.success) throw new ValidationError(issuesFromZod(result.error, prefix));
  return result.data;
}
