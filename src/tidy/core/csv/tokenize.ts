// Runs anywhere. CSV text to records, RFC 4180 quoting, with every line ending real exports mix:
// LF, CRLF, CR, and CR CR LF (a CRLF file written again in text mode on Windows). Each record ends
// at its own line break, whatever the others are, so a file whose header ends in LF and whose rows
// end in CRLF never leaves a CR at the end of a password. A quoted value keeps its line breaks
// byte for byte; an unquoted one never contains CR or LF.
//
// Hand-written rather than papaparse: papaparse takes one newline sequence for the whole file,
// so a file that mixes them either keeps CRs inside values or reads as one row.

export interface CsvRecord {
  /** Spreadsheet row number: the header is row 1, the first login row 2. */
  row: number;
  cells: string[];
  /** A quote inside a quoted value was not doubled (""); the cells may be split wrongly. */
  malformed: boolean;
}

/** A quote opened at `offset` never closes: everything after it would be one value. */
export interface UnterminatedQuote {
  row: number;
  offset: number;
}

export type Tokenized = { ok: true; records: CsvRecord[] } | { ok: false; error: UnterminatedQuote };

const QUOTE = 34;
const CR = 13;
const LF = 10;
const SPACE = 32;
const TAB = 9;

/** Where the line break at `i` ends: CR* LF is one break, a CR not followed by LF is one. */
function breakEnd(text: string, i: number): number {
  let j = i;
  while (text.charCodeAt(j) === CR) j++;
  return text.charCodeAt(j) === LF ? j + 1 : i + 1;
}

const isBreak = (code: number) => code === CR || code === LF;

/** Every record, blank lines included (as one empty cell), numbered from `firstRow`. */
export function tokenize(text: string, delimiter = ',', firstRow = 1): Tokenized {
  const delim = delimiter.charCodeAt(0);
  const n = text.length;
  const records: CsvRecord[] = [];
  const breaks = /[\r\n]/g;
  let nextBreak = -1;
  let nextQuote = -1;
  let nextDelim = -1;
  let i = 0;
  let row = firstRow;
  while (i < n) {
    // Most lines of most files hold no quote: such a line is its cells, split at the delimiter.
    if (nextBreak < i) {
      breaks.lastIndex = i;
      nextBreak = breaks.exec(text)?.index ?? n;
    }
    if (nextQuote < i) {
      const q = text.indexOf('"', i);
      nextQuote = q === -1 ? n : q;
    }
    if (nextQuote > nextBreak || nextQuote === n) {
      records.push({ row: row++, cells: text.slice(i, nextBreak).split(delimiter), malformed: false });
      i = nextBreak < n ? breakEnd(text, nextBreak) : n;
      continue;
    }
    const cells: string[] = [];
    let malformed = false;
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        const opened = i;
        let value = '';
        let from = i + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q === -1) return { ok: false, error: { row, offset: opened } };
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(from, q + 1);
            from = q + 2;
            continue;
          }
          // A closing quote is followed by the delimiter, a line break or the end, after at most
          // some spaces (as papaparse and spreadsheets accept).
          let after = q + 1;
          while (text.charCodeAt(after) === SPACE || (text.charCodeAt(after) === TAB && delim !== TAB)) after++;
          const next = text.charCodeAt(after);
          if (after >= n || next === delim || isBreak(next)) {
            value += text.slice(from, q);
            i = after;
            break;
          }
          // A stray quote inside the value: kept as written, the value goes on.
          malformed = true;
          value += text.slice(from, q + 1);
          from = q + 1;
        }
        cells.push(value);
      } else {
        // An unquoted value ends at the next delimiter or line break, both found natively.
        if (nextBreak < i) {
          breaks.lastIndex = i;
          nextBreak = breaks.exec(text)?.index ?? n;
        }
        // Each search starts where the last one's answer was passed, so a file with few delimiters
        // is still read in one pass.
        if (nextDelim < i) {
          const d = text.indexOf(delimiter, i);
          nextDelim = d === -1 ? n : d;
        }
        const j = Math.min(nextDelim, nextBreak);
        cells.push(text.slice(i, j));
        i = j;
      }
      if (i < n && text.charCodeAt(i) === delim) {
        i++;
        continue;
      }
      break;
    }
    if (i < n) i = breakEnd(text, i);
    records.push({ row: row++, cells, malformed });
  }
  return { ok: true, records };
}

/** The 1-based line of `offset`, counting line breaks as tokenize does. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; ) {
    if (isBreak(text.charCodeAt(i))) {
      i = breakEnd(text, i);
      line++;
    } else i++;
  }
  return line;
}
