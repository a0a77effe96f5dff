// Page events (shared/platform/page-events.ts): a page of ours takes "the vault changed" only from our own
// extension outside any tab (the background), never from a content script or a framed page, and
// only in the event's shape.
import { describe, expect, it, vi } from 'vitest';

// The build's target: a sender's document id is read in the Chrome build only (sender-facts.ts).
vi.stubGlobal('__TARGET__', 'chrome');

const fake = vi.hoisted(() => {
  const listeners: ((raw: unknown, sender: unknown) => unknown)[] = [];
  return {
    listeners,
    browser: {
      runtime: {
        id: 'latchkey',
        getURL: (path: string) => `chrome-extension://latchkey${path}`,
        getManifest: () => ({ web_accessible_resources: [{ resources: ['src/keep/ui/prompt/index.html', 'src/guide/ui/index.html'], matches: ['<all_urls>'] }] }),
        onMessage: {
          addListener: (l: (raw: unknown, sender: unknown) => unknown) => void listeners.push(l),
          removeListener: (l: (raw: unknown, sender: unknown) => unknown) => void listeners.splice(listeners.indexOf(l), 1),
        },
      },
    },
  };
});
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

const { onPageEvent } = await import('../../../src/shared/platform/page-events');
const deliver = (raw: unknown, sender: object) => fake.listeners.forEach((l) => l(raw, sender));

describe('page events', () => {
  it('takes the event from the background only, and stops when told', () => {
    const seen = vi.fn();
    const stop = onPageEvent(seen);
    const event = { kind: 'vault-changed' };
    deliver(event, { id: 'latchkey', url: 'chrome-extension://latchkey/service-worker-loader.js' });
    expect(seen).toHaveBeenCalledTimes(1);
    // A shop's content script (it could be driven by the page), our framed guide, another extension.
    deliver(event, { id: 'latchkey', url: 'https://evil.test/', tab: { id: 4 }, frameId: 0 });
    deliver(event, { id: 'latchkey', url: 'chrome-extension://latchkey/src/guide/ui/index.html', tab: { id: 4 }, frameId: 3 });
    deliver(event, { id: 'other', url: 'chrome-extension://other/bg.js' });
    // Not the event's shape.
    deliver({ kind: 'vault-changed', extra: { password: 'x' } }, { id: 'latchkey', url: 'chrome-extension://latchkey/bg.js' });
    deliver({ type: 'health/report', payload: {} }, { id: 'latchkey', url: 'chrome-extension://latchkey/bg.js' });
    expect(seen).toHaveBeenCalledTimes(1);
    stop();
    deliver(event, { id: 'latchkey', url: 'chrome-extension://latchkey/bg.js' });
    expect(seen).toHaveBeenCalledTimes(1);
  });
});
