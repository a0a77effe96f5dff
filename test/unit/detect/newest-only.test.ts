// The background classifies at most one snapshot per frame at a time, and of those that arrive
// meanwhile only the newest waits its turn (detect/background/newest-only.ts): a page that never
// stops changing costs one classification at a time, and an overtaken snapshot is answered null.
import { describe, expect, it } from 'vitest';
import { newestOnly } from '../../../src/detect/background/newest-only';

function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => { open = resolve; });
  return { opened, open };
}

describe('newest snapshot only, per frame', () => {
  it('runs one at a time; a newer arrival replaces the waiting one, which is answered null', async () => {
    const turns = newestOnly();
    const ran: number[] = [];
    let running = 0;
    let most = 0;
    const first = gate();
    const job = (seq: number, wait?: Promise<void>) => async () => {
      running++;
      most = Math.max(most, running);
      ran.push(seq);
      await wait;
      running--;
      return seq;
    };
    const answers = [
      turns.run('7:0', 1, job(1, first.opened)),
      turns.run('7:0', 2, job(2)),
      turns.run('7:0', 4, job(4)),
      // Older than the one waiting: it describes a page already replaced.
      turns.run('7:0', 3, job(3)),
      // Another frame has its own turn.
      turns.run('8:0', 1, job(81)),
    ];
    first.open();
    expect(await Promise.all(answers)).toEqual([1, null, 4, null, 81]);
    expect(ran.sort()).toEqual([1, 4, 81]);
    expect(most).toBeLessThanOrEqual(2);
  });

  it('answers null for a snapshot older than the one running, and starts afresh after forget', async () => {
    const turns = newestOnly();
    const held = gate();
    const running = turns.run('7:0', 5, async () => { await held.opened; return 5; });
    expect(await turns.run('7:0', 4, async () => 4)).toBeNull();
    // The frame loaded a new document: its numbers start again.
    turns.forget('7:0');
    expect(await turns.run('7:0', 1, async () => 1)).toBe(1);
    held.open();
    expect(await running).toBe(5);
  });

  it('passes a failed job\'s error to its caller and goes on with the next', async () => {
    const turns = newestOnly();
    const held = gate();
    const failing = turns.run('7:0', 1, async () => { await held.opened; throw new Error('boom'); });
    const next = turns.run('7:0', 2, async () => 2);
    held.open();
    await expect(failing).rejects.toThrow('boom');
    expect(await next).toBe(2);
  });
});
