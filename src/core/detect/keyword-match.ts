// Runs anywhere. Turns keyword lists into one regex each, and attribute strings into comparable
// text. Short ASCII words get letter boundaries ("pin" must not match "shipping", "tel" must not
// match "hotel", "s" must not match "user's" or "sähköposti"); longer words and CJK/Cyrillic/Arabic words match as substrings, because
// attribute values glue words together ("userpassword", "loginform") and CJK has no spaces.

/**
 * Splits camelCase so "newPassword" reads as "new password", lowercases, and reads "_" and "-" as
 * spaces ("reset_password", "sign-in"). Keywords go through the same function.
 */
// Most attribute values are already lower-case words ("email", "password"): skip three passes.
// Otherwise each pass runs only when a cheap test says it has something to do: classification
// normalizes every field's and form's texts, and this was a fifth of its time.
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
// attribute values and labels around it are written in. Not \p{L}: the content script compiles
// every keyword regex on each page load, and \p{L}'s thousands of ranges made that compile
// (bytecode, then native code on the second run) about 7 ms of the first detection; this class
// takes 2.5 ms (measured in V8 on the full keyword set). A short keyword glued to a CJK or Arabic
// letter still matches, which is what those scripts want anyway (no spaces between words).
const LETTER = '[a-z\\d\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff]';

/** One regex for a list. Words of 4 ASCII letters or fewer (or prefixed "=") need boundaries. */
export function compile(words: readonly string[]): RegExp {
  const parts = words.map((raw) => {
    const exact = raw.startsWith('=');
    const w = normalize(exact ? raw.slice(1) : raw);
    const ascii = /^[a-z0-9 .\-]+$/.test(w);
    return ascii && (exact || w.length <= 4) ? `(?<!${LETTER})${escape(w)}(?!${LETTER})` : escape(w);
  });
  return new RegExp(parts.join('|'));
}

export function matches(re: RegExp, ...texts: readonly string[]): boolean {
  for (const t of texts) if (t && re.test(t)) return true;
  return false;
}
