// Exports (tidy/background/exporting.ts) through the real dispatch, with a fake vault: the reply is
// every password, so only our options page gets it, with the master password proven again.
// Another extension page (the popup) and our framed pages are refused before the vault is read.
import { describe, expect, it, vi } from 'vitest';
import type { Sender } from '../../../src/shared/protocol/sender';
import { createEntry } from '../../../src/vault/core/entry';

const fake = vi.hoisted(() => ({ reads: 0 }));

vi.mock('webextension-polyfill', () => ({ default: {} }));
vi.mock('../../../src/vault/background/vault', () => ({
  unlocked: async () => {
    fake.reads++;
    const entry = createEntry({ id: 'a', site: { origins: ['https://shop.test'], match: 'site' }, username: 'me@mail.test', password: 'Shop-Pass-1' }, 1);
    return { key: null, entries: new Map([['a', entry]]), unreadable: [] };
  },
}));
vi.mock('../../../src/vault/background/master-password', () => ({
  proveMasterPassword: async (password: string) =>
    password === 'master password' ? { ok: true, kdf: { alg: 'pbkdf2-sha256', iterations: 600_000, salt: 'AAAAAAAAAAAAAAAAAAAAAA==' } } : { ok: false, failure: 'wrong-password' },
}));
vi.stubGlobal('__TARGET__', 'chrome');

const { dispatch } = await import('../../../src/shared/protocol/dispatch');
const { createHandlers } = await import('../../../src/background/handlers');
const handlers = createHandlers(0);

const ORIGIN = 'chrome-extension://x';
const page = (path: string, kind: Sender['kind'] = 'extension'): Sender => ({ kind, origin: ORIGIN, url: `${ORIGIN}${path}`, tabId: kind === 'embedded' ? 4 : undefined, frameId: kind === 'embedded' ? 2 : undefined });
const exportFrom = (sender: Sender, master = 'master password') => dispatch(handlers, { type: 'export/create', payload: { format: 'latchkey', master } }, sender);

describe('export/create', () => {
  it('answers the options page, with the master password proven again', async () => {
    const reply = await exportFrom(page('/src/pages/options/index.html'));
    expect(reply).toMatchObject({ ok: true, value: { failure: null, file: { count: 1 } } });
    expect(await exportFrom(page('/src/pages/options/index.html'), 'a guess')).toMatchObject({ ok: true, value: { file: null, failure: 'wrong-password' } });
  });

  it.each([
    ['the popup', page('/src/pages/popup/index.html')],
    ['the options page with a query that names another path', page('/src/pages/popup/index.html?/src/pages/options/index.html')],
    ['our framed prompt', page('/src/keep/ui/prompt/index.html', 'embedded')],
  ])('refuses %s, before reading the vault', async (_name, sender) => {
    fake.reads = 0;
    const reply = await exportFrom(sender);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(JSON.stringify(reply)).not.toContain('Shop-Pass-1');
    expect(fake.reads).toBe(0);
  });
});
