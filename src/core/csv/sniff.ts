// Runs anywhere. Cheap checks on the decoded text before the CSV parser sees it, so a wrong
// file gets a message that names the real problem ("this is a web page") instead of "no
// password column". The options page decodes files as UTF-8 without `fatal`, so bytes that are
// not UTF-8 arrive here as U+FFFD.
import { type Result, err, ok } from '../result';
import type { ImportError } from './import-error';

const BOM = '\uFEFF';
/** Looked at for binary and encoding clues: enough to be sure, cheap on 20 MB. */
const SAMPLE = 64 * 1024;
// A stray U+FFFD happens in real exports (a note pasted from a broken page). A file in another
// encoding (Windows-1252, UTF-16) turns most of its non-ASCII characters into U+FFFD, and
// importing it would silently store mangled passwords, so it is refused.
const MAX_REPLACEMENT_SHARE = 0.5;
const HTML_START = /^\s*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|\?xml)/i;

export const stripBom = (text: string): string => (text.startsWith(BOM) ? text.slice(BOM.length) : text);

export function sniffText(text: string): Result<void, ImportError> {
  if (text.trim() === '') return err({ code: 'empty' });
  const sample = text.slice(0, SAMPLE);
  // A UTF-16 byte-order mark (FF FE / FE FF) decodes as two U+FFFD; the NULs that follow would
  // otherwise call a spreadsheet's "Unicode text" export binary.
  if (sample.startsWith('\uFFFD\uFFFD')) return err({ code: 'not-utf8' });
  // NUL never occurs in text; other C0 controls (but tab, CR, LF) only in binary formats.
  if (/[\u0000-\u0008\u000e-\u001f]/.test(sample)) return err({ code: 'binary' });
  if (HTML_START.test(sample)) return err({ code: 'html' });
  const replacements = sample.split('\uFFFD').length - 1;
  if (replacements === 0) return ok(undefined);
  const nonAscii = sample.replace(/[\u0000-\u007f]+/g, '').length;
  if (replacements / nonAscii > MAX_REPLACEMENT_SHARE) return err({ code: 'not-utf8' });
  return ok(undefined);
}
