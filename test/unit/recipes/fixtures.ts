// Loads test/fixtures/recipes/<recipe>/<step>.json: a page as the detector would report it on that
// step ({ url, report, title?, headings? }), parsed so a malformed fixture fails loudly.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PageReport } from '../../../src/detect/core/model';
import type { PageView } from '../../../src/guide/core/recipes/page-view';

const ROOT = 'test/fixtures/recipes';

export function fixtureSteps(recipeId: string): string[] {
  return readdirSync(join(ROOT, recipeId))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

export function loadFixture(recipeId: string, stepId: string): PageView {
  const raw = JSON.parse(readFileSync(join(ROOT, recipeId, `${stepId}.json`), 'utf8')) as Record<string, unknown>;
  const report = PageReport.parse(raw.report);
  const title = typeof raw.title === 'string' ? raw.title : undefined;
  const headings = Array.isArray(raw.headings) ? raw.headings.map(String) : undefined;
  return { url: String(raw.url), report, title, headings };
}
