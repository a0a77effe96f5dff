// Runs anywhere. Rows copied out of the file's text. A cell is a slice of the decoded file
// (tokenize.ts), and a slice keeps its whole parent alive (V8's sliced strings, SpiderMonkey's
// dependent strings; a concatenation is a rope over them): one username kept in a preview or an
// entry would keep the file, every password in it, refused and skipped rows too, in memory as long
// as that lives. `slice`, `+ ''` or a template can hand back the same slice, or a rope still
// holding it; Array.prototype.join of two or more strings writes them into a new flat string. So
// each row's strings are joined behind a one-character lead into one string of the row's own, and
// taken back out of that: a kept value is then a copy, or a view of its row's copy, never of the
// file. (structuredClone copies as surely, but costs several times more in an extension worker.)
import type { ImportRow } from './import-row';

// Never empty, so that the join always has two strings to write out, even for a row of one string.
const LEAD = '\u0001';

/** Every string in `value`, depth first, in the order `rebuilt` takes them back. */
function collect(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) collect(item, into);
  else if (value !== null && typeof value === 'object') for (const key in value) collect((value as Record<string, unknown>)[key], into);
}

/** `value` again, each string replaced by the same characters read from `copy.text`. */
function rebuilt(value: unknown, copy: { text: string; at: number }): unknown {
  if (typeof value === 'string') {
    const from = copy.at;
    copy.at += value.length;
    return copy.text.slice(from, copy.at);
  }
  if (Array.isArray(value)) return value.map((item) => rebuilt(item, copy));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = rebuilt((value as Record<string, unknown>)[key], copy);
  return out;
}

/** One row (plain data: objects, arrays, strings, numbers) with every string copied out of wherever it came from. */
function detachRow(row: ImportRow): ImportRow {
  const strings = [LEAD];
  collect(row, strings);
  return rebuilt(row, { text: strings.join(''), at: LEAD.length }) as ImportRow;
}

/** The rows a CSV read keeps, each copied on its own: one row's copy keeps no other row alive. */
export function detach(rows: readonly ImportRow[]): ImportRow[] {
  return rows.map(detachRow);
}

/**
 * The engine keeps the last string a regular expression matched (RegExp.input, RegExp.lastMatch),
 * and the read's last match was on a cell: a slice of the file. One match on a constant of ours
 * replaces it. A failed match would not: only a match updates it.
 */
export function forgetLastMatch(): void {
  /^/.exec('');
}
