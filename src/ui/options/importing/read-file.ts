// Runs in: the options page. A chosen or dropped file to text. The size is checked from
// `File.size` before a byte is read, so a 2 GB file is never pulled into memory (core/csv/
// limits.ts); the background checks the text again, and the protocol caps the message.
// Blob.text() decodes UTF-8 with U+FFFD for bad bytes, which core/csv/sniff.ts recognises.
import { checkImportSize } from '../../../core/csv/limits';
import { importFailure, type ImportFailure } from '../../../core/importing/summary';

export type ReadResult = { ok: true; text: string } | { ok: false; failure: ImportFailure };

export async function readImportFile(file: File): Promise<ReadResult> {
  const size = checkImportSize(file.size);
  if (!size.ok) return { ok: false, failure: importFailure(size.error) };
  try {
    return { ok: true, text: await file.text() };
  } catch (error) {
    // The file went away or cannot be read (permissions, a folder dropped as a file).
    return { ok: false, failure: { code: 'unreadable', message: String(error) } };
  }
}
