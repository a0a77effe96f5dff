// The messages that move a whole vault: only our extension pages may send them (an export's
// reply is every password), a backup export needs its own password of at least 8 characters,
// and a refused file's failure carries what the page needs to say why.
import { describe, expect, it } from 'vitest';
import { readImportCsv } from '../../../src/tidy/core/csv/read';
import { importFailure } from '../../../src/tidy/core/importing/summary';
import { dispatch, type Handlers } from '../../../src/shared/protocol/dispatch';
import { protocol } from '../../../src/shared/protocol/messages';
import type { Sender } from '../../../src/shared/protocol/sender';

const content: Sender = { kind: 'content', origin: 'https://shop.test', url: 'https://shop.test/', tabId: 3, frameId: 0 };
const embedded: Sender = { kind: 'embedded', origin: 'chrome-extension://x', url: 'chrome-extension://x/src/keep/ui/prompt/index.html', tabId: 3, frameId: 2 };
const options: Sender = { kind: 'extension', origin: 'chrome-extension://x', url: 'chrome-extension://x/src/pages/options/index.html', tabId: 1, frameId: 0 };

let calls = 0;
const handlers = new Proxy({}, { get: () => () => { calls++; return { file: null, failure: 'wrong-password' }; } }) as Handlers;

describe('vault transfer messages', () => {
  it.each(['export/create', 'import/backup-preview', 'import/forget', 'import/preview', 'import/commit'] as const)('%s is for extension pages only', (type) => {
    expect(protocol[type].from).toEqual(['extension']);
  });

  it.each([['content', content], ['embedded', embedded]] as const)('refuses an export asked by a %s sender before any handler runs', async (_kind, sender) => {
    calls = 0;
    const reply = await dispatch(handlers, { type: 'export/create', payload: { format: 'latchkey', master: 'x' } }, sender);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toBe(0);
  });

  it('a backup export needs a backup password of 8 characters or more', async () => {
    const ask = (payload: unknown) => dispatch(handlers, { type: 'export/create', payload }, options);
    expect(await ask({ format: 'backup', master: 'm' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await ask({ format: 'backup', master: 'm', backupPassword: 'short' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await ask({ format: 'backup', master: 'm', backupPassword: 'long enough' })).toEqual({ ok: true, value: { file: null, failure: 'wrong-password' } });
    expect(await ask({ format: 'pdf', master: 'm' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('a refused file says where and what, for the page to translate', () => {
    const quote = readImportCsv('url,username,password\nhttps://a.test,ann,ok\n"https://b.test,bob,"oops\n');
    expect(quote.ok).toBe(false);
    if (!quote.ok) expect(importFailure(quote.error).params).toEqual(['3', '3']);
    const columns = readImportCsv('url,login_uri,username,password\nhttps://a.test,https://b.test,ann,pw\n');
    if (columns.ok) throw new Error('conflicting columns were accepted');
    expect(importFailure(columns.error).params).toEqual(['url, login_uri', 'url']);
  });
});
