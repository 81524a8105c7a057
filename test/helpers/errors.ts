import { ValidationError } from "../../src/index.js";

/** Runs `fn`, which must throw a ValidationError, and returns it (anything else fails the test). */
export function errorOf(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error("expected a ValidationError");
}
