// Runs anywhere. What the health report can find wrong with an entry, and how much each
// costs the score. A closed union: the options page's labels and filters are total maps over it.
import * as z from 'zod/mini';

export const Problem = z.enum(['exposed', 'weak', 'breaks-rules', 'reused', 'duplicate', 'old', 'no-username', 'http-only', 'pending', 'conflict']);
export type Problem = z.infer<typeof Problem>;
export const PROBLEMS: readonly Problem[] = Problem.options;

/**
 * Share of one entry's worth of score each problem takes. A password attackers try first
 * (exposed), a guessable one or a reused one is the account at risk; an http-only site leaks it
 * on the wire; the rest are untidiness. An entry never costs more than 1, however many problems
 * it has.
 */
export const WEIGHT: Record<Problem, number> = {
  exposed: 1,
  weak: 1,
  'breaks-rules': 0.25,
  reused: 0.75,
  duplicate: 0.25,
  old: 0.25,
  'no-username': 0.25,
  'http-only': 0.5,
  pending: 0.25,
  // One of two passwords may be the one the site takes; the other is in history, so nothing is
  // lost, but the user should check.
  conflict: 0.25,
};

/** 0..100: 100 when no counted entry has a problem (and for an empty vault). */
export function healthScore(problemsPerEntry: Iterable<readonly Problem[]>, counted: number): number {
  if (counted === 0) return 100;
  let cost = 0;
  for (const problems of problemsPerEntry) cost += Math.min(1, problems.reduce((sum, p) => sum + WEIGHT[p], 0));
  return Math.round(100 * (1 - cost / counted));
}
