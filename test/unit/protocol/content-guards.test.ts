// The content script checks what it receives with hand-written guards instead of zod (16 KB less
// in every page). Each guard must agree with the zod schema it stands for, on valid and invalid
// samples alike, and return what zod returns (the declared keys only).
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { FillCommand } from '../../../src/shared/protocol/commands';
import { contentReplies, Hello, Kept, Stored } from '../../../src/shared/protocol/content-api';
import { contentReplyGuards, isFillCommand, isHello, isKept, isStored, readGuardedReply, type Guard } from '../../../src/shared/protocol/content-guards';
import { readReply } from '../../../src/shared/protocol/reply';

const odd: unknown[] = [null, undefined, 0, 'x', [], [1], true, {}, { extra: 1 }];

function agree<T>(guard: Guard<T>, schema: z.ZodMiniType<T>, samples: unknown[]): void {
  for (const raw of samples) {
    const parsed = schema.safeParse(raw);
    expect(guard(raw), JSON.stringify(raw)).toEqual(parsed.success ? parsed.data : undefined);
  }
}

describe('content script guards', () => {
  it('cover exactly the messages a content script may send', () => {
    expect(Object.keys(contentReplyGuards).sort()).toEqual(Object.keys(contentReplies).sort());
  });

  it('agree with the reply schemas', () => {
    agree(isHello, Hello, [...odd, { tabId: 3, frameId: 0, top: true }, { tabId: 3, frameId: 0, top: true, more: 'dropped' },
      { tabId: '3', frameId: 0, top: true }, { tabId: 3, frameId: 0 }, { tabId: Number.NaN, frameId: 0, top: false }, { tabId: Infinity, frameId: 0, top: false }, { tabId: 3, frameId: 0, top: 'yes' }]);
    agree(isStored, Stored, [...odd, { stored: true }, { stored: false, x: 1 }, { stored: 1 }, { stored: null }]);
    agree(isKept, Kept, [...odd, { kept: true }, { kept: 'true' }, { kept: false }]);
  });

  it('agree with the fill command schema', () => {
    const good = { kind: 'fill', username: 'ann', password: 'pw', pageUrl: 'https://shop.test/' };
    agree(isFillCommand, FillCommand, [...odd, good, { ...good, kind: 'fill-generated' }, { ...good, extra: true }, { ...good, kind: 'steal' },
      { ...good, password: 1 }, { kind: 'fill', username: 'ann', pageUrl: 'https://shop.test/' }, { ...good, pageUrl: undefined }]);
  });

  it('read reply envelopes as readReply does', () => {
    const samples: unknown[] = [...odd, { ok: true, value: { stored: true } }, { ok: true, value: { stored: 'no' } }, { ok: true },
      { ok: false, error: { code: 'locked', message: 'Locked' } }, { ok: false, error: { code: 'nope', message: 'x' } },
      { ok: false, error: { code: 'internal' } }, { ok: 'true', value: { stored: true } }];
    for (const raw of samples) {
      const guarded = readGuardedReply('page/report', raw, isStored);
      const zod = readReply('page/report', raw, Stored);
      expect(guarded.ok, JSON.stringify(raw)).toBe(zod.ok);
      if (guarded.ok && zod.ok) expect(guarded.value).toEqual(zod.value);
      if (!guarded.ok && !zod.ok) expect(guarded.error.code).toBe(zod.error.code);
    }
  });
});
