// Sizes of what users download and what runs in every page: the built, minified bundles.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { record } from './record';

const DIST = resolve(import.meta.dirname, '../../dist/chrome');
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** Bytes of an entry file plus every local chunk it imports, transitively. */
function withImports(file: string, seen = new Set<string>()): number {
  if (seen.has(file)) return 0;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  let total = statSync(file).size;
  for (const match of code.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+\.js)["']/g)) {
    const spec = match[1] ?? '';
    const next = spec.startsWith('/') ? join(DIST, spec) : resolve(file, '..', spec);
    total += withImports(next, seen);
  }
  return total;
}

/** Bytes of every module script a page names (the popup has two: its early script and its main), with their imports, each file once. */
function pageBytes(html: string): number {
  const page = readFileSync(join(DIST, html), 'utf8');
  const sources = [...page.matchAll(/<script type="module"[^>]*src="([^"]+)"/g)].map((match) => match[1] ?? '');
  if (sources.length === 0) throw new Error(`${html} has no module script`);
  const seen = new Set<string>();
  return sources.reduce((sum, src) => sum + withImports(join(DIST, src), seen), 0);
}

it('measures bundle sizes', () => {
  const content = statSync(join(DIST, 'src/content/index.js')).size;
  record('content.bundleKB', { value: kb(content), unit: 'KB', target: 40 });
  const background = withImports(join(DIST, 'service-worker-loader.js'));
  record('background.bundleKB', { value: kb(background), unit: 'KB', target: null });
  record('popup.bundleKB', { value: kb(pageBytes('src/pages/popup/index.html')), unit: 'KB', target: null });
  record('options.bundleKB', { value: kb(pageBytes('src/pages/options/index.html')), unit: 'KB', target: null });
  const total = readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
  record('dist.totalKB', { value: kb(total), unit: 'KB', target: 2500 });
  expect(content).toBeGreaterThan(0);
});
