// Runs anywhere. How much an import may hold. A 20 MB CSV is about 150,000 logins, far beyond
// the 800-password clean-up we design for; anything larger is a wrong file (a database dump, a
// video renamed .csv) and is refused before a byte of it is parsed (DESIGN.md security rule 7).
import { type Result, err, ok } from '../../../shared/result';
import type { ImportError } from './import-error';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Rows past this make the preview too slow to review; nobody has this many store logins. */
export const MAX_IMPORT_ROWS = 100_000;

/**
 * For the options page to call with `File.size` before reading the file at all, so a 2 GB file
 * is never pulled into memory.
 */
export function checkImportSize(bytes: number): Result<void, ImportError> {
  return bytes > MAX_IMPORT_BYTES ? err({ code: 'too-large', bytes, limit: MAX_IMPORT_BYTES }) : ok(undefined);
}

/** UTF-8 length of a string without encoding it (a 50 MB string would mean a 50 MB copy). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one 4-byte code point; a lone surrogate is written as U+FFFD (3).
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Size check on text already read: the length test is free and settles the common cases. */
export function checkTextSize(text: string): Result<void, ImportError> {
  // A UTF-16 code unit is never more than the UTF-8 bytes it encodes, so this refuses early...
  if (text.length > MAX_IMPORT_BYTES) return checkImportSize(text.length);
  // ...and only text that is under the limit in code units needs the exact count.
  if (text.length * 3 <= MAX_IMPORT_BYTES) return ok(undefined);
  return checkImportSize(utf8ByteLength(text));
}
