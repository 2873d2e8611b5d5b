/** Latency samples in milliseconds → the percentiles the report shows. */
export interface Percentiles {
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

/** Nearest-rank percentiles over every sample (no histogram bucketing, so sub-millisecond values keep their precision). */
export function percentiles(samples: readonly number[]): Percentiles {
  if (samples.length === 0) return { samples: 0, p50: NaN, p95: NaN, p99: NaN, mean: NaN };
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
  const mean = sorted.reduce((s, v) => s + v, 0) / sorted.length;
  return { samples: sorted.length, p50: round(at(50)), p95: round(at(95)), p99: round(at(99)), mean: round(mean) };
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
