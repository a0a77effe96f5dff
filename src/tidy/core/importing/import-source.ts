// Runs anywhere. How the options page hands an import file to the background: as a blob: URL of
// the extension's own origin, which the background reads itself, rather than as the file's text
// in the message. A message carries its payload by copying it (structured clone in Chrome, JSON
// in Firefox) on both sides; for a 10,000-row file that copy cost several times the whole parse,
// while the URL is a few dozen characters and the bytes are read once, where they are parsed.
import * as z from 'zod/mini';

/** 20 MiB of text at most (tidy/core/csv/limits.ts); the page checks the file size before reading. */
export const ImportText = z.string().check(z.maxLength(21 * 1024 * 1024));

/** `blob:` + an extension origin + `/` + a UUID is under 100 characters in both browsers. */
export const MAX_FILE_URL_LENGTH = 256;

export const FileUrl = z.string().check(z.startsWith('blob:'), z.maxLength(MAX_FILE_URL_LENGTH));

/** The file itself (a blob: URL, the usual way) or its text, when the URL could not be read. */
export const ImportSource = z.union([z.object({ file: FileUrl }), z.object({ text: ImportText })]);
export type ImportSource = z.infer<typeof ImportSource>;

/**
 * The failure code the background gives when it could not read a URL of ours (revoked, or a
 * browser that keeps a page's blobs from its background): the page sends the text instead.
 */
export const FILE_UNREACHABLE = 'file-unreachable';

// What follows the origin in a blob: URL the browser made: one UUID, nothing else.
const BLOB_ID = /^[0-9a-f-]{36}$/i;

/**
 * A blob: URL minted by one of our own pages, and nothing else: never a website's blob, never a
 * URL that names a path or host of its own after the origin. The background fetches only these.
 */
export function isOwnFileUrl(url: string, ownOrigin: string): boolean {
  const prefix = `blob:${ownOrigin}/`;
  return url.startsWith(prefix) && BLOB_ID.test(url.slice(prefix.length));
}
