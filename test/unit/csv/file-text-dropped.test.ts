// What a preview holds must not keep the file's text alive: a cell is a slice of that text, and a
// slice keeps its whole parent (every password in the file, refused rows' too) in memory for as
// long as the preview, and then the entries, live. The file below has a refused row holding a
// secret nothing should keep; after the read, with the preview held, a heap snapshot (taken after
// a full collection) must not have that secret anywhere.
import { randomBytes } from 'node:crypto';
import { getHeapSnapshot } from 'node:v8';
import { expect, it } from 'vitest';
import { readImportCsv } from '../../../src/tidy/core/csv/read';
import { previewImport } from '../../../src/tidy/core/importing/preview';
import { summarizePreview } from '../../../src/tidy/core/importing/summary';

/** Reads a file whose refused first row (no URL) holds the secret; returns what the background keeps, and the secret as bytes only. */
type Kind = 'CSV' | 'Bitwarden JSON' | 'Keeper CSV without a header';

function fileWith(kind: Kind, secret: string): string {
  if (kind === 'Keeper CSV without a header') {
    const rows = Array.from({ length: 300 }, (_, i) => `Shops,Shop ${i},buyer-${i}@mail.example,Pw-${i}-long-enough-to-slice,https://www.shop-${i}.example/login,"notes of row ${i}, long enough",`);
    return [`Shops,Refused,nobody,${secret},,no url on this row,`, ...rows].join('\r\n');
  }
  const rows = Array.from({ length: 300 }, (_, i) => `Shop ${i},https://www.shop-${i}.example/login,buyer-${i}@mail.example,Pw-${i}-long-enough-to-slice,"notes of row ${i}, long enough"`);
  if (kind === 'CSV') return ['name,url,username,password,note', `Refused,,nobody,${secret},no url on this row`, ...rows].join('\n');
  const items = [{ type: 1, name: 'Refused', login: { username: 'nobody', password: secret, uris: [] as { uri: string }[] } }];
  for (let i = 0; i < 300; i++) items.push({ type: 1, name: `Shop ${i}`, login: { username: `buyer-${i}@mail.example`, password: `Pw-${i}-long-enough-to-slice`, uris: [{ uri: `https://www.shop-${i}.example/login` }] } });
  return JSON.stringify({ encrypted: false, items });
}

function readFileWithSecret(kind: Kind) {
  const secret = `never-kept-${randomBytes(12).toString('hex')}`;
  const read = readImportCsv(fileWith(kind, secret));
  if (!read.ok) throw new Error(JSON.stringify(read.error));
  const preview = previewImport([], read.value.rows, 0);
  return { preview, summary: summarizePreview('id', read.value.format, preview), secret: Buffer.from(secret) };
}

async function heapHolds(needle: Buffer): Promise<boolean> {
  let tail = Buffer.alloc(0);
  for await (const chunk of getHeapSnapshot()) {
    const window = Buffer.concat([tail, chunk as Buffer]);
    if (window.includes(needle)) return true;
    tail = window.subarray(Math.max(0, window.length - needle.length));
  }
  return false;
}

it.each<Kind>(['CSV', 'Bitwarden JSON', 'Keeper CSV without a header'])('a %s preview keeps no string of the file: its text goes with the read', async (kind) => {
  const held = readFileWithSecret(kind);
  expect(held.preview.counts).toMatchObject({ new: 300 });
  expect(await heapHolds(held.secret)).toBe(false);
  expect(held.summary.counts.new).toBe(300);
}, 60_000);
