// The pages' message port, both ends, with the browser faked: the background answers each frame
// through the same dispatch (sender from the port, checked per message), and the page matches
// answers to callers, fails what a stopped worker left unanswered, and sends a message the port
// could not take by sendMessage instead, once.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../../src/shared/protocol/dispatch';

// The build's target: a sender's document id is read in the Chrome build only (sender-facts.ts).
vi.stubGlobal('__TARGET__', 'chrome');

type Listener = (message: unknown) => void;
interface FakePort {
  name: string;
  sender?: { id?: string; url?: string; tab?: { id: number }; frameId?: number };
  onMessage: { addListener(listener: Listener): void };
  onDisconnect: { addListener(listener: () => void): void };
  postMessage(message: unknown): void;
  posted: unknown[];
  receive(message: unknown): void;
  disconnect(): void;
  broken: boolean;
}

const fake = vi.hoisted(() => {
  const state = {
    onConnect: [] as ((port: unknown) => void)[],
    connected: [] as unknown[],
    sentByMessage: [] as unknown[],
  };
  const makePort = (name: string, sender?: FakePort['sender']): FakePort => {
    const listeners: Listener[] = [];
    const gone: (() => void)[] = [];
    const port: FakePort = {
      name, sender, posted: [], broken: false,
      onMessage: { addListener: (listener) => void listeners.push(listener) },
      onDisconnect: { addListener: (listener) => void gone.push(listener) },
      postMessage(message) {
        if (port.broken) throw new Error('Attempting to use a disconnected port object');
        port.posted.push(message);
      },
      receive: (message) => listeners.forEach((listener) => listener(message)),
      disconnect: () => gone.forEach((listener) => listener()),
    };
    return port;
  };
  const browser = {
    runtime: {
      id: 'ours',
      getURL: (path: string) => `chrome-extension://ours${path}`,
      getManifest: () => ({ web_accessible_resources: [{ resources: ['src/keep/ui/prompt/index.html'], matches: ['<all_urls>'] }] }),
      onMessage: { addListener: () => undefined },
      onConnect: { addListener: (listener: (port: unknown) => void) => void state.onConnect.push(listener) },
      connect: ({ name }: { name: string }) => {
        const port = makePort(name);
        state.connected.push(port);
        return port;
      },
      sendMessage: async (message: unknown) => {
        state.sentByMessage.push(message);
        return { ok: true, value: 'by sendMessage' };
      },
    },
  };
  return { state, browser, makePort };
});

vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

const status = { version: '1', target: 'chrome', startedAt: 0 };
const handlers = new Proxy({}, {
  get: (_, type) => (type === 'status' ? () => status : () => ({ items: [], siteFirst: 0, total: 0, all: 0 })),
}) as Handlers;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the background end', () => {
  beforeEach(async () => {
    fake.state.onConnect.length = 0;
    vi.resetModules();
    const { listen } = await import('../../../src/shared/platform/listen');
    listen(handlers);
  });

  const connect = (name: string, sender: FakePort['sender']) => {
    const port = fake.makePort(name, sender);
    for (const listener of fake.state.onConnect) listener(port);
    return port;
  };
  const popup = { id: 'ours', url: 'chrome-extension://ours/src/pages/popup/index.html' };

  it('answers each numbered message through the dispatch, for the sender the browser named', async () => {
    const port = connect('latchkey-messages', popup);
    port.receive({ id: 2, message: { type: 'entries/list', payload: { tabId: null, query: '', offset: 0, limit: 5 } } });
    port.receive({ id: 1, message: { type: 'status', payload: {} } });
    await settle();
    expect(port.posted).toEqual(expect.arrayContaining([
      { id: 1, reply: { ok: true, value: status } },
      { id: 2, reply: { ok: true, value: { items: [], siteFirst: 0, total: 0, all: 0 } } },
    ]));
  });

  it('refuses what the sender may not ask, on every message', async () => {
    const content = connect('latchkey-messages', { id: 'ours', url: 'https://shop.test/login', tab: { id: 7 }, frameId: 0 });
    content.receive({ id: 1, message: { type: 'entries/list', payload: { tabId: null, query: '', offset: 0, limit: 5 } } });
    const framed = connect('latchkey-messages', { id: 'ours', url: 'chrome-extension://ours/src/keep/ui/prompt/index.html', tab: { id: 7 }, frameId: 3 });
    framed.receive({ id: 1, message: { type: 'entries/list', payload: { tabId: null, query: '', offset: 0, limit: 5 } } });
    const stranger = connect('latchkey-messages', { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' });
    stranger.receive({ id: 1, message: { type: 'status', payload: {} } });
    await settle();
    expect(content.posted).toMatchObject([{ id: 1, reply: { ok: false, error: { code: 'forbidden' } } }]);
    expect(framed.posted).toMatchObject([{ id: 1, reply: { ok: false, error: { code: 'forbidden' } } }]);
    expect(stranger.posted).toMatchObject([{ id: 1, reply: { ok: false, error: { code: 'forbidden', message: 'unknown sender' } } }]);
  });

  it('ignores frames that are not numbered messages, and ports by other names', async () => {
    const port = connect('latchkey-messages', popup);
    for (const frame of [null, 'status', { message: { type: 'status', payload: {} } }, { id: 'x', message: {} }, { id: 0, message: {} }]) port.receive(frame);
    const other = connect('something-else', popup);
    other.receive({ id: 1, message: { type: 'status', payload: {} } });
    await settle();
    expect(port.posted).toEqual([]);
    expect(other.posted).toEqual([]);
  });
});

describe('the page end', () => {
  let deliver: (message: unknown) => Promise<unknown>;
  beforeEach(async () => {
    fake.state.connected.length = 0;
    fake.state.sentByMessage.length = 0;
    vi.resetModules();
    ({ deliver } = await import('../../../src/shared/platform/message-port'));
  });
  const lastPort = () => fake.state.connected.at(-1) as FakePort;

  it('opens one port and gives each caller its own answer, in any order', async () => {
    const first = deliver({ type: 'status', payload: {} });
    const second = deliver({ type: 'vault/state', payload: {} });
    expect(fake.state.connected).toHaveLength(1);
    const port = lastPort();
    expect(port.name).toBe('latchkey-messages');
    expect(port.posted).toEqual([{ id: 1, message: { type: 'status', payload: {} } }, { id: 2, message: { type: 'vault/state', payload: {} } }]);
    port.receive({ id: 2, reply: 'two' });
    port.receive({ id: 7, reply: 'nobody asked' });
    port.receive('not a frame');
    port.receive({ id: 1, reply: 'one' });
    expect(await Promise.all([first, second])).toEqual(['one', 'two']);
  });

  it('fails what a stopped worker left unanswered, never sending it again, and connects anew', async () => {
    const waiting = deliver({ type: 'entries/save', payload: {} });
    lastPort().disconnect();
    await expect(waiting).rejects.toThrow('stopped');
    expect(fake.state.sentByMessage).toEqual([]);
    const next = deliver({ type: 'status', payload: {} });
    expect(fake.state.connected).toHaveLength(2);
    lastPort().receive({ id: 1, reply: 'again' });
    expect(await next).toBe('again');
  });

  it('sends by sendMessage a message the port could not take (it was never posted)', async () => {
    void deliver({ type: 'status', payload: {} });
    lastPort().broken = true;
    // The port in use has just closed, and so does the one opened in its place.
    const connect = fake.browser.runtime.connect;
    fake.browser.runtime.connect = ({ name }) => Object.assign(connect({ name }), { broken: true });
    try {
      expect(await deliver({ type: 'vault/state', payload: {} })).toEqual({ ok: true, value: 'by sendMessage' });
    } finally {
      fake.browser.runtime.connect = connect;
    }
    expect(fake.state.sentByMessage).toEqual([{ type: 'vault/state', payload: {} }]);
    expect(fake.state.connected).toHaveLength(2);
  });
});
