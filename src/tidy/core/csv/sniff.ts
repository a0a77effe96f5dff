// Runs anywhere. Cheap checks on the decoded text before the CSV parser sees it, so a wrong
// file gets a message that names the real problem and its fix ("this is a spreadsheet: save it as
// CSV") instead of "no password column". The options page decodes files as UTF-8 without
// `fatal`, so bytes that are not UTF-8 arrive here as U+FFFD; the ASCII of a file's magic number
// and of zip entry names survives.
import { type Result, err, ok } from '../../../shared/result';
import type { ImportError } from './import-error';

const BOM = '\uFEFF';
/** Looked at for binary and encoding clues: enough to be sure, cheap on 20 MB. */
const SAMPLE = 64 * 1024;
// A stray U+FFFD happens in real exports (a note pasted from a broken page). A file in another
// encoding (Windows-1252, UTF-16) turns most of its non-ASCII characters into U+FFFD, and
// importing it would silently store mangled passwords, so it is refused.
const MAX_REPLACEMENT_SHARE = 0.5;
const HTML_START = /^\s*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;
const XML_START = /^\s*<\?xml/i;
const ZIP_MAGIC = 'PK\u0003\u0004';
// An .xlsx names its parts ([Content_Types].xml, xl/...); an .ods starts with its mimetype entry.
const SPREADSHEET_ZIP = /\[Content_Types\]\.xml|xl\/workbook|opendocument\.spreadsheet/;
// KeePass 2 (.kdbx) and KeePass 1 (.kdb): 03 D9 A2 9A 67|65 FB 4B B5 decoded as UTF-8.
const KEEPASS_MAGIC = /^\u0003\u0662\uFFFD[eg]\uFFFDK\uFFFD/;
const PGP_ARMOR = /^\s*-----BEGIN PGP MESSAGE-----/;
// 1Password's .1pif separates its JSON items with this line.
const ONE_PIF_SEPARATOR = '***5642bee8-a5ff-11dc-8314-0800200c9a66***';

export const stripBom = (text: string): string => (text.startsWith(BOM) ? text.slice(BOM.length) : text);

/** What the text is, when it is plainly not a CSV; checked before anything is parsed. */
function fileKind(sample: string): ImportError | null {
  if (sample.startsWith(ZIP_MAGIC)) return SPREADSHEET_ZIP.test(sample) ? { code: 'spreadsheet' } : { code: 'archive' };
  if (KEEPASS_MAGIC.test(sample)) return { code: 'encrypted', source: 'keepass' };
  if (PGP_ARMOR.test(sample)) return { code: 'encrypted', source: 'pgp' };
  if (sample.includes(ONE_PIF_SEPARATOR)) return { code: 'one-pif' };
  if (HTML_START.test(sample)) return { code: 'html' };
  if (XML_START.test(sample)) return { code: 'xml' };
  return null;
}

export function sniffText(text: string): Result<void, ImportError> {
  if (text.trim() === '') return err({ code: 'empty' });
  const sample = text.slice(0, SAMPLE);
  // A UTF-16 byte-order mark (FF FE / FE FF) decodes as two U+FFFD; the NULs that follow would
  // otherwise call a spreadsheet's "Unicode text" export binary.
  if (sample.startsWith('\uFFFD\uFFFD')) return err({ code: 'not-utf8' });
  const kind = fileKind(sample);
  if (kind) return err(kind);
  // NUL never occurs in text; other C0 controls (but tab, CR, LF) only in binary formats.
  if (/[\u0000-\u0008\u000e-\u001f]/.test(sample)) return err({ code: 'binary' });
  const replacements = sample.split('\uFFFD').length - 1;
  if (replacements === 0) return ok(undefined);
  const nonAscii = sample.replace(/[\u0000-\u007f]+/g, '').length;
  if (replacements / nonAscii > MAX_REPLACEMENT_SHARE) return err({ code: 'not-utf8' });
  return ok(undefined);
}

/** JSON rather than CSV: its first character opens an object or a list. */
export const looksLikeJson = (text: string): boolean => /^\s*[{[]/.test(text);
