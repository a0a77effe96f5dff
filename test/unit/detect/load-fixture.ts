// Loads a fixture page into its own happy-dom window, running its scripts (SPA, custom elements).
// Scripts run because fixtures include SPA and custom-element pages; the fixtures are our own files.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

export const FIXTURES = join(__dirname, '../../fixtures/forms');

export function fixtureFiles(): string[] {
  return readdirSync(FIXTURES).filter((f) => f.endsWith('.html')).sort();
}

export function expectedClass(html: string): string {
  return /<meta name="expected-class" content="([^"]+)"/.exec(html)?.[1] ?? 'missing';
}

export async function loadFixture(file: string): Promise<{ doc: Document; expected: string; close: () => Promise<void> }> {
  const html = readFileSync(join(FIXTURES, file), 'utf8');
  const window = new Window({ url: `https://shop.test/${file}`, settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true } });
  window.document.write(html);
  await window.happyDOM.waitUntilComplete();
  return { doc: window.document as unknown as Document, expected: expectedClass(html), close: () => window.happyDOM.close() };
}
