import { describe, expect, it } from 'vitest';
import { createSerialQueue } from '../../../src/shared/serial-queue';

describe('serial queue', () => {
  it('runs tasks on one key one after another, so read-modify-write does not lose updates', async () => {
    const run = createSerialQueue();
    let stored = 0;
    const bump = () => run('k', async () => {
      const read = stored;
      await new Promise((done) => setTimeout(done, Math.random() * 5));
      stored = read + 1;
    });
    await Promise.all(Array.from({ length: 20 }, bump));
    expect(stored).toBe(20);
  });

  it('keeps going after a task fails', async () => {
    const run = createSerialQueue();
    await expect(run('k', async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    await expect(run('k', async () => 7)).resolves.toBe(7);
  });
});
