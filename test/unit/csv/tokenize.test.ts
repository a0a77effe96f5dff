// The tokenizer's own rules, beyond what the exports property test reaches: where a quoted value
// closes, what a stray quote does, blank lines, and where an unterminated quote is reported.
import { describe, expect, it } from 'vitest';
import { lineAt, tokenize } from '../../../src/tidy/core/csv/tokenize';

const cells = (text: string, delimiter = ',') => {
  const out = tokenize(text, delimiter);
  if (!out.ok) throw new Error('unterminated');
  return out.records.map((r) => r.cells);
};

describe('tokenize', () => {
  it('closes a quoted value before spaces and the delimiter, as spreadsheets do', () => {
    expect(cells('"abc"  ,x\n"d" \n')).toEqual([['abc', 'x'], ['d']]);
  });

  it('keeps a quote inside an unquoted value as written', () => {
    expect(cells('a"b,c\n')).toEqual([['a"b', 'c']]);
  });

  it('marks a stray quote inside a quoted value and keeps it', () => {
    const out = tokenize('"pw"x",y\n');
    expect(out).toEqual({ ok: true, records: [{ row: 1, cells: ['pw"x', 'y'], malformed: true }] });
  });

  it('reads a trailing delimiter as an empty last cell, with or without a final line break', () => {
    expect(cells('a,b,\nc,d,')).toEqual([['a', 'b', ''], ['c', 'd', '']]);
  });

  it('counts CR CR LF as one break and CR CR as two', () => {
    expect(cells('a\r\r\nb\r\rc')).toEqual([['a'], ['b'], [''], ['c']]);
    expect(lineAt('a\r\r\nb\r\rc', 8)).toBe(4);
  });

  it('splits by another delimiter when asked, quotes still honoured', () => {
    expect(cells('url;"a;b";x\n', ';')).toEqual([['url', 'a;b', 'x']]);
    expect(cells('url\t"a\tb"\tx\n', '\t')).toEqual([['url', 'a\tb', 'x']]);
  });

  it('reports an unterminated quote at the quote that opened it', () => {
    expect(tokenize('h\nok,"never\nclosed')).toEqual({ ok: false, error: { row: 2, offset: 5 } });
    expect(lineAt('h\nok,"never\nclosed', 5)).toBe(2);
  });
});
