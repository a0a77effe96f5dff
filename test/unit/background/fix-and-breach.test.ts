// The health page's fix-it queue, its "Fix", and the online exposed-password check, through the
// real dispatch and the real vault over storage in memory. The range API is a stub of fetch that records every
// request: only 5-character prefixes may leave, with padding asked for, and a failed answer marks
// nothing.
import { createHash } from 'node:crypto';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Sender } from '../../../src/shared/protocol/sender';
import { createEntry, type Entry } from '../../../src/vault/core/entry';
import { copyStorage, startWorker, vaultWith, type Storage } from './worker';

const fake = vi.hoisted(() => ({ permission: { granted: false }, opened: [] as { origin: string; entryId: string | null }[] }));

vi.mock('../../../src/shared/platform/permissions', () => ({ hasHostPermission: async () => fake.permission.granted }));
vi.mock('../../../src/guide/background/handlers', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  openChange: async (origin: string, entryId: string | null) => {
    fake.opened.push({ origin, entryId });
    return { guide: null, opened: `${origin}/change.html` };
  },
}));
vi.mock('../../../src/tidy/background/scorer', () => ({
  loadScorer: async () => ({ score: (password: string) => (password === 'password1' ? 0 : 4), isCommon: (password: string) => password === 'password1' }),
}));

const RANGE = 'https://range.example/range/';
vi.stubGlobal('__BREACH_RANGE_URL__', RANGE);
vi.stubGlobal('__TARGET__', 'chrome');

const DAY = 86_400_000;
const options: Sender = { kind: 'extension', origin: 'chrome-extension://x', url: 'chrome-extension://x/options.html', tabId: undefined, frameId: undefined };
const sha1 = (text: string) => createHash('sha1').update(text).digest('hex').toUpperCase();

function entry(id: string, origin: string, username: string, password: string, extra: Partial<Entry> = {}): Entry {
  return { ...createEntry({ id, site: { origins: [origin], match: 'site' }, username, password }, Date.now() - 3 * DAY), ...extra };
}

/** The stub API: breached passwords and how often; `answer` can be swapped for a failure. */
const requests: { url: string; headers: Record<string, string> }[] = [];
let answer: (url: string) => Promise<Response> = async () => new Response('', { status: 500 });
const breachedAnswer = (breached: Record<string, number>) => async (url: string) => {
  const prefix = url.slice(RANGE.length);
  const lines = Object.entries(breached).map(([password, count]) => [sha1(password), count] as const).filter(([hash]) => hash.startsWith(prefix)).map(([hash, count]) => `${hash.slice(5)}:${count}`);
  // Padding, as the real API adds it: decoys with a count of 0.
  lines.push('0018A45C4D1DEF81644B54AB7F969B88D65:0', '00D4F6E8FA6EECAD2A3AA415EEC418D38EC:0');
  return new Response(lines.join('\r\n'), { status: 200 });
};
vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
  requests.push({ url, headers: Object.fromEntries(new Headers(init.headers).entries()) });
  return answer(url);
});

const MASTER = 'a sturdy master passphrase';

// A vault made once with a real master password, the six entries written through the real write
// queue (their ids and dates as given); each test starts a worker over a copy of it, unlocked.
let made: Storage;
beforeAll(async () => {
  made = await vaultWith(MASTER, () => [
      entry('exposed', 'https://magazin.test', 'ann', 'password1'),
      entry('shared-a', 'https://account.shop.test', 'ann', 'Shared#Pass-2020x'),
      entry('shared-b', 'https://mail.test', 'ann', 'Shared#Pass-2020x'),
      entry('shared-c', 'https://tienda.test', 'ann', 'Shared#Pass-2020x'),
      entry('breached', 'https://boutique.test', 'ann', 'Breached-But-Long-77'),
      entry('old', 'https://old.test', 'bob', 'vT8#qLm2!zRw9@kP', { passwordChanged: Date.now() - 400 * DAY }),
    ]);
});

type Loose = { ok: boolean; value?: any; error?: { code: string } }; // eslint-disable-line @typescript-eslint/no-explicit-any -- replies already checked by the dispatch

async function load(storage: Storage) {
  const worker = await startWorker(storage);
  return async (type: string, payload: unknown): Promise<Loose> => (await worker.send(type, payload, options)) as Loose;
}

const PASSWORDS = ['password1', 'Shared#Pass-2020x', 'Breached-But-Long-77', 'vT8#qLm2!zRw9@kP'];

describe('fix-it queue and online check', () => {
  let send: Awaited<ReturnType<typeof load>>;
  let storage: Storage;
  const fullReport = async () => {
    let reply = await send('health/report', { oldAfterDays: 365 });
    while (reply.ok && reply.value.strength.unchecked > 0) reply = await send('health/report', { oldAfterDays: 365 });
    return reply.value;
  };
  // Through the background's own settings writer, as the options page's switch does.
  const onlineCheck = async (on: boolean) => (await import('../../../src/settings/background/settings')).writeSettings({ onlineBreachCheck: on });

  beforeEach(async () => {
    storage = copyStorage(made);
    fake.permission.granted = false;
    fake.opened.length = 0;
    requests.length = 0;
    answer = breachedAnswer({ 'Breached-But-Long-77': 4242 });
    send = await load(storage);
    await fullReport();
  });

  it('queues what to change, riskiest first, with the reused sites together and no password', async () => {
    const queue = await send('health/queue', { oldAfterDays: 365, offset: 0, limit: 50 });
    expect(queue.value.items.map((i: { id: string; tier: string }) => `${i.id}:${i.tier}`)).toEqual([
      'exposed:exposed', 'shared-a:reused', 'shared-b:reused', 'shared-c:reused', 'old:old',
    ]);
    expect(queue.value.items[1]).toMatchObject({ reusedSites: 3, reusedWith: ['mail.test', 'tienda.test'], reusedGroup: expect.any(String), fixStartedAt: null });
    expect(JSON.stringify(queue.value)).not.toMatch(/password1|Shared#|Breached-|vT8/);
    expect((await send('health/queue', { oldAfterDays: 365, offset: 1, limit: 2 })).value).toMatchObject({ total: 5, items: [{ id: 'shared-a' }, { id: 'shared-b' }] });
  });

  it('"Fix" opens the entry\'s own site for that entry and says "not changed yet" until its password changes', async () => {
    expect(await send('health/fix', { entryId: 'shared-b' })).toMatchObject({ ok: true, value: { opened: 'https://mail.test/change.html', fixStartedAt: expect.any(Number) } });
    expect(fake.opened).toEqual([{ origin: 'https://mail.test', entryId: 'shared-b' }]);
    const waiting = (await send('health/queue', { oldAfterDays: 365, offset: 0, limit: 50 })).value.items.find((i: { id: string }) => i.id === 'shared-b');
    expect(waiting.fixStartedAt).toEqual(expect.any(Number));
    expect(JSON.stringify(storage.local.map.get('fixes'))).not.toMatch(/mail\.test/);
    // Keep saw the change: a new password, changed after the fix started. The group of the other two stays.
    const { changeEntries } = await import('../../../src/vault/background/entry-writes');
    await changeEntries(Date.now(), (current) => ({ put: [{ ...current.get('shared-b') as Entry, password: 'A-new-Strong-one-93!x', passwordChanged: Date.now() + 1 }], result: undefined }));
    await fullReport();
    const after = (await send('health/queue', { oldAfterDays: 365, offset: 0, limit: 50 })).value.items;
    expect(after.map((i: { id: string }) => i.id)).toEqual(['exposed', 'shared-a', 'shared-c', 'old']);
    expect(after[1]).toMatchObject({ reusedSites: 2, reusedWith: ['tienda.test'] });
    expect(await send('health/fix', { entryId: 'gone' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('checks online only when turned on and allowed, sending 5-character prefixes with padding asked for', async () => {
    expect((await send('health/breach', { action: 'check' })).value).toMatchObject({ online: false, failure: 'off' });
    await onlineCheck(true);
    expect((await send('health/breach', { action: 'check' })).value).toMatchObject({ online: true, failure: 'no-permission', checked: 0 });
    expect(requests).toEqual([]);
    fake.permission.granted = true;
    expect((await send('health/breach', { action: 'check' })).value).toMatchObject({ online: true, failure: null, checked: 4, unchecked: 0, found: 1, checkedNow: 4 });
    expect(requests.length).toBeGreaterThan(0);
    for (const { url, headers } of requests) {
      expect(url).toMatch(/^https:\/\/range\.example\/range\/[0-9A-F]{5}$/);
      expect(headers['add-padding']).toBe('true');
    }
    const sent = JSON.stringify(requests);
    for (const password of PASSWORDS) {
      expect(sent).not.toContain(password);
      expect(sent).not.toContain(sha1(password).slice(5));
    }
    // The breached one is exposed now, first in the queue for its count; stored sealed, no hash in it.
    const report = await send('health/report', { oldAfterDays: 365 });
    expect(report.value.counts.exposed).toBe(2);
    const queue = (await send('health/queue', { oldAfterDays: 365, offset: 0, limit: 2 })).value.items;
    expect(queue).toMatchObject([{ id: 'breached', tier: 'exposed', breachCount: 4242 }, { id: 'exposed', tier: 'exposed', breachCount: 0 }]);
    const stored = JSON.stringify(storage.local.map.get('vault:breach'));
    expect(stored).toMatch(/"ct"/);
    expect(stored).not.toContain(sha1('Breached-But-Long-77').slice(5));
    // Asked again: nothing left, nothing sent.
    const before = requests.length;
    expect((await send('health/breach', { action: 'check' })).value).toMatchObject({ checkedNow: 0, unchecked: 0 });
    expect(requests.length).toBe(before);
  });

  it.each([
    ['rate-limited', async () => new Response('slow down', { status: 429 })],
    ['garbage', async () => new Response('<html>Oops</html>', { status: 200 })],
    ['timeout', async () => Promise.reject(new DOMException('The operation timed out.', 'TimeoutError'))],
    ['unavailable', async () => Promise.reject(new TypeError('Failed to fetch'))],
    ['unavailable', async () => new Response('', { status: 503 })],
  ] as const)('an answer that fails (%s) says why and marks nothing exposed', async (failure, failing) => {
    await onlineCheck(true);
    fake.permission.granted = true;
    answer = failing;
    expect((await send('health/breach', { action: 'check' })).value).toMatchObject({ failure, found: 0, checkedNow: 0 });
    expect((await send('health/report', { oldAfterDays: 365 })).value.counts.exposed).toBe(1);
    expect(storage.local.map.has('vault:breach')).toBe(false);
    // The next ask, with the API back, checks everything.
    answer = breachedAnswer({ 'Breached-But-Long-77': 3 });
    expect((await send('health/breach', { action: 'check' })).value).toMatchObject({ failure: null, unchecked: 0, found: 1 });
  });

  it('turned off, forgets what it found and counts it no more', async () => {
    await onlineCheck(true);
    fake.permission.granted = true;
    await send('health/breach', { action: 'check' });
    expect((await send('health/report', { oldAfterDays: 365 })).value.counts.exposed).toBe(2);
    await onlineCheck(false);
    expect((await send('health/breach', { action: 'forget' })).value).toMatchObject({ online: false, checked: 0 });
    expect(storage.local.map.has('vault:breach')).toBe(false);
    expect((await fullReport()).counts.exposed).toBe(1);
  });
});
