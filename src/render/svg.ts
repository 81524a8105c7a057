/**
 * Hand-rolled SVG charts as strings, with no dependencies: horizontal stacked bars and a column
 * chart. They are made for print: grey shades and hatching with a black outline so they read in
 * black and white, numbers written on the bars, `role="img"` with a `<title>` and `<desc>`. Every
 * rect that carries data has `data-category`, `data-series` and `data-value` attributes, so the
 * table that follows a chart can be checked against it. No data gives an explicit "no data"
 * chart, never an empty SVG. Numbers are formatted by {@link svgNumber}, so the same input always
 * gives the same bytes.
 *
 * @module
 */
import { escapeHtml } from "./html.js";

/**
 * A fill that stays distinguishable when printed in black and white.
 *
 * @category Render
 */
export type ChartFill = "white" | "light" | "mid" | "dark" | "hatch" | "cross" | "dots";

/**
 * One series of a chart (a level, a stage): its label in the legend and its fill.
 *
 * @category Render
 */
export interface ChartSeries {
  /** The legend label; also written to `data-series` and used as the table's column header. */
  readonly label: string;
  readonly fill: ChartFill;
}

/**
 * Options of {@link stackedBarChart}.
 *
 * @category Render
 */
export interface StackedBarOptions {
  /** Prefix of the element ids inside the chart (unique on the page). */
  readonly id: string;
  readonly title: string;
  readonly desc: string;
  readonly series: readonly ChartSeries[];
  /** One bar per row; `values[i]` belongs to `series[i]`. */
  readonly rows: readonly { readonly label: string; readonly values: readonly number[] }[];
  /** The text of the "no data" chart when every value is 0. */
  readonly noData: string;
  /** Width in px (default 680, about 180 mm). */
  readonly width?: number;
}

/**
 * Options of {@link columnChart}.
 *
 * @category Render
 */
export interface ColumnChartOptions {
  readonly id: string;
  readonly title: string;
  readonly desc: string;
  /** Label of the one series (`data-series`, the table's column header). */
  readonly series: string;
  /** One column each: the category label (`data-category`), the tick under it and the value. */
  readonly columns: readonly {
    readonly label: string;
    readonly tick: string;
    /** A second tick line (a month name at the first week of a month), or empty. */
    readonly group: string;
    readonly value: number;
  }[];
  readonly noData: string;
  readonly width?: number;
}

const FONT = `font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif"`;
const SOLID: Readonly<Record<ChartFill, string>> = {
  white: "#ffffff",
  light: "#d9d9d9",
  mid: "#8c8c8c",
  dark: "#262626",
  hatch: "#ffffff",
  cross: "#ffffff",
  dots: "#ffffff",
};

/**
 * Formats a number for SVG coordinates and labels: at most one decimal, no exponent, no `-0`, the
 * same string on every platform.
 *
 * @param n - a finite number
 * @returns its text
 * @example
 * ```ts
 * svgNumber(12.345); // => "12.3"
 * svgNumber(-0); // => "0"
 * ```
 * @category Render
 */
export function svgNumber(n: number): string {
  if (!Number.isFinite(n)) return "0";
  const r = Math.round(n * 10) / 10;
  return r === 0 ? "0" : String(r);
}

function fillOf(id: string, fill: ChartFill): string {
  return fill === "hatch" || fill === "cross" || fill === "dots" ? `url(#${id}-${fill})` : SOLID[fill];
}

function patterns(id: string, fills: readonly ChartFill[]): string {
  const out: string[] = [];
  if (fills.includes("hatch")) {
    out.push(
      `<pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#000000" stroke-width="2"/></pattern>`,
    );
  }
  if (fills.includes("cross")) {
    out.push(
      `<pattern id="${id}-cross" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#ffffff"/><path d="M0 0L6 6M6 0L0 6" stroke="#000000" stroke-width="1"/></pattern>`,
    );
  }
  if (fills.includes("dots")) {
    out.push(
      `<pattern id="${id}-dots" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="#ffffff"/><circle cx="2.5" cy="2.5" r="1.2" fill="#000000"/></pattern>`,
    );
  }
  return out.length > 0 ? `<defs>${out.join("")}</defs>` : "";
}

function open(id: string, width: number, height: number, title: string, desc: string): string {
  const w = svgNumber(width);
  const h = svgNumber(height);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" aria-labelledby="${id}-title ${id}-desc" ${FONT}>` +
    `<title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(desc)}</desc>`
  );
}

/** Splits a label into lines of at most `max` characters, at spaces. */
function wrap(text: string, max: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= max) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "") lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, Math.max(1, max - 1))}…`;
    return kept;
  }
  return lines.length > 0 ? lines : [""];
}

/** Text with a halo so it reads on any fill. */
function label(x: number, y: number, text: string, options: { anchor?: "start" | "middle" | "end"; size?: number; dark?: boolean; bold?: boolean } = {}): string {
  const fill = options.dark ? "#ffffff" : "#000000";
  const halo = options.dark ? "#000000" : "#ffffff";
  return `<text x="${svgNumber(x)}" y="${svgNumber(y)}" font-size="${options.size ?? 11}" text-anchor="${options.anchor ?? "start"}"${options.bold ? ` font-weight="bold"` : ""} fill="${fill}" stroke="${halo}" stroke-width="3" paint-order="stroke" stroke-linejoin="round">${escapeHtml(text)}</text>`;
}

function plain(x: number, y: number, text: string, size: number, anchor: "start" | "middle" | "end" = "start"): string {
  return `<text x="${svgNumber(x)}" y="${svgNumber(y)}" font-size="${size}" text-anchor="${anchor}" fill="#000000">${escapeHtml(text)}</text>`;
}

/**
 * The explicit "no data" chart: an outlined box with the words, keeping the title and description.
 *
 * @param options - id prefix, title, description, the words to show and the width
 * @returns the SVG
 * @example
 * ```ts
 * noDataChart({ id: "c1", title: "Pengamatan", desc: "Belum ada pengamatan.", noData: "Belum ada data" });
 * // => '<svg … role="img" …><title id="c1-title">Pengamatan</title>…Belum ada data</text></svg>'
 * ```
 * @category Render
 */
export function noDataChart(options: { readonly id: string; readonly title: string; readonly desc: string; readonly noData: string; readonly width?: number }): string {
  const width = options.width ?? 680;
  const height = 56;
  return (
    open(options.id, width, height, options.title, options.desc) +
    `<rect x="1" y="1" width="${svgNumber(width - 2)}" height="${height - 2}" fill="#ffffff" stroke="#000000" stroke-width="1" stroke-dasharray="6 4"/>` +
    `<text x="${svgNumber(width / 2)}" y="${height / 2 + 5}" font-size="14" text-anchor="middle" fill="#000000" data-no-data="true">${escapeHtml(options.noData)}</text>` +
    `</svg>`
  );
}

/** A "nice" step for an axis: 1, 2 or 5 times a power of ten. */
function niceStep(max: number, ticks: number): number {
  const raw = Math.max(1, max / ticks);
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * power >= raw) return m * power;
  return 10 * power;
}

function legend(id: string, series: readonly ChartSeries[], x0: number, y0: number, width: number): { svg: string; height: number } {
  let x = x0;
  let y = y0;
  const parts: string[] = [];
  for (const s of series) {
    const w = 18 + s.label.length * 6.4 + 16;
    if (x + w > width && x > x0) {
      x = x0;
      y += 18;
    }
    parts.push(
      `<rect x="${svgNumber(x)}" y="${svgNumber(y)}" width="12" height="12" fill="${fillOf(id, s.fill)}" stroke="#000000" stroke-width="0.75"/>`,
      plain(x + 17, y + 10.5, s.label, 11),
    );
    x += w;
  }
  return { svg: parts.join(""), height: y - y0 + 18 };
}

/**
 * Horizontal stacked bars on one common scale: one bar per row, one segment per series, each
 * segment outlined and labelled with its number when it is wide enough, the row total at the end,
 * a legend above and an axis below. All values 0 (or no rows) gives {@link noDataChart}.
 *
 * @param options - ids, title, description, series, rows, "no data" words, width
 * @returns the SVG
 * @example
 * ```ts
 * stackedBarChart({
 *   id: "levels", title: "Capaian", desc: "…", noData: "Belum ada data",
 *   series: [{ label: "BB", fill: "hatch" }, { label: "BSH", fill: "mid" }],
 *   rows: [{ label: "Kognitif", values: [1, 3] }],
 * });
 * // => '<svg … role="img" …><rect … data-category="Kognitif" data-series="BB" data-value="1" …/>…</svg>'
 * ```
 * @category Render
 */
export function stackedBarChart(options: StackedBarOptions): string {
  const width = options.width ?? 680;
  const total = (values: readonly number[]) => values.reduce((n, v) => n + Math.max(0, v), 0);
  const max = Math.max(0, ...options.rows.map((r) => total(r.values)));
  if (options.rows.length === 0 || max === 0) return noDataChart(options);

  const labelWidth = 190;
  const left = labelWidth + 8;
  const right = width - 44;
  const scale = (right - left) / max;
  const top = legend(options.id, options.series, left, 4, width);
  const rowsSvg: string[] = [];
  let y = top.height + 10;
  for (const row of options.rows) {
    const lines = wrap(row.label, 30, 3);
    const barHeight = 18;
    const rowHeight = Math.max(barHeight, lines.length * 13) + 6;
    const barY = y + (rowHeight - 6 - barHeight) / 2;
    const textY = y + (rowHeight - 6 - lines.length * 13) / 2 + 10;
    rowsSvg.push(
      `<text x="${labelWidth}" y="${svgNumber(textY)}" font-size="11" text-anchor="end" fill="#000000">${lines
        .map((line, i) => `<tspan x="${labelWidth}"${i > 0 ? ` dy="13"` : ""}>${escapeHtml(line)}</tspan>`)
        .join("")}</text>`,
    );
    let x = left;
    row.values.forEach((value, i) => {
      const s = options.series[i];
      if (s === undefined || value <= 0) return;
      const w = value * scale;
      rowsSvg.push(
        `<rect x="${svgNumber(x)}" y="${svgNumber(barY)}" width="${svgNumber(w)}" height="${barHeight}" fill="${fillOf(options.id, s.fill)}" stroke="#000000" stroke-width="0.75" data-category="${escapeHtml(row.label)}" data-series="${escapeHtml(s.label)}" data-value="${svgNumber(value)}"/>`,
      );
      const text = svgNumber(value);
      if (w >= text.length * 7 + 6) rowsSvg.push(label(x + w / 2, barY + 13.5, text, { anchor: "middle", dark: s.fill === "dark", bold: true }));
      x += w;
    });
    rowsSvg.push(plain(x + 5, barY + 13.5, svgNumber(total(row.values)), 11));
    y += rowHeight;
  }
  // Axis with a few ticks on the common scale.
  const step = niceStep(max, 5);
  const axis: string[] = [`<line x1="${left}" y1="${svgNumber(y)}" x2="${svgNumber(left + max * scale)}" y2="${svgNumber(y)}" stroke="#000000" stroke-width="0.75"/>`];
  for (let t = 0; t <= max; t += step) {
    const x = left + t * scale;
    axis.push(
      `<line x1="${svgNumber(x)}" y1="${svgNumber(y)}" x2="${svgNumber(x)}" y2="${svgNumber(y + 4)}" stroke="#000000" stroke-width="0.75"/>`,
      plain(x, y + 15, svgNumber(t), 10, "middle"),
    );
  }
  const height = y + 20;
  return (
    open(options.id, width, height, options.title, options.desc) +
    patterns(options.id, options.series.map((s) => s.fill)) +
    top.svg +
    rowsSvg.join("") +
    axis.join("") +
    `</svg>`
  );
}

/**
 * A small column chart of one series (observations per week): grey columns with a black outline,
 * the value above each non-zero column, light grid lines, ticks under the columns (thinned out
 * when there are many) and a second tick line for group names (months). All values 0 (or no
 * columns) gives {@link noDataChart}.
 *
 * @param options - ids, title, description, series label, columns, "no data" words, width
 * @returns the SVG
 * @example
 * ```ts
 * columnChart({
 *   id: "weeks", title: "Pengamatan", desc: "…", series: "Pengamatan", noData: "Belum ada data",
 *   columns: [{ label: "6 Juli 2026", tick: "6", group: "Jul", value: 4 }],
 * });
 * // => '<svg … role="img" …><rect … data-category="6 Juli 2026" data-series="Pengamatan" data-value="4" …/>…</svg>'
 * ```
 * @category Render
 */
export function columnChart(options: ColumnChartOptions): string {
  const width = options.width ?? 680;
  const max = Math.max(0, ...options.columns.map((c) => c.value));
  if (options.columns.length === 0 || max === 0) return noDataChart(options);

  const left = 34;
  const right = width - 6;
  const top = 16;
  const plotHeight = 80;
  const bottom = top + plotHeight;
  const step = niceStep(max, 4);
  const axisMax = Math.ceil(max / step) * step;
  const slot = (right - left) / options.columns.length;
  const barWidth = Math.max(2, Math.min(40, slot * 0.7));
  const every = Math.max(1, Math.ceil(options.columns.length / 26));
  const parts: string[] = [];
  for (let t = 0; t <= axisMax; t += step) {
    const y = bottom - (t / axisMax) * plotHeight;
    parts.push(
      `<line x1="${left}" y1="${svgNumber(y)}" x2="${svgNumber(right)}" y2="${svgNumber(y)}" stroke="${t === 0 ? "#000000" : "#b3b3b3"}" stroke-width="${t === 0 ? "0.75" : "0.5"}"/>`,
      plain(left - 4, y + 3.5, svgNumber(t), 10, "end"),
    );
  }
  options.columns.forEach((c, i) => {
    const cx = left + slot * i + slot / 2;
    const h = (c.value / axisMax) * plotHeight;
    parts.push(
      `<rect x="${svgNumber(cx - barWidth / 2)}" y="${svgNumber(bottom - h)}" width="${svgNumber(barWidth)}" height="${svgNumber(h)}" fill="#8c8c8c" stroke="#000000" stroke-width="0.75" data-category="${escapeHtml(c.label)}" data-series="${escapeHtml(options.series)}" data-value="${svgNumber(c.value)}"/>`,
    );
    if (c.value > 0) parts.push(plain(cx, bottom - h - 3, svgNumber(c.value), 9, "middle"));
    if (i % every === 0) parts.push(plain(cx, bottom + 12, c.tick, 9, "middle"));
    if (c.group !== "") parts.push(plain(cx - slot / 2 + 1, bottom + 25, c.group, 10, "start"));
  });
  const height = bottom + 30;
  return open(options.id, width, height, options.title, options.desc) + parts.join("") + `</svg>`;
}
