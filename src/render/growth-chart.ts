/**
 * The growth chart (grafik pertumbuhan) as inline SVG: the reference curves at −3 … +3 SD as the
 * background and the child's measurements on top. It takes points and curves as plain data (the
 * report engine reads them from the WHO tables) and computes nothing about growth itself.
 *
 * Made for print in black and white: every curve has its own dash pattern and its SD written at
 * its right end, the median is the only solid reference line, and the child's points are black
 * discs with a white ring joined by a thick black line. Every curve carries `data-sd` and every
 * child point `data-x`/`data-y`, so the table that follows the chart can be checked against it.
 * No child point gives the explicit "no data" chart.
 *
 * @module
 */
import { escapeHtml } from "./html.js";
import { noDataChart, svgNumber } from "./svg.js";

/**
 * One reference curve of a growth chart: the value at a given number of standard deviations from
 * the median (−3 … +3) along the x axis (age in months).
 *
 * @category Render
 */
export interface GrowthChartCurve {
  /** The z-score of the curve: −3, −2, −1, 0, 1, 2 or 3. */
  readonly sd: number;
  /** Points in increasing x. */
  readonly points: readonly { readonly x: number; readonly y: number }[];
}

/**
 * Options of {@link growthChart}.
 *
 * @category Render
 */
export interface GrowthChartOptions {
  /** Prefix of the element ids inside the chart (unique on the page). */
  readonly id: string;
  readonly title: string;
  readonly desc: string;
  /** Axis titles, e.g. "Umur (bulan)" and "Berat badan (kg)". */
  readonly xLabel: string;
  readonly yLabel: string;
  readonly curves: readonly GrowthChartCurve[];
  /** The child's measurements, in date order. */
  readonly points: readonly { readonly x: number; readonly y: number }[];
  /** The words of the "no data" chart. */
  readonly noData: string;
  /** The legend's words for the child's measurements. */
  readonly childLabel: string;
  /** Width in px (default 680). */
  readonly width?: number;
}

/**
 * Line style per SD, distinguishable without colour: median solid, ±1 fine dots, ±2 dashes,
 * ±3 long dash and dot.
 */
function curveStyle(sd: number): string {
  const a = Math.abs(sd);
  if (a === 0) return `stroke-width="1.6"`;
  if (a === 1) return `stroke-width="0.9" stroke-dasharray="1.5 3"`;
  if (a === 2) return `stroke-width="1.2" stroke-dasharray="7 4"`;
  return `stroke-width="1" stroke-dasharray="12 3 2 3"`;
}

/** The label of a curve: "+2 SD", "0 (median)" style kept short: "+2", "0", "−2". */
function sdText(sd: number): string {
  return sd > 0 ? `+${sd} SD` : sd < 0 ? `\u2212${-sd} SD` : "0 SD";
}

function niceStep(range: number, ticks: number): number {
  const raw = Math.max(1e-9, range / ticks);
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * power >= raw) return m * power;
  return 10 * power;
}

function text(x: number, y: number, content: string, size: number, anchor: "start" | "middle" | "end" = "start", extra = ""): string {
  return `<text x="${svgNumber(x)}" y="${svgNumber(y)}" font-size="${size}" text-anchor="${anchor}" fill="#000000"${extra}>${escapeHtml(content)}</text>`;
}

/**
 * Draws a growth chart: the reference curves as dashed background lines labelled with their SD,
 * the child's points on top joined by a line, axes with ticks and titles, and a legend. Without
 * any child point it gives the "no data" chart.
 *
 * @param options - ids, title, description, axis titles, curves, the child's points, words
 * @returns the SVG
 * @example
 * ```ts
 * growthChart({
 *   id: "wfa", title: "Berat badan menurut umur", desc: "…", xLabel: "Umur (bulan)", yLabel: "Berat badan (kg)",
 *   curves: [{ sd: 0, points: [{ x: 48, y: 16.3 }, { x: 60, y: 18.3 }] }],
 *   points: [{ x: 53.2, y: 17.1 }], noData: "Belum ada pengukuran", childLabel: "Ananda",
 * });
 * // => '<svg … role="img" …><path … data-sd="0" …/>…<circle … data-x="53.2" data-y="17.1" …/>…</svg>'
 * ```
 * @category Render
 */
export function growthChart(options: GrowthChartOptions): string {
  const width = options.width ?? 680;
  if (options.points.length === 0) return noDataChart({ id: options.id, title: options.title, desc: options.desc, noData: options.noData, width });
  const all = [...options.points, ...options.curves.flatMap((c) => c.points)];
  let xMin = Math.min(...all.map((p) => p.x));
  let xMax = Math.max(...all.map((p) => p.x));
  let yMin = Math.min(...all.map((p) => p.y));
  let yMax = Math.max(...all.map((p) => p.y));
  if (xMax - xMin < 1) xMax = xMin + 1;
  if (yMax - yMin < 1) yMax = yMin + 1;
  const xStep = niceStep(xMax - xMin, 8);
  const yStep = niceStep(yMax - yMin, 6);
  xMin = Math.floor(xMin / xStep) * xStep;
  xMax = Math.ceil(xMax / xStep) * xStep;
  yMin = Math.floor(yMin / yStep) * yStep;
  yMax = Math.ceil(yMax / yStep) * yStep;

  const left = 52;
  const right = width - 58;
  const top = 30;
  const height = 300;
  const bottom = height - 44;
  const sx = (x: number) => left + ((x - xMin) / (xMax - xMin)) * (right - left);
  const sy = (y: number) => bottom - ((y - yMin) / (yMax - yMin)) * (bottom - top);
  const parts: string[] = [];

  // Grid and axes.
  for (let t = yMin; t <= yMax + yStep / 1000; t += yStep) {
    const y = sy(t);
    parts.push(`<line x1="${left}" y1="${svgNumber(y)}" x2="${svgNumber(right)}" y2="${svgNumber(y)}" stroke="#cccccc" stroke-width="0.5"/>`);
    parts.push(text(left - 5, y + 3.5, svgNumber(t), 10, "end"));
  }
  for (let t = xMin; t <= xMax + xStep / 1000; t += xStep) {
    const x = sx(t);
    parts.push(`<line x1="${svgNumber(x)}" y1="${top}" x2="${svgNumber(x)}" y2="${svgNumber(bottom)}" stroke="#cccccc" stroke-width="0.5"/>`);
    parts.push(text(x, bottom + 14, svgNumber(t), 10, "middle"));
  }
  parts.push(`<rect x="${left}" y="${top}" width="${svgNumber(right - left)}" height="${svgNumber(bottom - top)}" fill="none" stroke="#000000" stroke-width="0.75"/>`);
  parts.push(text((left + right) / 2, bottom + 32, options.xLabel, 11, "middle"));
  parts.push(text(14, (top + bottom) / 2, options.yLabel, 11, "middle", ` transform="rotate(-90 14 ${svgNumber((top + bottom) / 2)})"`));

  // Reference curves, labelled at their right end.
  for (const c of [...options.curves].sort((a, b) => a.sd - b.sd)) {
    if (c.points.length === 0) continue;
    const d = c.points.map((p, i) => `${i === 0 ? "M" : "L"}${svgNumber(sx(p.x))} ${svgNumber(sy(p.y))}`).join("");
    parts.push(`<path d="${d}" fill="none" stroke="#000000" ${curveStyle(c.sd)} data-sd="${c.sd}"/>`);
    const last = c.points[c.points.length - 1]!;
    parts.push(text(sx(last.x) + 4, sy(last.y) + 3.5, sdText(c.sd), 9));
  }

  // The child's points on top.
  const pts = options.points;
  if (pts.length > 1) {
    const d = pts.map((p, i) => `${i === 0 ? "M" : "L"}${svgNumber(sx(p.x))} ${svgNumber(sy(p.y))}`).join("");
    parts.push(`<path d="${d}" fill="none" stroke="#ffffff" stroke-width="5"/><path d="${d}" fill="none" stroke="#000000" stroke-width="2.2"/>`);
  }
  for (const p of pts) {
    parts.push(`<circle cx="${svgNumber(sx(p.x))}" cy="${svgNumber(sy(p.y))}" r="4" fill="#000000" stroke="#ffffff" stroke-width="1.5" data-x="${svgNumber(p.x)}" data-y="${svgNumber(p.y)}"/>`);
  }

  // Legend: the child's line and the four line styles.
  const legend: string[] = [];
  let lx = left;
  const ly = 14;
  legend.push(`<line x1="${lx}" y1="${ly - 4}" x2="${lx + 22}" y2="${ly - 4}" stroke="#000000" stroke-width="2.2"/><circle cx="${lx + 11}" cy="${ly - 4}" r="4" fill="#000000" stroke="#ffffff" stroke-width="1.5"/>`);
  legend.push(text(lx + 27, ly, options.childLabel, 10));
  lx += 27 + options.childLabel.length * 6 + 16;
  for (const sd of [0, 1, 2, 3]) {
    if (!options.curves.some((c) => Math.abs(c.sd) === sd)) continue;
    legend.push(`<line x1="${svgNumber(lx)}" y1="${ly - 4}" x2="${svgNumber(lx + 26)}" y2="${ly - 4}" stroke="#000000" ${curveStyle(sd)}/>`);
    const label = sd === 0 ? "0 SD (median)" : `\u00b1${sd} SD`;
    legend.push(text(lx + 31, ly, label, 10));
    lx += 31 + label.length * 6 + 14;
  }

  const w = svgNumber(width);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${w}" height="${height}" viewBox="0 0 ${w} ${height}" aria-labelledby="${options.id}-title ${options.id}-desc" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif">` +
    `<title id="${options.id}-title">${escapeHtml(options.title)}</title><desc id="${options.id}-desc">${escapeHtml(options.desc)}</desc>` +
    legend.join("") +
    parts.join("") +
    `</svg>`
  );
}
