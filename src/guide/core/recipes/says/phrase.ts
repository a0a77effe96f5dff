// Runs anywhere. Matching a phrase the way a person reads one: the words of a sentence in any
// order, not a run of characters. "An email with the link to reset your password has been sent to
// you" says "sent" as surely as "We sent you an email", and "Password reset link" does not say the
// password was reset. A phrase is a list of groups; a sentence matches when each group has a word
// in it, and no word of a group written "!..." is in it.
//
// Words in a group are separated by "|":
//   "changed"   the whole word;            "chang*"   a word that starts so (stems: "изменён*");
//   "*code"     a word that ends so (German compounds: "Bestätigungscode");
//   "too many"  these words in a row;      "密码修改"  any text in Chinese or Japanese script, which
//   has no spaces between words, is looked for as it is inside the sentence.

/** One language's phrases for each kind, and the words that take a positive statement back. */
export interface LanguagePhrases<K extends string> {
  /** BCP 47 primary tag, for reading the table. */
  lang: string;
  phrases: Partial<Record<K, readonly (readonly string[])[]>>;
  /**
   * Negation and failure words: a sentence with one of them never says a positive kind
   * ("Your password could not be changed", "Didn't get the email?").
   */
  not: string;
}

type Word = { kind: 'exact' | 'prefix' | 'suffix' | 'run' | 'text'; text: string };
interface Group { words: Word[]; negative: boolean }
export type CompiledPhrase = Group[];

// Scripts written without spaces between words: Han, Hiragana, Katakana.
const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/u;
// Letters, marks and digits, with apostrophes inside a word ("didn't", "n'avez").
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*/gu;

function word(raw: string): Word {
  const w = raw.trim().toLowerCase();
  if (UNSPACED.test(w)) return { kind: 'text', text: w.replace(/^\*|\*$/g, '') };
  if (w.includes(' ')) return { kind: 'run', text: ` ${w} ` };
  if (w.endsWith('*')) return { kind: 'prefix', text: w.slice(0, -1) };
  if (w.startsWith('*')) return { kind: 'suffix', text: w.slice(1) };
  return { kind: 'exact', text: w };
}

export function compileGroup(source: string): Group {
  const negative = source.startsWith('!');
  return { negative, words: (negative ? source.slice(1) : source).split('|').filter((w) => w.trim() !== '').map(word) };
}

export const compilePhrase = (groups: readonly string[]): CompiledPhrase => groups.map(compileGroup);

/** A sentence as the matcher reads it: lowercased text, its words, and the words joined by spaces. */
export interface Sentence { text: string; tokens: ReadonlySet<string>; tokenList: readonly string[]; joined: string }

export function sentence(text: string): Sentence {
  const lower = text.toLowerCase().replace(/[\u2019\u02bc`]/g, "'");
  const tokenList = lower.match(TOKEN) ?? [];
  return { text: lower, tokens: new Set(tokenList), tokenList, joined: ` ${tokenList.join(' ')} ` };
}

function has(s: Sentence, w: Word): boolean {
  switch (w.kind) {
    case 'exact':
      return s.tokens.has(w.text);
    case 'prefix':
      return s.tokenList.some((t) => t.startsWith(w.text));
    case 'suffix':
      return s.tokenList.some((t) => t.endsWith(w.text));
    case 'run':
      return s.joined.includes(w.text);
    case 'text':
      return s.text.includes(w.text);
  }
}

export const groupHolds = (s: Sentence, g: Group): boolean => g.words.some((w) => has(s, w));

export function phraseHolds(s: Sentence, phrase: CompiledPhrase): boolean {
  return phrase.every((g) => groupHolds(s, g) !== g.negative);
}

/** Splits page texts into sentences: at full stops, question and exclamation marks, in any script. */
export function sentences(texts: readonly string[]): Sentence[] {
  // ASCII marks only before a space or the end: "5.00", "ann@mail.test" and "e.g." stay whole.
  return texts.flatMap((t) => t.split(/[.!?;]+(?=\s|$)|[\n\u3002\uff01\uff1f\uff1b]/u)).filter((t) => t.trim() !== '').map(sentence);
}
