// Runs in: background. The parts of the detector's keyword tables that the content script does
// not carry (detect/core/keyword-lists.ts), sent to a page that asks (`detect/keywords`). The
// build writes them in as a literal (vite.config.ts); Node computes them from the word lists.
import { LOADABLE_SCRIPTS, type LoadableScript } from '../core/keyword-match';
import { scriptPart } from '../core/keyword-lists';
import { KEYWORD_TABLES } from '../core/keyword-sources';

const PARTS: Record<LoadableScript, string[]> = typeof __KEYWORD_SCRIPTS__ === 'object'
  ? __KEYWORD_SCRIPTS__
  : Object.fromEntries(LOADABLE_SCRIPTS.map((s) => [s, scriptPart(KEYWORD_TABLES, s)])) as Record<LoadableScript, string[]>;

/** A script's source of every keyword list, in keyword-lists.ts order. */
export function keywordScript(script: LoadableScript): { sources: string[] } {
  return { sources: PARTS[script] };
}
