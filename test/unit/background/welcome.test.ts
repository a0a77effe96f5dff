// The first run's options page opens once: on the install event or, when that event never came
// (Firefox lost it once in about 90 installs), on the first start with no record and no vault;
// never twice, never for a user who has a vault, never from a record it cannot read.
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { welcomer } = await import('../../../src/background/welcome');

/** Storage and tabs as the welcome sees them, shared by every background started on them. */
function computer(stored: { openedAt?: number | null | undefined; vault?: boolean } = {}) {
  const state = { openedAt: 'openedAt' in stored ? stored.openedAt : null, vault: stored.vault ?? false, tabs: 0 };
  const deps = {
    openedAt: async () => state.openedAt,
    record: async (at: number) => void (state.openedAt = at),
    vaultExists: async () => state.vault,
    openOptions: async () => void state.tabs++,
  };
  return { state, start: () => welcomer(deps) };
}

describe('the first run opens the options page once', () => {
  it('opens one tab when the install event and the start both ask, in either order or at once', async () => {
    const pc = computer();
    const welcome = pc.start();
    await Promise.all([welcome(1), welcome(2)]);
    await welcome(3);
    expect(pc.state).toMatchObject({ tabs: 1, openedAt: 1 });
  });

  it('opens it on the start alone when the install event never came', async () => {
    const pc = computer();
    await pc.start()(5);
    expect(pc.state).toMatchObject({ tabs: 1, openedAt: 5 });
  });

  it('does not open it again in a later background', async () => {
    const pc = computer();
    await pc.start()(5);
    await pc.start()(6);
    await pc.start()(7);
    expect(pc.state).toMatchObject({ tabs: 1, openedAt: 5 });
  });

  it('only records it for a user updating with a vault', async () => {
    const pc = computer({ vault: true });
    await pc.start()(9);
    expect(pc.state).toMatchObject({ tabs: 0, openedAt: 9 });
  });

  it('opens nothing and records nothing when the record cannot be read', async () => {
    const pc = computer({ openedAt: undefined });
    await pc.start()(9);
    expect(pc.state).toMatchObject({ tabs: 0, openedAt: undefined });
  });
});
