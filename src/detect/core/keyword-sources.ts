// Runs anywhere (in the build, and in Node tests and the offline evaluation). Every keyword table
// as regex sources (keyword-match.ts), computed from the languages' word lists (words/). The
// build computes them once and defines the result as a literal (vite.config.ts), so the content
// script carries neither the lists nor the code that merges them; Node computes them on import.
import { keywordSources, type KeywordSources } from './keyword-match';
import type { FieldRole, FormClass } from './model';
import { CLASSES, ROLES, SIGNALS } from './keyword-lists';
import { LANGUAGES } from './words';
import type { LanguageWords, SignalWordKind } from './words/types';

export interface KeywordTables {
  classes: Record<FormClass, KeywordSources>;
  roles: Record<FieldRole, KeywordSources>;
  password: KeywordSources;
  notCredential: KeywordSources;
  personName: KeywordSources;
  code: KeywordSources;
  otherCodes: KeywordSources;
  search: KeywordSources;
  signals: Record<SignalWordKind, KeywordSources>;
}


/** Each table with every language's words merged. */
export function keywordTables(languages: readonly LanguageWords[]): KeywordTables {
  const merged = (pick: (l: LanguageWords) => readonly string[]) => keywordSources(languages.flatMap(pick));
  const table = <K extends string>(keys: readonly K[], pick: (l: LanguageWords, k: K) => readonly string[]) =>
    Object.fromEntries(keys.map((k) => [k, merged((l) => pick(l, k))])) as Record<K, KeywordSources>;
  return {
    classes: table(CLASSES, (l, c) => l.classes[c]),
    roles: table(ROLES, (l, r) => l.roles[r]),
    password: merged((l) => l.password),
    notCredential: merged((l) => l.notCredential),
    personName: merged((l) => l.personName),
    code: merged((l) => l.code),
    otherCodes: merged((l) => l.otherCodes),
    search: merged((l) => l.search),
    signals: table(SIGNALS, (l, s) => l.signals[s]),
  };
}

/** The tables, prepared by the build (vite.config.ts) or computed on import (Node). */
export const KEYWORD_TABLES: KeywordTables = typeof __KEYWORD_TABLES__ === 'object' ? __KEYWORD_TABLES__ : keywordTables(LANGUAGES);
