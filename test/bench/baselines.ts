// Bundles test/bench/baseline.ts for an extension page and runs it there: the same-run baselines
// of the import figures (sealing and writing N records; papaparse on the same file).
import { build } from 'rolldown';
import type { TestPage } from '../e2e/harness/page';

let bundle: string | undefined;

async function code(): Promise<string> {
  if (bundle === undefined) {
    const out = await build({ input: new URL('./baseline.ts', import.meta.url).pathname, write: false, output: { format: 'iife' }, logLevel: 'silent' });
    bundle = out.output[0].code;
  }
  return bundle;
}

// Handed to the page as a string: the browser evaluates it over the DevTools protocol, which the
// extension pages' CSP (no eval) does not govern.
async function install(page: TestPage): Promise<void> {
  const source = `(() => { if (!('latchkeyBaseline' in globalThis)) { ${await code()} } })()`;
  await page.evaluate(source as unknown as () => void, undefined);
}

interface Baseline { sealAndWrite(count: number): Promise<number>; parseMs(text: string): number }

export async function sealAndWriteMs(page: TestPage, count: number): Promise<number> {
  await install(page);
  return page.evaluate((n: number) => (globalThis as unknown as { latchkeyBaseline: Baseline }).latchkeyBaseline.sealAndWrite(n), count);
}

export async function papaparseMs(page: TestPage, text: string): Promise<number> {
  await install(page);
  return page.evaluate((t: string) => (globalThis as unknown as { latchkeyBaseline: Baseline }).latchkeyBaseline.parseMs(t), text);
}
