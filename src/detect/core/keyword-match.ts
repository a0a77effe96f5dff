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
// the regex compile several times slower, and the content script compiles on every page load. A
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

/** Short ASCII words share one pair of boundary checks; the rest are plain alternatives. */
function source(words: readonly string[]): string {
  const bounded: string[] = [];
  const plain: string[] = [];
  for (const raw of words) {
    const exact = raw.startsWith('=');
    const w = normalize(exact ? raw.slice(1) : raw);
    const ascii = /^[a-z0-9 .\-]+$/.test(w);
    (ascii && (exact || w.length <= 4) ? bounded : plain).push(escape(w));
  }
  const parts = bounded.length ? [`(?<!${LETTER})(?:${bounded.join('|')})(?!${LETTER})`, ...plain] : plain;
  return parts.join('|');
}

export interface Keywords {
  test(text: string): boolean;
}

const NEVER: RegExp = /(?!)/;

/**
 * One matcher for a list: a regex per script, each built on its first use. Regexes are compiled
 * lazily and at most once per page load (module state that only ever caches a pure function of
 * the word lists).
 */
export function compile(words: readonly string[]): Keywords {
  const byScript: string[][] = SCRIPTS.map(() => []);
  byScript.unshift([]);
  for (const w of words) byScript[scriptOf(w)]?.push(w);
  const built: (RegExp | undefined)[] = [];
  const regex = (i: number): RegExp => {
    let re = built[i];
    if (!re) {
      const list = byScript[i] ?? [];
      re = list.length ? new RegExp(source(list)) : NEVER;
      built[i] = re;
    }
    return re;
  };
  return {
    test(text: string): boolean {
      if (regex(0).test(text)) return true;
      if (!BEYOND_LATIN.test(text)) return false;
      for (let i = 0; i < SCRIPTS.length; i++) {
        if (byScript[i + 1]?.length && SCRIPTS[i]?.test(text) && regex(i + 1).test(text)) return true;
      }
      return false;
    },
  };
}

export function matches(kw: Keywords, ...texts: readonly string[]): boolean {
  for (const t of texts) if (t && kw.test(t)) return true;
  return false;
}
