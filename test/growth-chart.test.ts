import { describe, expect, it } from "vitest";
import { growthChart } from "../src/index.js";

const curves = [-3, -2, -1, 0, 1, 2, 3].map((sd) => ({
  sd,
  points: [
    { x: 48, y: 16.3 + sd * 1.8 },
    { x: 54, y: 17.3 + sd * 1.9 },
    { x: 60, y: 18.3 + sd * 2.1 },
  ],
}));
const base = {
  id: "wfa",
  title: "Berat badan menurut umur",
  desc: "Kurva standar WHO",
  xLabel: "Umur (bulan)",
  yLabel: "Berat badan (kg)",
  curves,
  noData: "Belum ada pengukuran",
  childLabel: "Ayu",
};

describe("growthChart", () => {
  it("draws every reference curve with its own dash pattern and the child's points on top", () => {
    const svg = growthChart({ ...base, points: [{ x: 50.5, y: 16.9 }, { x: 51.5, y: 17.2 }] });
    for (const sd of [-3, -2, -1, 0, 1, 2, 3]) expect(svg).toContain(`data-sd="${sd}"`);
    const dash = (sd: number) => {
      const path = new RegExp(`<path [^>]*data-sd="${sd}"`).exec(svg)![0];
      return /stroke-dasharray="([^"]*)"/.exec(path)?.[1];
    };
    // Black and white: the median is solid, ±1, ±2 and ±3 each have a different dash, symmetric.
    expect(dash(0)).toBeUndefined();
    expect(new Set([dash(1), dash(2), dash(3)]).size).toBe(3);
    expect(dash(-2)).toBe(dash(2));
    expect(svg).not.toMatch(/#(?!000000|ffffff|cccccc)[0-9a-f]{6}/i);
    // The child's points come after every curve (drawn on top) and carry their values.
    const lastCurve = svg.lastIndexOf("data-sd=");
    const firstPoint = svg.indexOf('data-x="50.5" data-y="16.9"');
    expect(firstPoint).toBeGreaterThan(lastCurve);
    expect(svg).toContain('data-x="51.5" data-y="17.2"');
    expect(svg).toContain("+2 SD");
    expect(svg).toContain("\u22123 SD");
  });

  it("places a heavier child higher on the chart", () => {
    const cy = (svg: string) => Number(/<circle cx="[^"]+" cy="([^"]+)"[^>]*data-x=/.exec(svg)![1]);
    const light = growthChart({ ...base, points: [{ x: 54, y: 15 }] });
    const heavy = growthChart({ ...base, points: [{ x: 54, y: 20 }] });
    expect(cy(heavy)).toBeLessThan(cy(light));
  });

  it("gives the explicit no-data chart without measurements", () => {
    const svg = growthChart({ ...base, points: [] });
    expect(svg).toContain('data-no-data="true"');
    expect(svg).toContain("Belum ada pengukuran");
  });

  it("escapes the texts it prints", () => {
    const svg = growthChart({ ...base, childLabel: "<b>Ayu</b>", points: [{ x: 50, y: 17 }] });
    expect(svg).not.toContain("<b>");
    expect(svg).toContain("&lt;b&gt;Ayu&lt;/b&gt;");
  });
});
