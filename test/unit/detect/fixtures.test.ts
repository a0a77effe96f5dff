// @vitest-environment happy-dom
// Every fixture page declares its expected class in <meta name="expected-class">; the detector
// (snapshot + pure classifier) must agree. Failure messages carry the classifier's reasons.
import { describe, expect, it } from 'vitest';
import { attributeVisibility } from './attribute-visibility';
import { detectPage } from '../../eval/detect-page';
import { PageReport } from '../../../src/detect/core/model';
import { fixtureFiles, loadFixture } from './load-fixture';

describe('fixture pages', () => {
  it.each(fixtureFiles())('%s has its expected class', async (file) => {
    const { doc, expected, close } = await loadFixture(file);
    try {
      const report = detectPage(doc, { visibility: attributeVisibility });
      const why = report.forms.map((f) => `${f.class}${f.visible ? '' : ' (hidden)'}: ${f.reasons.join('; ')}`).join(' | ');
      expect(PageReport.safeParse(report).success).toBe(true);
      expect(report.pageClass, why).toBe(expected);
    } finally {
      await close();
    }
  });

  it('reports where forms live and the signals around them', async () => {
    const shadow = await loadFixture('shadow-login.html');
    expect(detectPage(shadow.doc, { visibility: attributeVisibility }).forms.map((f) => f.host)).toContain('shadow-root');
    await shadow.close();
    const frame = await loadFixture('iframe-login.html');
    expect(detectPage(frame.doc, { visibility: attributeVisibility }).forms.map((f) => f.host)).toContain('same-origin-frame');
    await frame.close();
    const ali = await loadFixture('aliexpress-like-forgot.html');
    expect(detectPage(ali.doc, { visibility: attributeVisibility }).signals.map((s) => s.kind)).toContain('captcha');
    await ali.close();
    const login = await loadFixture('login.html');
    expect(detectPage(login.doc, { visibility: attributeVisibility }).signals.map((s) => s.kind)).toContain('forgot-password-link');
    await login.close();
  });
});
