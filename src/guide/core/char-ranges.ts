// Runs anywhere. A set of characters as a person reads it: runs of three or more consecutive
// characters as ranges ("A-Z a-z 0-9"), the rest one by one. The guide's checklist says which
// characters a site allows this way.
export function charRanges(chars: string): string {
  const list = [...chars];
  const code = (i: number) => list[i]?.codePointAt(0) ?? -2;
  const parts: string[] = [];
  for (let i = 0; i < list.length; ) {
    let j = i;
    while (j + 1 < list.length && code(j + 1) === code(j) + 1) j++;
    parts.push(j - i >= 2 ? `${list[i] ?? ''}-${list[j] ?? ''}` : list.slice(i, j + 1).join(' '));
    i = j + 1;
  }
  return parts.join(' ');
}
