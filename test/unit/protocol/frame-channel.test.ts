// The frame channel's two ends (inpage/content/frame-host.ts, inpage/ui/parent-link.ts) check every
// message with hand-written guards, so the content script carries no zod. Each guard must accept
// exactly what the declared union (frame-channel-schema.ts) accepts and return what it returns.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FieldRole, PageSignalKind } from '../../../src/detect/core/model';
import { FIELD_ROLES, SIGNAL_KINDS, isPointAt } from '../../../src/guide/core/recipes/point-at-guard';
import { PointAt } from '../../../src/guide/core/recipes/point-at-schema';
import { readFromFrame, readToFrame } from '../../../src/shared/protocol/frame-channel';
import { FromFrame, ToFrame } from '../../../src/shared/protocol/frame-channel-schema';
import { acceptedShare, expectAgree, maybe, nearly } from './guard-samples';

const num = fc.oneof(fc.integer({ min: -5000, max: 5000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
const selector = fc.oneof(fc.constantFrom('#reset', 'form button[type=submit]', '<a>', 'a >', ' <b', ''), fc.string());
// Tags a lookup table answers through its prototype, unless the guard asks for its own keys only.
const inherited = fc.constantFrom('toString', 'constructor', '__proto__', 'hasOwnProperty');
const texts = fc.array(fc.oneof(fc.string({ minLength: 1 }), fc.constant('')), { maxLength: 3 });

const pointAt = fc.oneof(
  nearly({ by: fc.constant('role'), role: fc.constantFrom(...FieldRole.options, 'password') }),
  nearly({ by: fc.constant('text'), element: fc.constantFrom('link', 'button', 'any', 'input'), texts }),
  nearly({ by: fc.constant('signal'), signal: fc.constantFrom(...PageSignalKind.options, 'banner') }),
  nearly({ by: fc.constantFrom('css', 'xpath'), selector }),
  nearly({ by: inherited }),
);
const box = { x: num, y: num, w: num, h: num };

const fromFrame = fc.oneof(
  nearly({ t: fc.constant('size'), height: num }),
  nearly({ t: fc.constant('check'), id: num, sinceMs: num }),
  nearly({ t: fc.constantFrom('close', 'open') }),
  nearly({ t: fc.constant('point'), at: fc.array(pointAt, { maxLength: 3 }) }),
  nearly({ t: fc.constant('place'), ...box }),
  nearly({ t: inherited }),
);
const toFrame = fc.oneof(
  nearly({ t: fc.constant('verdict'), id: num, ok: fc.boolean() }),
  nearly({ t: fc.constantFrom('view', 'verdicts'), vw: num, vh: num, target: fc.oneof(fc.constant(null), nearly(box)) }),
  nearly({ t: inherited }),
);

describe('frame channel guards', () => {
  it('restate the enums of the pointer schema in full', () => {
    expect([...FIELD_ROLES].sort()).toEqual([...FieldRole.options].sort());
    expect([...SIGNAL_KINDS].sort()).toEqual([...PageSignalKind.options].sort());
  });

  it('sample both sides of each schema', () => {
    for (const [schema, samples] of [[PointAt, pointAt], [FromFrame, fromFrame], [ToFrame, toFrame]] as const) {
      const share = acceptedShare(schema, samples);
      expect(share).toBeGreaterThan(0.15);
      expect(share).toBeLessThan(0.85);
    }
  });

  it('check a pointer target as its schema does (a strict union: no extra keys, no markup for a selector)', () => {
    expectAgree(isPointAt, PointAt, pointAt);
    expect(isPointAt({ by: 'css', selector: '<img src=x>' })).toBeUndefined();
    expect(isPointAt({ by: 'text', element: 'link', texts: [] })).toBeUndefined();
    expect(isPointAt({ by: 'role', role: 'email' })).toEqual({ by: 'role', role: 'email' });
  });

  it('check what the frame sends its host as the declared union does', () => {
    expectAgree(readFromFrame, FromFrame, fromFrame);
    expect(readFromFrame({ t: 'point', at: [{ by: 'css', selector: 'a' }, { by: 'css', selector: '<script>' }] })).toBeUndefined();
    expect(readFromFrame({ t: 'size', height: '100' })).toBeUndefined();
  });

  it('check what the host sends its frame as the declared union does', () => {
    expectAgree(readToFrame, ToFrame, toFrame);
    expect(readToFrame({ t: 'verdict', id: 1, ok: 'true' })).toBeUndefined();
    expect(readToFrame({ t: 'view', vw: 800, vh: 600, target: null, more: 1 })).toEqual({ t: 'view', vw: 800, vh: 600, target: null });
  });

  it('take no key from a sample beyond the declared ones', () => {
    fc.assert(fc.property(maybe(fc.constant(1)), (extra) => {
      expect(readFromFrame({ t: 'close', extra })).toEqual({ t: 'close' });
    }));
  });
});
