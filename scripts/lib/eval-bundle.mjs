// Builds the detector entry into one minified IIFE string with vite's library mode, in memory.
import { build } from 'vite';

export async function buildDetectorBundle(entry) {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      lib: { entry, formats: ['iife'], name: 'LatchkeyDetectEval', fileName: () => 'detector.js' },
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
