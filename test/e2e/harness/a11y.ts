// Accessibility checks with axe-core, in the real page of either browser: the library's source is
// evaluated in the page (or a frame: the in-page prompt and guide are checked inside their own
// document), then `axe.run` looks at the document as it is rendered, contrast included.
//
//   await expectNoSeriousA11yViolations(popup, 'popup, locked');
//   await expectNoSeriousA11yViolations(await page.frame(PROMPT), 'prompt');
//
// Only serious and critical violations fail a test (axe's impact levels); the rest is returned by
// `a11yViolations` for reports. Dark mode: call `page.colorScheme('dark')` first (Chromium only:
// Firefox's BiDi session cannot emulate it) and check again.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { TestFrame, TestPage } from './page';

/** What axe says of one rule that failed, trimmed to what a failure message needs. */
export interface A11yViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  /** CSS selectors of the offending nodes, each with axe's summary of what to fix. */
  nodes: { target: string; summary: string }[];
}

type Target = Pick<TestPage | TestFrame, 'evaluate' | 'evaluateScript'>;

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every violation axe finds in the target's document (WCAG 2.x A and AA, and axe's best practices). */
export async function a11yViolations(target: Target): Promise<A11yViolation[]> {
  const loaded = await target.evaluate(() => 'axe' in globalThis, null);
  if (!loaded) await target.evaluateScript(AXE_SOURCE);
  return target.evaluate(async () => {
    interface AxeResult { violations: { id: string; impact: A11yViolation['impact']; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' >>> '), summary: n.failureSummary ?? '' })),
    }));
  }, null);
}

const SERIOUS = new Set(['serious', 'critical']);

/** Fails with the rules and nodes when axe finds a serious or critical violation in the target. */
export async function expectNoSeriousA11yViolations(target: Target | null, where: string): Promise<A11yViolation[]> {
  if (!target) throw new Error(`${where}: nothing to check (no such page or frame)`);
  const all = await a11yViolations(target);
  const serious = all.filter((v) => v.impact !== null && SERIOUS.has(v.impact));
  const described = serious.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target}: ${n.summary.replace(/\n/g, ' ')}`).join('\n')}`);
  // Soft: every state of a test is checked and reported, not only up to the first that fails.
  expect.soft(described, `${where}: serious accessibility violations`).toEqual([]);
  return all;
}
