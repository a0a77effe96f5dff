// The popup's first-screen question is asked once per page: by index.html's early script when it
// ran, and then main.tsx takes that same request rather than sending 'popup/open' again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { firstRequest } from '../../../src/pages/popup/first-request';

const scope = globalThis as Record<string, unknown>;

describe('firstRequest', () => {
  const sendMessage = vi.fn(async (message: unknown) => ({ ok: true, value: message }));
  beforeEach(() => {
    sendMessage.mockClear();
    scope.chrome = { runtime: { sendMessage }, tabs: { query: async () => [{ id: 7 }] } };
    scope.location = { search: '?tab=42' };
  });
  afterEach(() => {
    delete scope.chrome;
    delete scope.location;
    delete scope.latchkeyFirstRequest;
  });

  it('sends popup/open once, for the tab the page names, however many times it is asked for', async () => {
    const early = firstRequest();
    const main = firstRequest();
    expect(main).toBe(early);
    const { tabId, reply } = await main;
    expect(tabId).toBe(42);
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(sendMessage).toHaveBeenCalledWith({ type: 'popup/open', payload: { tabId: 42, limit: expect.any(Number) } });
    expect(reply).toEqual({ sent: true, raw: { ok: true, value: { type: 'popup/open', payload: { tabId: 42, limit: expect.any(Number) } } } });
  });

  it('asks about the active tab when the page names none', async () => {
    scope.location = { search: '' };
    expect((await firstRequest()).tabId).toBe(7);
  });
});
