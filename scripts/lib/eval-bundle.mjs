// Builds an evaluation entry into one minified string with vite's library mode, in memory: an IIFE
// for pages, or an ES module for Node (the offline classifier).
import { build } from 'vite';

export async function buildDetectorBundle(entry, format = 'iife') {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      lib: { entry, formats: [format], name: 'LatchkeyDetectEval', fileName: () => 'detector.js' },
      minify: true,
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
