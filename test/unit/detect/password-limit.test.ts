// The generator's cap comes from the password field the page's form actually has.
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { attributeVisibility } from './attribute-visibility';
import { detectPage } from '../../eval/detect-page';
import type { FormReport, PageReport } from '../../../src/detect/core/model';
import { passwordMaxLength } from '../../../src/detect/core/password-limit';

function report(pageClass: PageReport['pageClass'], forms: Partial<FormReport>[]): PageReport {
  return {
    url: 'https://shop.test/', pageClass, signals: [], ms: 0,
    forms: forms.map((f, i) => ({ key: `k${i}`, class: 'none', confidence: 1, reasons: [], fields: [], visible: true, host: 'document', ...f })),
  };
}

describe('passwordMaxLength', () => {
  it('reads maxlength from a real snapshot into the report', async () => {
    const window = new Window({ url: 'https://shop.test/register' });
    window.document.write(`<form><input type="email" autocomplete="username">
      <input type="password" autocomplete="new-password" maxlength="16"><input type="password" autocomplete="new-password" maxlength="16">
      <button>Create account</button></form>`);
    const detected = detectPage(window.document as unknown as Document, { visibility: attributeVisibility });
    expect(detected.forms[0]?.fields.find((f) => f.role === 'new-password')?.maxLength).toBe(16);
    expect(passwordMaxLength(detected)).toBe(16);
    await window.happyDOM.close();
  });

  it('prefers the new-password field of the form the page is about', () => {
    const page = report('change-password', [
      { class: 'login', fields: [{ index: 1, role: 'current-password', confidence: 1, maxLength: 30 }] },
      { class: 'change-password', fields: [
        { index: 0, role: 'current-password', confidence: 1, maxLength: 40 },
        { index: 1, role: 'new-password', confidence: 1, maxLength: 20 },
      ] },
    ]);
    expect(passwordMaxLength(page)).toBe(20);
  });

  it('falls back to a login field, ignores hidden forms, and says nothing without a limit', () => {
    expect(passwordMaxLength(report('login', [{ class: 'login', fields: [{ index: 1, role: 'current-password', confidence: 1, maxLength: 24 }] }]))).toBe(24);
    expect(passwordMaxLength(report('none', [{ class: 'signup', visible: false, fields: [{ index: 1, role: 'new-password', confidence: 1, maxLength: 8 }] }]))).toBeUndefined();
    expect(passwordMaxLength(report('signup', [{ class: 'signup', fields: [{ index: 1, role: 'new-password', confidence: 1 }] }]))).toBeUndefined();
    expect(passwordMaxLength(null)).toBeUndefined();
  });
});
