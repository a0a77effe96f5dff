// Runs in: background. The text of a file the options page handed over (import-source.ts): a
// blob: URL of our own origin is read here, once; text sent in the message is taken as it is.
// Anything but our own blob: URL is refused before a request is made: this worker may read any
// site the extension has host access to, and no page gets to point it at one.
import { checkImportSize } from '../core/csv/limits';
import { FILE_UNREACHABLE, isOwnFileUrl, type ImportSource } from '../core/importing/import-source';
import { importFailure, type ImportFailure } from '../core/importing/summary';
import { type Result, err, ok } from '../../shared/result';
import { ReplyFailure } from '../../shared/protocol/reply';

const unreachable: ImportFailure = { code: FILE_UNREACHABLE, message: 'the file handed over by the page could not be read' };

export async function handedText(source: ImportSource, ownOrigin: string): Promise<Result<string, ImportFailure>> {
  if ('text' in source) return ok(source.text);
  if (!isOwnFileUrl(source.file, ownOrigin)) throw new ReplyFailure('bad-request', 'import files are handed over as blob: URLs of the extension itself');
  let blob: Blob;
  try {
    const response = await fetch(source.file);
    if (!response.ok) return err(unreachable);
    blob = await response.blob();
  } catch {
    return err(unreachable);
  }
  // Checked before a byte is read, as the page does with File.size.
  const size = checkImportSize(blob.size);
  if (!size.ok) return err(importFailure(size.error));
  // Decoded as the page decoded the file (UTF-8, U+FFFD for bad bytes), keeping a leading U+FEFF:
  // the page's text went into the blob as it was, and comes out the same.
  return ok(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer()));
}
