/// <reference types="node" />
/**
 * A progress bar on stderr for long runs (all reports of a centre). On a terminal it redraws one
 * line in place; with `--progress` on a pipe or a file it writes a line at every tenth instead,
 * so logs stay readable. Otherwise it prints nothing. stdout is never touched.
 *
 * @module
 */

/** A running progress bar. */
export interface Progress {
  /** One more item done; `label` names it (e.g. the child id). */
  tick(label?: string): void;
  /** Clears the bar (on a terminal) once the work is done. */
  done(): void;
}

const WIDTH = 24;
const NONE: Progress = { tick: () => undefined, done: () => undefined };

/**
 * Starts a progress bar.
 *
 * @param options - total items, the label shown before the bar, the stream, and the mode:
 *   `tty` (redraw in place), `lines` (a line per tenth) or `off`
 */
export function progressBar(options: {
  readonly total: number;
  readonly label: string;
  readonly stream: NodeJS.WritableStream;
  readonly mode: "tty" | "lines" | "off";
}): Progress {
  const { total, label, stream, mode } = options;
  if (mode === "off" || total <= 0) return NONE;
  let count = 0;
  let lastTenth = 0;
  let drawn = false;
  const bar = (n: number) => {
    const filled = Math.round((n / total) * WIDTH);
    return `${label} [${"#".repeat(filled)}${".".repeat(WIDTH - filled)}] ${n}/${total}`;
  };
  return {
    tick(item) {
      count = Math.min(total, count + 1);
      if (mode === "tty") {
        stream.write(`\r${bar(count)}${item === undefined ? "" : ` ${item}`}\x1b[K`);
        drawn = true;
        return;
      }
      const tenth = Math.floor((count * 10) / total);
      if (tenth > lastTenth || count === total) {
        lastTenth = tenth;
        stream.write(`${bar(count)}\n`);
      }
    },
    done() {
      if (drawn) stream.write("\r\x1b[K");
      drawn = false;
    },
  };
}
