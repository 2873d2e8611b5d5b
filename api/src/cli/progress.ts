import type { Writable } from 'node:stream';
import { Presets, SingleBar } from 'cli-progress';

/** Progress of one long stage (loading a dataset, importing an export): rows done of all. */
export interface Progress {
  update(done: number, total: number): void;
  /** Ends the stage: the bar stays drawn at its last value, or the closing line is written. */
  stop(): void;
}

type Out = Writable & { isTTY?: boolean };

/**
 * In a terminal, a bar redrawn in place (cli-progress). Anywhere else (a pipe, a log file, CI)
 * redrawing would leave every frame in the file, so the stage gets one line when it starts and
 * one when it ends, and nothing in between.
 */
export function progress(stage: string, out: Out = process.stdout): Progress {
  return out.isTTY ? terminalBar(stage, out) : lineLog(stage, out);
}

function terminalBar(stage: string, out: Out): Progress {
  const bar = new SingleBar({ format: `${stage} [{bar}] {value}/{total} {percentage}% {duration_formatted}`, stream: out, hideCursor: false }, Presets.legacy);
  let started = false;
  return {
    update(done, total) {
      if (!started) bar.start(total, done);
      else bar.setTotal(total);
      started = true;
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

function lineLog(stage: string, out: Out): Progress {
  const began = performance.now();
  let last: { done: number; total: number } | null = null;
  return {
    update(done, total) {
      if (!last) out.write(`${stage}: ${total} rows…\n`);
      last = { done, total };
    },
    stop() {
      if (!last) return;
      out.write(`${stage}: ${last.done} of ${last.total} rows in ${((performance.now() - began) / 1000).toFixed(1)} s.\n`);
      last = null;
    },
  };
}
