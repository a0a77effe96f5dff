// @vitest-environment happy-dom
// Random and mutated DOM trees (seeded, reproducible) must never make detection throw, must give
// a schema-valid report, and must stay within a time bound: the caps in limits.ts at work.
// Bounds are for happy-dom, which is one to two orders of magnitude slower than a browser at
// selectors and tree walks; the corpus evaluation measures real timing in Chromium.
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attributeVisibility } from './attribute-visibility';
import { detectPage } from '../../eval/detect-page';
import { PageReport } from '../../../src/detect/core/model';
import { DEFAULT_LIMITS } from '../../../src/detect/core/limits';
import { FIXTURES, fixtureFiles } from './load-fixture';

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

const TAGS = ['div', 'span', 'form', 'input', 'input', 'input', 'label', 'button', 'a', 'h2', 'section', 'select', 'textarea', 'fieldset', 'legend', 'p'];
const TYPES = ['text', 'password', 'email', 'tel', 'hidden', 'checkbox', 'submit', 'search', 'number', '', 'PASSWORD', 'weird'];
const WORDS = ['login', 'Пароль', 'contraseña', '密码', 'new password', 'confirm', 'otp', 'search', 'email', 'cvc', 'Sign up', 'forgot', '', 'x'.repeat(5000)];
const ATTRS = ['name', 'id', 'placeholder', 'autocomplete', 'aria-label', 'class', 'maxlength', 'hidden', 'style', 'for', 'href'];

function randomTree(doc: Document, rnd: () => number, maxNodes: number, maxDepth: number): void {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  let parent: Element = doc.body;
  let depth = 0;
  for (let i = 0; i < maxNodes; i++) {
    const el = doc.createElement(pick(TAGS));
    if (el.tagName === 'INPUT') el.setAttribute('type', pick(TYPES));
    for (let k = 0; k < 3; k++) if (rnd() < 0.5) el.setAttribute(pick(ATTRS), pick(WORDS));
    if (rnd() < 0.3) el.append(doc.createTextNode(pick(WORDS)));
    parent.append(el);
    if (rnd() < 0.55 && depth < maxDepth && el.tagName !== 'INPUT') { parent = el; depth++; }
    else if (rnd() < 0.2 && parent.parentElement && parent !== doc.body) { parent = parent.parentElement; depth--; }
  }
}

function mutate(doc: Document, rnd: () => number): void {
  const all = Array.from(doc.body.querySelectorAll('*'));
  for (const el of all) {
    const r = rnd();
    if (r < 0.1) el.remove();
    else if (r < 0.2 && el.tagName === 'INPUT') el.setAttribute('type', TYPES[Math.floor(rnd() * TYPES.length)]!);
    else if (r < 0.25) el.setAttribute('hidden', '');
    else if (r < 0.3 && all.length) all[Math.floor(rnd() * all.length)]!.append(el.cloneNode(true));
  }
}

// Bounded by the caps, not by a clock (timings belong to `npm run bench`): however large the
// page, the report holds no more forms and fields than limits.ts allows.
function check(doc: Document): void {
  const report = detectPage(doc, { visibility: attributeVisibility });
  expect(PageReport.safeParse(report).success).toBe(true);
  expect(report.forms.length).toBeLessThanOrEqual(DEFAULT_LIMITS.maxForms);
  for (const form of report.forms) expect(form.fields.length).toBeLessThanOrEqual(DEFAULT_LIMITS.maxFieldsPerForm);
}

describe('detector fuzz', () => {
  const window = new Window({ url: 'https://fuzz.test/' });
  const doc = window.document as unknown as Document;

  it('survives 300 random trees', { timeout: 60_000 }, () => {
    const rnd = prng(1234);
    for (let c = 0; c < 300; c++) {
      doc.body.innerHTML = '';
      randomTree(doc, rnd, 10 + Math.floor(rnd() * 60), 5 + Math.floor(rnd() * 40));
      check(doc);
    }
  });

  it('survives mutated fixture pages', { timeout: 60_000 }, () => {
    const rnd = prng(99);
    for (const file of fixtureFiles()) for (let k = 0; k < 8; k++) {
      doc.body.innerHTML = readFileSync(join(FIXTURES, file), 'utf8');
      mutate(doc, rnd);
      check(doc);
    }
  });

  it('stays bounded with thousands of inputs and deep nesting', { timeout: 60_000 }, () => {
    const rnd = prng(7);
    doc.body.innerHTML = '';
    randomTree(doc, rnd, 1500, 300);
    check(doc);
    doc.body.innerHTML = `<form>${'<input type="password">'.repeat(2000)}</form>${'<div>'.repeat(500)}<input>${'</div>'.repeat(500)}`;
    check(doc);
  });
});
