// Runs anywhere. Character classes of Apple's password-rules language
// (https://github.com/apple/password-manager-resources, tools/PasswordRulesParser.js, MIT):
// named classes cover printable ASCII; `unicode` means "anything"; custom classes are `[...]`.
export const NAMED_CLASSES = ['upper', 'lower', 'digit', 'special', 'ascii-printable', 'unicode'] as const;
export type NamedClass = (typeof NAMED_CLASSES)[number];

export type CharClass = { kind: 'named'; name: NamedClass } | { kind: 'custom'; chars: string };

/** A set of characters: sorted, distinct (printable ASCII, plus any a custom class names), or any character at all. */
export interface CharSet {
  chars: string;
  anyUnicode: boolean;
}

const range = (from: string, to: string) =>
  Array.from({ length: to.charCodeAt(0) - from.charCodeAt(0) + 1 }, (_, i) => String.fromCharCode(from.charCodeAt(0) + i)).join('');

export const UPPER = range('A', 'Z');
export const LOWER = range('a', 'z');
export const DIGIT = range('0', '9');
// Apple's `special`: every printable ASCII character that is not a letter or digit, space included.
export const SPECIAL = range(' ', '/') + range(':', '@') + range('[', '`') + range('{', '~');
export const ASCII_PRINTABLE = range(' ', '~');

const NAMED_CHARS: Record<Exclude<NamedClass, 'unicode'>, string> = {
  upper: UPPER,
  lower: LOWER,
  digit: DIGIT,
  special: SPECIAL,
  'ascii-printable': ASCII_PRINTABLE,
};

const normalise = (chars: Iterable<string>) => [...new Set(chars)].sort().join('');

/** The union of classes, as one set. */
export function charSetOf(classes: readonly CharClass[]): CharSet {
  if (classes.some((c) => c.kind === 'named' && c.name === 'unicode')) return { chars: ASCII_PRINTABLE, anyUnicode: true };
  const chars = classes.map((c) => (c.kind === 'custom' ? c.chars : NAMED_CHARS[c.name as Exclude<NamedClass, 'unicode'>])).join('');
  return { chars: normalise(chars), anyUnicode: false };
}

export function unionSets(sets: readonly CharSet[]): CharSet {
  if (sets.some((s) => s.anyUnicode)) return { chars: ASCII_PRINTABLE, anyUnicode: true };
  return { chars: normalise(sets.map((s) => s.chars).join('')), anyUnicode: false };
}

export const inSet = (set: CharSet, ch: string): boolean => set.anyUnicode || set.chars.includes(ch);
