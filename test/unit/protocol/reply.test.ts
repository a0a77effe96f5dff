// Reading the background's answer (shared by our pages and the content script): an envelope that
// says ok with a value the message's schema accepts, or not ok with a readable error; anything
// else is a bad reply, never a throw and never a value taken on trust.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { readReply } from '../../../src/shared/protocol/reply';

const Value = z.object({ stored: z.boolean() });

describe('readReply', () => {
  it('takes a value its schema accepts, and an error as the background said it', () => {
    expect(readReply('page/report', { ok: true, value: { stored: true } }, Value)).toEqual({ ok: true, value: { stored: true } });
    expect(readReply('page/report', { ok: false, error: { code: 'locked', message: 'unlock first' } }, Value)).toEqual({ ok: false, error: { code: 'locked', message: 'unlock first' } });
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'ok'],
    ['ok not a boolean', { ok: 'yes', value: { stored: true } }],
    ['a failure without its error', { ok: false }],
    ['a failure with an unknown code', { ok: false, error: { code: 'teapot', message: 'x' } }],
    ['a value its schema refuses', { ok: true, value: { stored: 'yes' } }],
  ])('calls %s a bad reply', (_name, raw) => {
    expect(readReply('page/report', raw, Value)).toMatchObject({ ok: false, error: { code: 'bad-reply' } });
  });
});
