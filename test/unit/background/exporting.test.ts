// Exports (tidy/background/exporting.ts) through the real handlers and the real vault over storage
// in memory: the reply is every password, so only our options page gets it, with the master
// password proven again. Another extension page (the popup) and our framed pages are refused
// before the vault is read.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Sender } from '../../../src/shared/protocol/sender';
import { newStorage, startWorker, valueOf, type Worker } from './worker';

vi.stubGlobal('__TARGET__', 'chrome');

const MASTER = 'a sturdy master passphrase';
const PASSWORD = 'Shop-Pass-1';
const ORIGIN = 'chrome-extension://x';
const OPTIONS_PAGE = '/src/pages/options/index.html';
const page = (path: string, kind: Sender['kind'] = 'extension'): Sender => ({ kind, origin: ORIGIN, url: `${ORIGIN}${path}`, tabId: kind === 'embedded' ? 4 : undefined, frameId: kind === 'embedded' ? 2 : undefined });

let worker: Worker;
// The worker's own modules (startWorker reset the registry, so these imports are its instances):
// unlocked() marks every read of the vault as a use.
let activity: typeof import('../../../src/vault/background/activity');

beforeAll(async () => {
  worker = await startWorker(newStorage());
  activity = await import('../../../src/vault/background/activity');
  valueOf(await worker.send('vault/create', { password: MASTER }), 'create');
  valueOf(await worker.send('entries/save', { site: { origins: ['https://shop.test'], match: 'site' }, username: 'me@mail.test', password: PASSWORD, notes: '' }), 'save');
});

const exportFrom = (sender: Sender, master = MASTER) => worker.send('export/create', { format: 'latchkey', master }, sender);

describe('export/create', () => {
  it('answers the options page, with the master password proven again', async () => {
    const reply = await exportFrom(page(OPTIONS_PAGE));
    expect(reply).toMatchObject({ ok: true, value: { failure: null, file: { count: 1 } } });
    expect(JSON.stringify(reply)).toContain(PASSWORD);
    expect(await exportFrom(page(OPTIONS_PAGE), 'a guess')).toMatchObject({ ok: true, value: { file: null, failure: 'wrong-password' } });
  });

  it.each([
    ['the popup', page('/src/pages/popup/index.html')],
    ['the options page with a query that names another path', page(`/src/pages/popup/index.html?${OPTIONS_PAGE}`)],
    ['our framed prompt', page('/src/keep/ui/prompt/index.html', 'embedded')],
  ])('refuses %s, before reading the vault', async (_name, sender) => {
    activity.markUse(0);
    const reply = await exportFrom(sender);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(JSON.stringify(reply)).not.toContain(PASSWORD);
    // No read of the vault: it would have marked a use now.
    expect(activity.sinceLastUse(0)).toBe(0);
  });

  it('refuses the popup while locked as forbidden, not as locked: the page is judged first', async () => {
    valueOf(await worker.send('vault/lock', {}), 'lock');
    expect(await exportFrom(page('/src/pages/popup/index.html'))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await exportFrom(page(OPTIONS_PAGE))).toMatchObject({ ok: false, error: { code: 'locked' } });
    valueOf(await worker.send('vault/unlock', { password: MASTER }), 'unlock');
  });
});
