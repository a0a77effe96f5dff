// The content script checks what it receives with hand-written guards instead of zod (16 KB less
// in every page). Each guard must agree with the zod schema it stands for, on valid and invalid
// samples alike, and return what zod returns (the declared keys only).
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { TAB_COMMANDS } from '../../../src/shared/protocol/commands';
import { contentReplyGuards, isClassified, isHello, isKept, isSubmitReply, readGuardedReply, tabCommandGuards } from '../../../src/shared/protocol/content-guards';
import type { Guard } from '../../../src/shared/protocol/guard';
import { protocol } from '../../../src/shared/protocol/messages';
import { Hello, Kept } from '../../../src/shared/protocol/shapes';
import { Classified } from '../../../src/detect/core/model';
import { SubmitReply } from '../../../src/keep/core/submit-request';
import { FIELD_ROLES, FORM_CLASSES, FORM_HOSTS, SIGNAL_KINDS } from '../../../src/detect/core/vocabulary';
import { classifyPage } from '../../../src/detect/core/classify';
import type { PageSnapshot } from '../../../src/detect/core/snapshot-types';
import { ERROR_CODES } from '../../../src/shared/protocol/reply-codes';
import { readReply } from '../../../src/shared/protocol/reply';
import { expectAgree, nearly } from './guard-samples';

const someDouble = fc.oneof(fc.double(), fc.integer());
const sometimes = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const fieldReport = nearly({ index: fc.nat(), role: fc.constantFrom(...FIELD_ROLES, 'password'), confidence: someDouble, maxLength: sometimes(fc.nat()) });
const formReport = nearly({
  key: fc.string(), class: fc.constantFrom(...FORM_CLASSES, 'logout'), confidence: someDouble, reasons: fc.array(fc.oneof(fc.string(), fc.constant(1)), { maxLength: 3 }),
  fields: fc.array(fieldReport, { maxLength: 3 }), visible: fc.boolean(), host: fc.constantFrom(...FORM_HOSTS, 'frame'),
});
const pageReport = nearly({
  url: fc.webUrl(), pageClass: fc.constantFrom(...FORM_CLASSES, 'x'), forms: fc.array(formReport, { maxLength: 3 }),
  signals: fc.array(nearly({ kind: fc.constantFrom(...SIGNAL_KINDS, 'link'), text: fc.string() }), { maxLength: 2 }),
  title: sometimes(fc.string()), headings: sometimes(fc.array(fc.string(), { maxLength: 2 })), texts: sometimes(fc.array(fc.string(), { maxLength: 2 })), ms: someDouble,
});
const classified = nearly({ seq: fc.nat(), stored: fc.boolean(), report: fc.oneof(fc.constant(null), pageReport) });

// A real classification: what the background sends for a page with a login form.
const LOGIN: PageSnapshot = {
  url: 'https://shop.test/login', title: 'Sign in', headings: ['Sign in'], links: [], messages: [], captchaHints: [],
  forms: [{
    key: 'document:0:form:login', host: 'document', isFormElement: true, visible: true, area: 40_000, order: 0, top: 10, id: 'login', name: '', className: '', action: '/login',
    fields: ['email', 'password'].map((type) => ({ tag: 'input', type, name: type, id: type, autocomplete: [], placeholder: '', ariaLabel: '', label: '', className: '', maxLength: type === 'password' ? 20 : -1, minLength: -1, inputMode: '', pattern: '', valueLength: 0, visible: true, readOnly: false, disabled: false })),
    buttons: ['Sign in'], headings: [], links: [{ text: 'Forgot password?', href: '/forgot' }], text: 'Sign in', truncated: false,
  }],
};
const REAL = { seq: 3, stored: true, report: { ...classifyPage(LOGIN), texts: ['Welcome back'], ms: 2.5 } };

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
    expect(protocol['page/report'].response).toBe(Classified);
    expect(protocol['keep/submit'].response).toBe(SubmitReply);
    expect(protocol['keep/observe'].response).toBe(Kept);
  });

  it('agree with the reply schemas', () => {
    agree(isHello, Hello, [...odd, { tabId: 3, frameId: 0, top: true }, { tabId: 3, frameId: 0, top: true, more: 'dropped' },
      { tabId: '3', frameId: 0, top: true }, { tabId: 3, frameId: 0 }, { tabId: Number.NaN, frameId: 0, top: false }, { tabId: Infinity, frameId: 0, top: false }, { tabId: 3, frameId: 0, top: 'yes' }]);
    agree(isKept, Kept, [...odd, { kept: true }, { kept: 'true' }, { kept: false }]);
    const submitted = { kept: true, form: { key: 'document:0:form:f', fields: [{ index: 0, role: 'email' }, { index: 1, role: 'current-password' }] } };
    agree(isSubmitReply, SubmitReply, [...odd, submitted, { kept: false, form: null }, { kept: false }, { ...submitted, more: 1 },
      { ...submitted, form: { ...submitted.form, key: 3 } }, { ...submitted, form: { key: 'k', fields: [{ index: '0', role: 'email' }] } },
      { ...submitted, form: { key: 'k', fields: [{ index: 0, role: 'password' }] } }, { ...submitted, form: { key: 'k', fields: {} } }]);
    expect(REAL.report.forms[0]?.class).toBe('login');
    const form = REAL.report.forms[0]!;
    agree(isClassified, Classified, [...odd, REAL, { ...REAL, report: null }, { ...REAL, more: 1 }, { ...REAL, seq: '3' }, { ...REAL, stored: undefined },
      { ...REAL, report: { ...REAL.report, title: undefined, headings: undefined, texts: undefined } }, { ...REAL, report: { ...REAL.report, texts: [1] } },
      { ...REAL, report: { ...REAL.report, pageClass: 'logout' } }, { ...REAL, report: { ...REAL.report, forms: [{ ...form, host: 'frame' }] } },
      { ...REAL, report: { ...REAL.report, forms: [{ ...form, fields: [{ ...form.fields[0], maxLength: '8' }] }] } },
      { ...REAL, report: { ...REAL.report, forms: [{ ...form, fields: [{ ...form.fields[0], role: 'password' }] }] } },
      { ...REAL, report: { ...REAL.report, signals: [{ kind: 'captcha' }] } }, { ...REAL, report: { ...REAL.report, ms: Number.NaN } }]);
  });

  it('agree with the reply schemas on generated near misses', () => {
    expectAgree(isHello, Hello, nearly({ tabId: fc.integer(), frameId: fc.nat(), top: fc.boolean(), guided: fc.boolean() }));
    expectAgree(isKept, Kept, nearly({ kept: fc.boolean() }));
    const field = nearly({ index: fc.integer(), role: fc.constantFrom(...FIELD_ROLES, 'password') });
    expectAgree(isSubmitReply, SubmitReply, nearly({ kept: fc.boolean(), form: fc.option(nearly({ key: fc.string(), fields: fc.array(field, { maxLength: 3 }) })) }));
    expectAgree(isClassified, Classified, classified, 1000);
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
    const samples = fc.oneof(nearly({ ok: fc.constant(true), value: classified }), nearly({ ok: fc.constant(false), error }));
    fc.assert(fc.property(samples, (raw) => {
      const guarded = readGuardedReply('page/report', raw, isClassified);
      const zod = readReply('page/report', raw, Classified);
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
    const samples: unknown[] = [...odd, { ok: true, value: REAL }, { ok: true, value: { stored: 'no' } }, { ok: true },
      { ok: false, error: { code: 'locked', message: 'Locked' } }, { ok: false, error: { code: 'nope', message: 'x' } },
      { ok: false, error: { code: 'internal' } }, { ok: 'true', value: REAL }];
    for (const raw of samples) {
      const guarded = readGuardedReply('page/report', raw, isClassified);
      const zod = readReply('page/report', raw, Classified);
      expect(guarded.ok, JSON.stringify(raw)).toBe(zod.ok);
      if (guarded.ok && zod.ok) expect(guarded.value).toEqual(zod.value);
      if (!guarded.ok && !zod.ok) expect(guarded.error.code).toBe(zod.error.code);
    }
  });
});
