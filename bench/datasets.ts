/** Benchmark datasets: seeded sample centres sized like real use. */
import { type Centre, createSampleCentre } from "../src/index.js";

export interface DatasetSpec {
  readonly name: string;
  readonly label: string;
  readonly children: number;
  readonly weeks: number;
}

/** A class for one semester, a centre for a year, a city slice (~1 M observations) and twice that. */
export const DATASETS: readonly DatasetSpec[] = [
  { name: "class", label: "class: 30 children, one semester", children: 30, weeks: 26 },
  { name: "centre", label: "centre: 300 children, one year", children: 300, weeks: 52 },
  { name: "city", label: "city slice: 10 000 children (~1 M observations)", children: 10_000, weeks: 15 },
  { name: "city2x", label: "scaling: 20 000 children (~2 M observations)", children: 20_000, weeks: 15 },
];

export function buildDataset(spec: DatasetSpec): Centre {
  return createSampleCentre({ seed: 20261128, children: spec.children, weeks: spec.weeks, asOf: "2026-11-27" });
}
