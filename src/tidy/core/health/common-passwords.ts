// Runs anywhere. The offline exposed-password check: zxcvbn-ts's list of common passwords
// (@zxcvbn-ts/language-common `passwords`: the passwords of Xato's ten-million-password corpus of
// breach dumps seen more than ten times, lower-cased, ASCII, without those zxcvbn already guesses
// sooner as a pattern such as "aaaaaa" or a date). It is the data the strength scorer loads
// anyway (zxcvbn-data.json), so the check ships no list of its own. Compared lower-cased, as the
// list is: cracking tools try every capitalisation of a listed password first.

export type CommonList = ReadonlySet<string>;

export function commonList(passwords: Iterable<string | number>): CommonList {
  const list = new Set<string>();
  for (const password of passwords) list.add(String(password));
  return list;
}

export const isCommonPassword = (list: CommonList, password: string): boolean => list.has(password.toLowerCase());
