// The content script checks what it receives with hand-written guards instead of zod (16 KB less
// in every page). Each guard must agree with the zod schema it stands for, on valid and invalid
// samples alike, and return what zod returns (the declared keys only).
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { TAB_COMMANDS } from '../../../src/shared/protocol/commands';
import { contentReplyGuards, isHello, isKept, isKeywordScript, isStored, readGuardedReply, tabCommandGuards } from '../../../src/shared/protocol/content-guards';
import type { Guard } from '../../../src/shared/protocol/guard';
import { protocol } from '../../../src/shared/protocol/messages';
import { Hello, Kept, Stored } from '../../../src/shared/protocol/shapes';
import { ERROR_CODES } from '../../../src/shared/protocol/reply-codes';
import { readReply } from '../../../src/shared/protocol/reply';
import { expectAgree, nearly } from './guard-samples';
import { KEYWORD_LIST_COUNT } from '../../../src/detect/core/keyword-lists';

const odd: unknown[] = [null, undefined, 0, 'x', [], [1], true, {}, { extra: 1 }];

function agree<T>(guard: Guard<T>, schema: z.ZodMiniType<T>, samples: unknown[]): void {
  for (const raw of samples) {
    const parsed = schema.safeParse(raw);
    expect(guard(raw), JSON.stringify(raw)).toEqual(parsed.success ? parsed.data : undefined);
  }
}

describe('content script guards', () => {
  it('cover exactly the messages a content script may send, each reply with its protocol schema', () => {
    const fromContent = Object.entries(protocol).filter(([, spec]) => (spec.from as readonly string[]).includes('content'));
    expect(Object.keys(contentReplyGuards).sort()).toEqual(fromContent.map(([type]) => type).sort());
    expect(protocol['content/hello'].response).toBe(Hello);
    expect(protocol['page/report'].response).toBe(Stored);
    expect(protocol['keep/submit'].response).toBe(Kept);
    expect(protocol['keep/observe'].response).toBe(Kept);
  });

  it('agree with the reply schemas', () => {
    agree(isHello, Hello, [...odd, { tabId: 3, frameId: 0, top: true }, { tabId: 3, frameId: 0, top: true, more: 'dropped' },
      { tabId: '3', frameId: 0, top: true }, { tabId: 3, frameId: 0 }, { tabId: Number.NaN, frameId: 0, top: false }, { tabId: Infinity, frameId: 0, top: false }, { tabId: 3, frameId: 0, top: 'yes' }]);
    agree(isStored, Stored, [...odd, { stored: true }, { stored: false, x: 1 }, { stored: 1 }, { stored: null }]);
    agree(isKept, Kept, [...odd, { kept: true }, { kept: 'true' }, { kept: false }]);
    const lists = (n: number, item: unknown = 'вход|войти') => ({ sources: Array.from({ length: n }, () => item) });
    const wrongItem = { sources: [...lists(KEYWORD_LIST_COUNT - 1).sources, 3] };
    agree(isKeywordScript, protocol['detect/keywords'].response, [...odd, lists(KEYWORD_LIST_COUNT), lists(KEYWORD_LIST_COUNT, ''), { ...lists(KEYWORD_LIST_COUNT), more: 1 },
      lists(KEYWORD_LIST_COUNT - 1), lists(KEYWORD_LIST_COUNT + 1), lists(0), wrongItem, lists(KEYWORD_LIST_COUNT, null), { sources: 'a|b' }, { sources: {} }]);
  });

  it('agree with the reply schemas on generated near misses', () => {
    expectAgree(isHello, Hello, nearly({ tabId: fc.integer(), frameId: fc.nat(), top: fc.boolean(), guided: fc.boolean() }));
    expectAgree(isStored, Stored, nearly({ stored: fc.boolean() }));
    expectAgree(isKept, Kept, nearly({ kept: fc.boolean() }));
    const count = fc.constantFrom(KEYWORD_LIST_COUNT - 1, KEYWORD_LIST_COUNT, KEYWORD_LIST_COUNT + 1);
    expectAgree(isKeywordScript, protocol['detect/keywords'].response, nearly({ sources: count.chain((n) => fc.array(fc.oneof(fc.string(), fc.constant(0)), { minLength: n, maxLength: n })) }));
  });

  it('agree with the schema of each tab command on generated near misses, for its own kind only', () => {
    const kinds = fc.constantFrom(...Object.keys(TAB_COMMANDS), 'toString', 'FILL');
    const samples = fc.oneof(nearly({ kind: kinds, username: fc.string(), password: fc.string(), pageUrl: fc.webUrl() }), nearly({ kind: kinds }));
    fc.assert(fc.property(samples, (raw) => {
      for (const [kind, guard] of Object.entries(tabCommandGuards)) {
        const parsed = (TAB_COMMANDS[kind as keyof typeof TAB_COMMANDS].request as z.ZodMiniType).safeParse(raw);
        const ofKind = parsed.success && (parsed.data as { kind: string }).kind === kind;
        expect(guard(raw), kind).toEqual(ofKind ? parsed.data : undefined);
      }
    }), { numRuns: 500 });
  });

  it('read generated reply envelopes as readReply does', () => {
    const error = nearly({ code: fc.constantFrom(...ERROR_CODES, 'nope'), message: fc.string() });
    const samples = fc.oneof(nearly({ ok: fc.constant(true), value: nearly({ stored: fc.boolean() }) }), nearly({ ok: fc.constant(false), error }));
    fc.assert(fc.property(samples, (raw) => {
      const guarded = readGuardedReply('page/report', raw, isStored);
      const zod = readReply('page/report', raw, Stored);
      expect(guarded.ok).toBe(zod.ok);
      expect(guarded.ok ? guarded.value : guarded.error.code).toEqual(zod.ok ? zod.value : zod.error.code);
      if (!guarded.ok && !zod.ok && guarded.error.code !== 'bad-reply') expect(guarded.error).toEqual(zod.error);
    }), { numRuns: 500 });
  });

  it('cover every tab command, each as strict as its schema and for its own kind only', () => {
    expect(Object.keys(tabCommandGuards).sort()).toEqual(Object.keys(TAB_COMMANDS).sort());
    const fill = { username: 'ann', password: 'pw', pageUrl: 'https://shop.test/' };
    const samples: unknown[] = [...odd, { ...fill, kind: 'steal' }, { kind: 'fill', username: 'ann', pageUrl: 'https://shop.test/' },
      { kind: 'fill', ...fill, password: 1 }, { kind: 'fill', ...fill, pageUrl: undefined }, { kind: 'keep-prompt', extra: true },
      ...Object.keys(TAB_COMMANDS).flatMap((kind) => [{ kind, ...fill }, { kind, ...fill, extra: true }, { kind }, { kind: kind.toUpperCase() }])];
    for (const [kind, guard] of Object.entries(tabCommandGuards)) {
      const schema = TAB_COMMANDS[kind as keyof typeof TAB_COMMANDS].request as z.ZodMiniType;
      for (const raw of samples) {
        const parsed = schema.safeParse(raw);
        const ofKind = parsed.success && (parsed.data as { kind: string }).kind === kind;
        expect(guard(raw), `${kind}: ${JSON.stringify(raw)}`).toEqual(ofKind ? parsed.data : undefined);
      }
    }
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
