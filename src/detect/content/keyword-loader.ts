// Runs in: content script. Adds a script's keyword lists to the detector's tables the first time a
// page needs them: the content script carries only the ASCII and accented-Latin words that most
// pages use (detect/core/keyword-lists.ts), and a classification that met a text in another script
// (keyword-match.ts `takeUnmetScripts`) asks the background for that script's words and runs again.
// One request per script per page; a refused one is not repeated (the page is classified with the
// words it has, as it would be in a language the tables do not know).
import type { sendFromContent } from '../../shared/platform/content-messaging';
import { log } from '../../shared/platform/log';
import { LOADABLE_SCRIPTS, takeUnmetScripts } from '../core/keyword-match';
import { addScriptPart } from '../core/keyword-lists';
import { KEYWORD_TABLES } from '../core/keyword-sources';

/** Loads the scripts (indexes into keyword-match.ts `SCRIPTS`); undefined when there is nothing left to try. */
export type KeywordLoader = (scripts: readonly number[]) => Promise<void> | undefined;

export function keywordLoader(send: typeof sendFromContent): KeywordLoader {
  const asked = new Map<number, Promise<void>>();
  const settled = new Set<number>();
  const load = async (index: number): Promise<void> => {
    // SCRIPTS[0] (accented Latin) ships with the content script; the loadable ones follow it.
    const script = LOADABLE_SCRIPTS[index - 1];
    if (!script) return;
    const reply = await send('detect/keywords', { script });
    if (reply.ok) addScriptPart(KEYWORD_TABLES, script, reply.value.sources);
    else log.warn(`keyword lists for ${script} not loaded:`, reply.error.message);
  };
  return (scripts) => {
    // A script still on its way is waited for too: a scan in between must not report without it.
    if (scripts.every((s) => settled.has(s))) return undefined;
    return Promise.all(scripts.map((s) => {
      let loading = asked.get(s);
      if (!loading) {
        loading = load(s).catch((error: unknown) => log.warn('keyword lists not loaded:', error)).finally(() => settled.add(s));
        asked.set(s, loading);
      }
      return loading;
    })).then(() => undefined);
  };
}

/**
 * `classify()`'s answer, given to `done` at once when it had every word it met, else after the
 * missing scripts' words arrived and it ran again (one round trip to the background).
 */
export function classifyWithWords<T>(classify: () => T, load: KeywordLoader | undefined, done: (result: T) => void): void {
  const first = classify();
  const waiting = load?.(takeUnmetScripts());
  if (!waiting) return done(first);
  void waiting.then(() => done(classify()));
}
