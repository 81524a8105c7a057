/** Small timing helpers (no framework): medians of repeated runs, with optional GC between runs. */
declare const gc: undefined | (() => void);

export function collect(): void {
  if (typeof gc === "function") gc();
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Runs `fn` `runs` times and returns the median wall time in milliseconds. */
export function time(runs: number, fn: () => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}
