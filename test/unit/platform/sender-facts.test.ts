// What the background reads of a message's sender (shared/platform/sender-facts.ts): the document
// id only where it names the sending document (Chrome), not Firefox's, which names the frame's
// document when the parent process handles the message (the next page, after a navigation).
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const sender = { id: 'latchkey', url: 'https://shop.test/login', origin: 'https://shop.test', tab: { id: 7 }, frameId: 0, documentId: 'D1' };

describe('senderFacts', () => {
  afterEach(() => void vi.unstubAllGlobals());

  it('keeps Chrome\'s document id', async () => {
    vi.stubGlobal('__TARGET__', 'chrome');
    const { senderFacts } = await import('../../../src/shared/platform/sender-facts');
    expect(senderFacts(sender as never)).toEqual({ id: 'latchkey', url: 'https://shop.test/login', origin: 'https://shop.test', tabId: 7, frameId: 0, documentId: 'D1' });
  });

  it('drops Firefox\'s', async () => {
    vi.stubGlobal('__TARGET__', 'firefox');
    const { senderFacts } = await import('../../../src/shared/platform/sender-facts');
    expect(senderFacts(sender as never).documentId).toBeUndefined();
  });
});
