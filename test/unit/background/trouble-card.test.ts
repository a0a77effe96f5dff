// "Trouble signing in?" is for the page that showed the failed login: Keep's judgment can finish
// after the user has moved on (a loaded machine, a quick click), and the card must not then come
// up on the next page. Through the real handlers, with storage in memory.
import { describe, expect, it, vi } from 'vitest';
import type { Sender } from '../../../src/shared/protocol/sender';
import { contentOf, newStorage, startWorker } from './worker';

vi.stubGlobal('__TARGET__', 'chrome');

const FAILED_ON = 'https://www.shop.test/login?error=1';
const NEXT = 'https://www.shop.test/help';
const framed = (tabId: number): Sender => ({ kind: 'embedded', origin: 'chrome-extension://latchkey', url: 'chrome-extension://latchkey/src/keep/ui/prompt/index.html', tabId, frameId: 3 });

/** A worker whose tab 1 shows `shown`, the commands its tabs were sent, and the failure noted for `seenOn`. */
async function failureJudged(shown: string, seenOn: string) {
  const commands: { tabId: number; command: unknown }[] = [];
  const worker = await startWorker(newStorage(), { onTabCommand: (tabId, command) => commands.push({ tabId, command }) });
  expect(await worker.send('content/hello', {}, contentOf(1, shown))).toMatchObject({ ok: true });
  const { troubleAfterFailedLogin } = await import('../../../src/guide/background/trouble');
  await troubleAfterFailedLogin(1, seenOn, Date.now());
  const card = await worker.send('guide/trouble', {}, framed(1));
  return { commands, card };
}

describe('the trouble card after a failed login', () => {
  it('comes up on the page that showed the failure', async () => {
    const { commands, card } = await failureJudged(FAILED_ON, FAILED_ON);
    expect(commands).toEqual([{ tabId: 1, command: { kind: 'keep-prompt' } }]);
    expect(card).toMatchObject({ ok: true, value: { host: 'www.shop.test' } });
  });

  it('does not come up on the page the user moved on to before the failure was judged', async () => {
    const { commands, card } = await failureJudged(NEXT, FAILED_ON);
    expect(commands).toEqual([]);
    expect(card).toMatchObject({ ok: true, value: { host: null } });
  });
});
