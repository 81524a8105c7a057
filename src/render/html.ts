/**
 * Shared helpers for the HTML renderers: escaping and the printable page shell.
 *
 * @module
 */

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for HTML element content and attribute values. Every piece of user text (names,
 * notes, anecdotes) goes through this before it reaches a page.
 *
 * @param text - any text
 * @returns text safe to place in HTML
 * @example
 * ```ts
 * escapeHtml('<script>alert(1)</script>'); // => "&lt;script&gt;alert(1)&lt;/script&gt;"
 * ```
 * @category Render
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * A complete, self-contained HTML page (no external assets) with A4 print CSS.
 *
 * @param options - language, title, extra CSS and the body HTML (already escaped)
 * @returns the page
 */
export function htmlPage(options: { readonly lang: string; readonly title: string; readonly css?: string; readonly body: string }): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(options.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<style>
${BASE_CSS}
${options.css ?? ""}
</style>
</head>
<body>
${options.body}
</body>
</html>
`;
}

/** Print-first CSS: A4, black and white legible, no external fonts. */
export const BASE_CSS = `
@page { size: A4; margin: 15mm 14mm 16mm 14mm; }
* { box-sizing: border-box; }
html { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; color: #000; background: #fff; }
body { margin: 0 auto; max-width: 182mm; line-height: 1.4; }
h1 { font-size: 16pt; margin: 0 0 4mm; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 1.5pt solid #000; padding-bottom: 1mm; break-after: avoid; }
h3 { font-size: 11pt; margin: 4mm 0 1.5mm; break-after: avoid; }
p { margin: 0 0 2mm; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 0 0 3mm; table-layout: fixed; }
th, td { border: 0.75pt solid #000; padding: 1mm 1.5mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #e6e6e6; }
figure { margin: 0 0 3mm; break-inside: avoid; }
figcaption { font-size: 9pt; }
svg { max-width: 100%; height: auto; }
.muted { color: #444; }
.page { break-after: page; }
.page:last-child { break-after: auto; }
.avoid-break { break-inside: avoid; }
@media screen { body { padding: 10mm; } }
`;
