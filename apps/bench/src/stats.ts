/** Percentile of already collected samples (nearest-rank). */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export function summary(samples: number[]) {
  return { n: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99) };
}

export const ms = (value: number) => `${value.toFixed(2)} ms`;
/** The mean of ratios taken in both orders, where a factor and its inverse cancel out. */
export const geometricMean = (values: number[]) => Math.exp(values.reduce((sum, value) => sum + Math.log(value), 0) / values.length);

export const ratio = (ours: number, baseline: number) => `${(ours / baseline).toFixed(2)}x`;

/** Prints one comparison line and whether it meets the target. */
export function report(label: string, ours: number, baseline: number, target: number): boolean {
  const isMet = ours / baseline <= target;
  console.log(`${label}: ours ${ms(ours)} vs baseline ${ms(baseline)} = ${ratio(ours, baseline)} (target <= ${target}x) ${isMet ? 'OK' : 'MISSED'}`);
  return isMet;
}
