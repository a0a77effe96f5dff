// Builds an evaluation entry into one minified string with vite's library mode, in memory: an IIFE
// for pages, or an ES module for Node (the offline classifier).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, loadConfigFromFile } from 'vite';

const CONFIG = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../vite.config.ts');

/** The extension build's keyword tables, prepared, so the classifier is timed as the extension runs it. */
async function keywordDefines() {
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'chrome' }, CONFIG, undefined, 'silent');
  const { __KEYWORD_TABLES__: tables } = loaded?.config.define ?? {};
  if (typeof tables !== 'string') throw new Error('vite.config.ts defines no __KEYWORD_TABLES__');
  return { __KEYWORD_TABLES__: tables };
}

/** `minify: false` keeps the functions' names (CPU profiles: scripts/profile-snapshot.mjs). */
export async function buildDetectorBundle(entry, format = 'iife', { minify = true } = {}) {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    define: await keywordDefines(),
    build: {
      lib: { entry, formats: [format], name: 'LatchkeyDetectEval', fileName: () => 'detector.js' },
      minify,
      write: false,
      emptyOutDir: false,
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output ?? []);
  const chunk = outputs.find((o) => o.type === 'chunk');
  if (!chunk) throw new Error('vite produced no JavaScript chunk');
  return chunk.code;
}

/** The pure classifier as a Node module, for classifying saved snapshots without a browser. */
export async function importClassifier(entry) {
  const code = await buildDetectorBundle(entry, 'es');
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
