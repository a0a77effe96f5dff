// Same-run ratios for a shared, noisy machine: each figure is measured in rounds, each round
// timing the subject and its baseline back to back (so a burst of load from elsewhere hits both),
// and the figure is the median of the rounds' ratios, printed with their spread.
import { record } from './record';

export interface RatioSpread {
  /** Median of the rounds' ratios. */
  value: number;
  /** Smallest and largest round ratio. */
  low: number;
  high: number;
  /** Interquartile range of the round ratios. */
  q1: number;
  q3: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The value at fraction `p` of the sorted list, interpolated between neighbours. */
export function quantile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * p;
  const below = sorted[Math.floor(at)] ?? 0;
  const above = sorted[Math.ceil(at)] ?? below;
  return below + (above - below) * (at - Math.floor(at));
}

export const median = (values: readonly number[]) => quantile(values, 0.5);

export function spreadOf(ratios: readonly number[]): RatioSpread {
  return {
    value: round2(median(ratios)),
    low: round2(Math.min(...ratios)),
    high: round2(Math.max(...ratios)),
    q1: round2(quantile(ratios, 0.25)),
    q3: round2(quantile(ratios, 0.75)),
  };
}

/** Records subject[i] ÷ baseline[i] over the rounds, with the milliseconds behind it in the note. */
export function recordRatio(name: string, subject: readonly number[], baseline: readonly number[], target: number | null, what: string): RatioSpread {
  if (subject.length !== baseline.length || subject.length === 0) throw new Error(`${name}: ${subject.length} subject runs against ${baseline.length} baseline runs`);
  const spread = spreadOf(subject.map((ms, i) => ms / (baseline[i] ?? Number.NaN)));
  const ms = (list: readonly number[]) => list.map((n) => (n < 10 ? n.toFixed(1) : String(Math.round(n)))).join('/');
  record(name, {
    value: spread.value,
    unit: 'ratio',
    target,
    spread: { low: spread.low, high: spread.high, q1: spread.q1, q3: spread.q3 },
    rounds: subject.length,
    note: `${what}: ${ms(subject)} ms ÷ ${ms(baseline)} ms`,
  });
  return spread;
}
