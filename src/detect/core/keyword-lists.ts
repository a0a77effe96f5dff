// Runs anywhere (in the build, the background, the content script). The keyword tables as one
// list of lists in a fixed order, so that one script's part of every list travels as an array of
// strings: the build keeps the scripts few pages use out of the content script (vite.config.ts),
// the background sends a script's part when a page asks (`detect/keywords`), and the content
// script adds it to its tables (detect/content/keyword-loader.ts).
import { LOADABLE_SCRIPTS, SHIPPED_SOURCES, type KeywordSources, type LoadableScript } from './keyword-match';
import type { KeywordTables } from './keyword-sources';
import type { FieldRole, FormClass } from './model';
import type { SignalWordKind } from './words/types';

export const CLASSES: readonly FormClass[] = ['login', 'signup', 'change-password', 'forgot-password', 'verification-code', 'set-new-password', 'none'];
export const ROLES: readonly FieldRole[] = ['username', 'email', 'phone', 'current-password', 'new-password', 'confirm-password', 'one-time-code'];
export const SIGNALS: readonly SignalWordKind[] = ['captcha', 'success-message', 'error-message'];

/** How many lists the tables hold: the length of a script's part. */
export const KEYWORD_LIST_COUNT = CLASSES.length + ROLES.length + 6 + SIGNALS.length;

/** Every list of the tables, in the one order both ends of `detect/keywords` use. */
export function keywordLists(t: KeywordTables): KeywordSources[] {
  return [
    ...CLASSES.map((c) => t.classes[c]), ...ROLES.map((r) => t.roles[r]),
    t.password, t.notCredential, t.personName, t.code, t.otherCodes, t.search,
    ...SIGNALS.map((s) => t.signals[s]),
  ];
}

// A script's place in a list's sources (keyword-match.ts: bounded ASCII, ASCII, then `SCRIPTS`).
const sourceIndex = (script: LoadableScript): number => SHIPPED_SOURCES + LOADABLE_SCRIPTS.indexOf(script);

/** The tables as the content script ships them: the sources every page may need, no others. */
export function shippedTables(t: KeywordTables): KeywordTables {
  const cut = (s: KeywordSources): KeywordSources => s.slice(0, SHIPPED_SOURCES);
  const table = <K extends string>(r: Record<K, KeywordSources>) => Object.fromEntries(Object.entries<KeywordSources>(r).map(([k, s]) => [k, cut(s)])) as Record<K, KeywordSources>;
  return {
    classes: table(t.classes), roles: table(t.roles), password: cut(t.password), notCredential: cut(t.notCredential),
    personName: cut(t.personName), code: cut(t.code), otherCodes: cut(t.otherCodes), search: cut(t.search), signals: table(t.signals),
  };
}

/** One script's source of every list (an empty string where a list has no word in it). */
export function scriptPart(t: KeywordTables, script: LoadableScript): string[] {
  return keywordLists(t).map((s) => s[sourceIndex(script)] ?? '');
}

/**
 * Adds a script's part to tables that lack it. The matchers read their sources when a text first
 * needs them (keyword-match.ts `fromSources`), so they use it from the next classification on.
 */
export function addScriptPart(t: KeywordTables, script: LoadableScript, part: readonly string[]): void {
  if (part.length !== KEYWORD_LIST_COUNT) throw new Error(`keyword tables: ${script} has ${part.length} lists, not ${KEYWORD_LIST_COUNT}`);
  keywordLists(t).forEach((sources, i) => {
    (sources as string[])[sourceIndex(script)] = part[i] ?? '';
  });
}
