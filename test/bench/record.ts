// Benchmarks record their figures here; scripts/bench.mjs prints and exports them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const RESULTS_DIR = resolve(import.meta.dirname, '../../artifacts/bench');

export interface BenchResult {
  value: number;
  unit: string;
  /** The target, or null where the figure is only reported. */
  target: number | null;
  /** Whether lower is better (most are): decides pass/fail against the target. */
  lowerIsBetter?: boolean;
  /** Over the rounds a measured figure was taken in: the smallest and largest, and the quartiles. */
  spread?: { low: number; high: number; q1: number; q3: number };
  /** How many rounds the value is the median of. */
  rounds?: number;
  note?: string;
}

export function record(name: string, result: BenchResult): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(resolve(RESULTS_DIR, `${name}.json`), JSON.stringify(result));
}
