/**
 * Text from the data made safe to print on a terminal. Children's names, CSV headers and lines of
 * broken files come from files anyone may have edited: a name holding `ESC[2J ESC[H` would clear
 * the screen and could show a fake "OK", an OSC sequence would set the window title or a
 * hyperlink, a bidi override would print the text backwards. Every such character is shown as a
 * visible escape instead.
 *
 * @module
 */

/**
 * Control characters (C0 except tab and line feed, DEL, C1), bidi embeddings, overrides and
 * isolates, line and paragraph separators, and the byte-order mark / zero-width no-break space.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]/g;

function escapeOne(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code === 0x1b) return "\\e";
  if (code === 0x0d) return "\\r";
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * The text with every control, bidi and invisible formatting character written as a visible
 * escape (`\e`, `\x00`, `\u202e`); tab and line feed are kept, a carriage return is shown as `\r`.
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/** Like {@link terminalSafe}, and a line feed is shown as `\n` too: for text that must stay on one line. */
export function oneLineSafe(text: string): string {
  return terminalSafe(text).replace(/\n/g, "\\n").replace(/\t/g, "\\t");
}
