// A row's first action: Fill only where it can work (a visible login form in the tab's top
// document, an entry for that site), Copy password everywhere else.
import { describe, expect, it } from 'vitest';
import type { FormReport, PageReport } from '../../../src/detect/core/model';
import { hasLoginForm, primaryActionFor } from '../../../src/pages/popup/primary-action';

const form = (over: Partial<FormReport>): FormReport => ({ key: 'f', class: 'login', confidence: 1, reasons: [], fields: [], visible: true, host: 'document', ...over });
const page = (forms: FormReport[]): PageReport => ({ url: 'https://shop.test/', pageClass: forms[0]?.class ?? 'none', forms, signals: [], ms: 1 });

describe('primary action', () => {
  it('sees a login form only when it is visible and in the top document or its shadow roots', () => {
    expect(hasLoginForm(page([form({})]))).toBe(true);
    expect(hasLoginForm(page([form({ host: 'shadow-root' })]))).toBe(true);
    expect(hasLoginForm(page([form({ visible: false })]))).toBe(false);
    expect(hasLoginForm(page([form({ host: 'same-origin-frame' })]))).toBe(false);
    expect(hasLoginForm(page([form({ class: 'signup' })]))).toBe(false);
    expect(hasLoginForm(page([form({ class: 'signup' }), form({ key: 'g' })]))).toBe(true);
    expect(hasLoginForm(null)).toBe(false);
  });

  it('fills only an entry of the tab\'s site on a login form', () => {
    expect(primaryActionFor(true, true)).toBe('fill');
    expect(primaryActionFor(true, false)).toBe('copy-password');
    expect(primaryActionFor(false, true)).toBe('copy-password');
    expect(primaryActionFor(false, false)).toBe('copy-password');
  });
});
