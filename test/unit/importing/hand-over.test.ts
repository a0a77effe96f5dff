// The import file reaches the background as a blob: URL of our own origin, read there once; the
// background fetches nothing else (a website's blob, another origin, a path of its own after the
// origin), refuses an oversized blob before reading it, and the page falls back to the text only
// when the background says it could not read the URL, revoking the URL in every case.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handedText } from '../../../src/tidy/background/handed-file';
import { MAX_IMPORT_BYTES } from '../../../src/tidy/core/csv/limits';
import { FILE_UNREACHABLE, ImportSource, isOwnFileUrl, type ImportSource as Source } from '../../../src/tidy/core/importing/import-source';
import type { PreviewReply } from '../../../src/tidy/core/importing/transfer-schema';
import { handOver } from '../../../src/tidy/ui/importing/hand-over';
import type { Reply } from '../../../src/shared/protocol/reply';

const OWN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const ID = '0b6e4c8e-3f0a-4d7e-9a54-1c2b3d4e5f60';
const CSV = 'url,username,password\nhttps://shop.test,ann,Secret-1\n';

afterEach(() => vi.unstubAllGlobals());

describe('which URLs the background reads', () => {
  it('takes a blob: URL of our own origin, in either browser', () => {
    expect(isOwnFileUrl(`blob:${OWN}/${ID}`, OWN)).toBe(true);
    expect(isOwnFileUrl(`blob:moz-extension://5d1c8a52-6a0e-4e0c-9d4f-9f0e2b7c1a33/${ID}`, 'moz-extension://5d1c8a52-6a0e-4e0c-9d4f-9f0e2b7c1a33')).toBe(true);
  });

  it.each([
    ['a website blob', `blob:https://shop.test/${ID}`],
    ['another extension', `blob:chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/${ID}`],
    ['an origin that only starts like ours', `blob:${OWN}.evil.test/${ID}`],
    ['a path after the origin', `blob:${OWN}/../${ID}`],
    ['a page URL, not a blob', `${OWN}/src/pages/options/index.html`],
    ['a web URL', 'https://shop.test/export.csv'],
  ])('refuses %s', (_what, url) => {
    expect(isOwnFileUrl(url, OWN)).toBe(false);
  });

  it('the message schema takes a URL or the text, nothing else', () => {
    expect(ImportSource.safeParse({ file: `blob:${OWN}/${ID}` }).success).toBe(true);
    expect(ImportSource.safeParse({ text: CSV }).success).toBe(true);
    expect(ImportSource.safeParse({ file: 'https://shop.test/x.csv' }).success).toBe(false);
    expect(ImportSource.safeParse({ file: `blob:${'x'.repeat(300)}` }).success).toBe(false);
    expect(ImportSource.safeParse({}).success).toBe(false);
  });
});

describe('the background reading a handed-over file', () => {
  it('fetches nothing that is not our own blob, and says the request was bad', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    for (const file of [`blob:https://shop.test/${ID}`, `blob:${OWN}.evil.test/${ID}`]) {
      await expect(handedText({ file }, OWN)).rejects.toMatchObject({ code: 'bad-request' });
    }
    expect(fetch).not.toHaveBeenCalled();
  });

  it('reads our blob as the page decoded it, a leading U+FEFF kept', async () => {
    const text = `\uFEFF${CSV}é`;
    vi.stubGlobal('fetch', vi.fn(async () => new Response(new Blob([text]))));
    expect(await handedText({ file: `blob:${OWN}/${ID}` }, OWN)).toEqual({ ok: true, value: text });
  });

  it('refuses a blob over the size limit before reading it', async () => {
    const blob = new Blob([CSV]);
    Object.defineProperty(blob, 'size', { value: MAX_IMPORT_BYTES + 1 });
    const read = vi.spyOn(blob, 'arrayBuffer');
    vi.stubGlobal('fetch', vi.fn(async () => ({ ok: true, blob: async () => blob })));
    expect(await handedText({ file: `blob:${OWN}/${ID}` }, OWN)).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(read).not.toHaveBeenCalled();
  });

  it('a URL it cannot read (revoked, kept from it) is "unreachable", with no cell of the file in the message', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    const reply = await handedText({ file: `blob:${OWN}/${ID}` }, OWN);
    expect(reply).toMatchObject({ ok: false, error: { code: FILE_UNREACHABLE } });
  });

  it('takes text sent in the message as it is', async () => {
    expect(await handedText({ text: CSV }, OWN)).toEqual({ ok: true, value: CSV });
  });
});

describe('the page handing a file over', () => {
  const previewed: Reply<PreviewReply> = { ok: true, value: { preview: null, failure: { code: 'empty', message: 'empty' } } };

  it('sends only a blob: URL holding the text, and revokes it once answered', async () => {
    const sent: Source[] = [];
    let held = '';
    const reply = await handOver(CSV, async (source) => {
      sent.push(source);
      if ('file' in source) held = await (await fetch(source.file)).text();
      return previewed;
    });
    expect(reply).toBe(previewed);
    expect(sent).toHaveLength(1);
    const [only] = sent;
    expect(only && 'file' in only && only.file.startsWith('blob:')).toBe(true);
    expect(JSON.stringify(sent)).not.toContain('Secret-1');
    expect(held).toBe(CSV);
    await expect(fetch((only as { file: string }).file)).rejects.toThrow();
  });

  it('sends the text only when the background could not read the URL', async () => {
    const sent: Source[] = [];
    const reply = await handOver(CSV, async (source) => {
      sent.push(source);
      return 'file' in source ? { ok: true, value: { preview: null, failure: { code: FILE_UNREACHABLE, message: 'x' } } } : previewed;
    });
    expect(reply).toBe(previewed);
    expect(sent.map((s) => Object.keys(s))).toEqual([['file'], ['text']]);
  });

  it('a refused or failed reply is passed on, not retried', async () => {
    const ask = vi.fn(async (): Promise<Reply<PreviewReply>> => ({ ok: false, error: { code: 'locked', message: 'locked' } }));
    expect(await handOver(CSV, ask)).toMatchObject({ ok: false });
    expect(ask).toHaveBeenCalledTimes(1);
  });
});
