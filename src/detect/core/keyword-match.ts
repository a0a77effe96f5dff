// Runs anywhere. Turns keyword lists into matchers, and attribute strings into comparable text.
// Short ASCII words get letter boundaries ("pin" must not match "shipping", "tel" must not match
// "hotel"); longer words and CJK/Cyrillic/Arabic words match as substrings, because attribute
// values glue words together ("userpassword", "loginform") and CJK has no spaces.

/**
 * Splits camelCase so "newPassword" reads as "new password", lowercases, and reads "_" and "-" as
 * spaces ("reset_password", "sign-in"). Keywords go through the same function.
 */
// Most attribute values are already lower-case words ("email", "password"): skip three passes.
// Otherwise each pass runs only when a cheap test says it has something to do: classification
// normalizes every field's and form's texts.
const ALREADY_NORMAL = /^[a-z0-9 ]*$/;
const CAMEL = /[a-z][A-Z]/;
const CAMEL_ALL = /([a-z])([A-Z])/g;
const SEPARATORS = /[_-]+/g;

export function normalize(s: string): string {
  if (ALREADY_NORMAL.test(s)) return s;
  const lower = (CAMEL.test(s) ? s.replace(CAMEL_ALL, '$1 $2') : s).toLowerCase();
  return lower.includes('_') || lower.includes('-') ? lower.replace(SEPARATORS, ' ') : lower;
}

function escape(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// A "letter" next to a short ASCII keyword: digits and the Latin, Greek and Cyrillic letters that
// attribute values and labels around it are written in. Not \p{L}: its thousands of ranges make
// the regex compile several times slower, and the background compiles them each time it starts. A
// short keyword glued to a CJK or Arabic letter still matches, which those scripts want anyway.
const LETTER = '[a-z\\d\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff]';

/**
 * Scripts whose words live in tables of their own. A page in English never contains a Cyrillic,
 * CJK, Hangul or Arabic letter, so it never compiles (nor runs) those tables: adding a language in
 * another script costs pages in other languages nothing. Words with accented Latin letters get a
 * table of their own for the same reason; the plain ASCII words of every language share the one
 * table every page compiles (attribute names are mostly English anyway).
 */
const SCRIPTS: readonly RegExp[] = [
  /[\u00c0-\u024f]/, // Latin letters with diacritics (é, ç, ß, ş, ł): most English pages have none
  /[\u0400-\u04ff]/, // Cyrillic
  /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/, // Han and kana
  /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/, // Hangul
  /[\u0600-\u06ff]/, // Arabic
];

// One test that lets plain ASCII texts (nearly all attribute values) skip the tests above.
const BEYOND_LATIN = /[\u00c0-\uffff]/;

function scriptOf(word: string): number {
  const i = SCRIPTS.findIndex((s) => s.test(word));
  return i + 1; // 0: the ASCII table
}

/**
 * A list's regex sources, one per script (`SCRIPTS`, after the ASCII table), each word once. The
 * ASCII table has two parts: the short words that need letter boundaries around them, and the
 * rest. The build turns every table into these strings (keyword-sources.ts), so a page neither
 * ships the word lists nor prepares them; `fromSources` wraps the boundaries on.
 */
export type KeywordSources = readonly string[];

export function keywordSources(words: readonly string[]): KeywordSources {
  const bounded = new Set<string>();
  const byScript: Set<string>[] = SCRIPTS.map(() => new Set());
  byScript.unshift(new Set());
  for (const raw of words) {
    const exact = raw.startsWith('=');
    const w = normalize(exact ? raw.slice(1) : raw);
    const script = scriptOf(w);
    const ascii = script === 0 && /^[a-z0-9 .\-]+$/.test(w);
    (ascii && (exact || w.length <= 4) ? bounded : byScript[script])?.add(escape(w));
  }
  return [[...bounded].join('|'), ...byScript.map((set) => [...set].join('|'))];
}

export interface Keywords {
  test(text: string): boolean;
}

const NEVER: RegExp = /(?!)/;

function asciiSource(bounded: string, plain: string): string {
  const parts = bounded ? [`(?<!${LETTER})(?:${bounded})(?!${LETTER})`] : [];
  if (plain) parts.push(plain);
  return parts.join('|');
}

/**
 * One matcher from a list's sources: a regex per script, each built on its first use, so at most
 * once per background start and only for the scripts the pages' texts use (module state that only
 * ever caches a pure function of the sources).
 */
export function fromSources(sources: KeywordSources): Keywords {
  const built: (RegExp | undefined)[] = [];
  // 0: the ASCII table; i + 1: SCRIPTS[i].
  const regex = (i: number): RegExp => {
    let re = built[i];
    if (!re) {
      const source = i === 0 ? asciiSource(sources[0] ?? '', sources[1] ?? '') : (sources[i + 1] ?? '');
      re = source ? new RegExp(source) : NEVER;
      built[i] = re;
    }
    return re;
  };
  return {
    test(text: string): boolean {
      if (regex(0).test(text)) return true;
      if (!BEYOND_LATIN.test(text)) return false;
      for (let i = 0; i < SCRIPTS.length; i++) {
        if (!SCRIPTS[i]?.test(text)) continue;
        if (sources[i + 2] && regex(i + 1).test(text)) return true;
      }
      return false;
    },
  };
}

/** A matcher for a word list (the tables come prepared from the build: keyword-sources.ts). */
export function compile(words: readonly string[]): Keywords {
  return fromSources(keywordSources(words));
}

export function matches(kw: Keywords, ...texts: readonly string[]): boolean {
  for (const t of texts) if (t && kw.test(t)) return true;
  return false;
}
