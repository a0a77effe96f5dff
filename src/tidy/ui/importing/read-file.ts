// Runs in: the options page. A chosen or dropped file to text. The size is checked from
// `File.size` before a byte is read, so a 2 GB file is never pulled into memory (core/csv/
// limits.ts); the background checks the text again, and the protocol caps the message.
// Bytes are decoded as UTF-8 with U+FFFD for bad ones, which tidy/core/csv/sniff.ts recognises. A
// 1Password .1pux (a zip) is opened here and its export.data sent instead; any other zip goes
// as text, for the background to name (a spreadsheet, an archive).
import { checkImportSize } from '../../core/csv/limits';
import { exportDataOf, isZip } from '../../core/csv/onepux';
import { importFailure, type ImportFailure } from '../../core/importing/summary';

export type ReadResult = { ok: true; text: string } | { ok: false; failure: ImportFailure };

function textOf(bytes: Uint8Array): ReadResult {
  if (isZip(bytes)) {
    const data = exportDataOf(bytes);
    if (data.ok) return { ok: true, text: data.value };
    if (data.error.code === 'too-large') return { ok: false, failure: importFailure(data.error) };
  }
  return { ok: true, text: new TextDecoder().decode(bytes) };
}

export async function readImportFile(file: File): Promise<ReadResult> {
  const size = checkImportSize(file.size);
  if (!size.ok) return { ok: false, failure: importFailure(size.error) };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    // The file went away or cannot be read (permissions, a folder dropped as a file).
    return { ok: false, failure: { code: 'unreadable', message: String(error) } };
  }
  return textOf(bytes);
}
