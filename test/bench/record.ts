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
  note?: string;
}

export function record(name: string, result: BenchResult): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(resolve(RESULTS_DIR, `${name}.json`), JSON.stringify(result));
}
