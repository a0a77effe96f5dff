// `send` on our pages: the answer is checked against the reply schema of the protocol's table,
// which a page imports on its first send (shared/platform/messaging.ts), and a message that could not be
// delivered, or a table that could not be loaded, is an 'unavailable' reply, never a throw; a
// table that failed to load is tried again on the next send.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({ answer: undefined as unknown, deliverError: null as Error | null, tableFails: 0, tableLoads: 0 }));

vi.mock('../../../src/shared/platform/message-port', () => ({
  deliver: async () => {
    if (fake.deliverError) throw fake.deliverError;
    return fake.answer;
  },
}));
beforeEach(() => {
  vi.resetModules();
  fake.deliverError = null;
  fake.tableFails = 0;
  fake.tableLoads = 0;
});

const status = { version: '1.0.0', target: 'chrome', startedAt: 1 };

describe('send', () => {
  it('checks the answer with the reply schema of its message', async () => {
    const { send } = await import('../../../src/shared/platform/messaging');
    fake.answer = { ok: true, value: status };
    expect(await send('status', {})).toEqual({ ok: true, value: status });
    fake.answer = { ok: true, value: { ...status, target: 'safari' } };
    expect(await send('status', {})).toMatchObject({ ok: false, error: { code: 'bad-reply' } });
  });

  it('answers "unavailable" when the message cannot be delivered', async () => {
    const { send } = await import('../../../src/shared/platform/messaging');
    fake.deliverError = new Error('Could not establish connection. Receiving end does not exist.');
    expect(await send('status', {})).toEqual({ ok: false, error: { code: 'unavailable', message: 'Could not establish connection. Receiving end does not exist.' } });
  });

  it('answers "unavailable" when the table cannot be loaded, and loads it on the next send', async () => {
    fake.tableFails = 1;
    vi.doMock('../../../src/shared/protocol/messages', async (original) => {
      fake.tableLoads++;
      if (fake.tableFails > 0) {
        fake.tableFails--;
        throw new Error('Failed to fetch dynamically imported module');
      }
      return original();
    });
    const { send } = await import('../../../src/shared/platform/messaging');
    fake.answer = { ok: true, value: status };
    expect(await send('status', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(await send('status', {})).toEqual({ ok: true, value: status });
    expect(fake.tableLoads).toBe(2);
  });
});
