// @vitest-environment happy-dom
// The fixture corpus (test/fixtures/detect-corpus: Keycloak's pages and stores' pages in twelve
// languages) as a regression test: every page gets its labelled class and every labelled field its
// role. `npm run eval:detect -- test/fixtures/detect-corpus` scores the same pages in Chromium.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../eval/detect-page';
import { locateFields } from '../../eval/locate-fields';

interface Entry { file: string; label: string; language: string; forms: { field_roles?: Record<string, string[]> }[] }

const DIR = join(__dirname, '../../fixtures/detect-corpus');
const entries = JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8')) as Entry[];

async function detect(file: string, labels: { selector: string; roles: string[] }[]) {
  const window = new Window({ url: `https://shop.test/${file}` });
  // happy-dom lays nothing out, so it has no hit test: nothing is found at any point, as the
  // visibility check's facts expect of a point it could not test.
  window.document.write(readFileSync(join(DIR, file), 'utf8'));
  const doc = window.document as unknown as Document;
  // happy-dom lays nothing out: every element rendered gets one ordinary box, and the hit test
  // finds nothing (a point it could not test), so the visibility check decides on styles alone.
  Object.assign(doc, { elementsFromPoint: () => [] });
  const rendered = { left: 10, top: 10, right: 210, bottom: 40, width: 200, height: 30, x: 10, y: 10 };
  const none = { left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0, x: 0, y: 0 };
  Object.defineProperty(window.HTMLElement.prototype, 'getBoundingClientRect', {
    configurable: true,
    value(this: HTMLElement) {
      return this.checkVisibility() ? rendered : none;
    },
  });
  const report = detectPage(doc);
  const fields = locateFields(doc, report, labels);
  await window.happyDOM.close();
  return { report, fields };
}

describe('fixture corpus', () => {
  it.each(entries.map((e) => [e.file, e] as const))('%s', async (_file, e) => {
    const labels = e.forms.flatMap((f) => Object.entries(f.field_roles ?? {}).map(([selector, roles]) => ({ selector, roles })));
    const { report, fields } = await detect(e.file, labels);
    const why = report.forms.map((f) => `${f.class}: ${f.reasons.join('; ')}`).join(' | ');
    expect(report.pageClass, why).toBe(e.label);
    for (const f of fields) expect(f.roles, `${f.selector} ${why}`).toContain(f.predicted);
    expect(fields.length).toBeGreaterThanOrEqual(labels.length);
  });

  it('has every class in every language, and the thin classes at least 30 times', () => {
    const languages = new Set(entries.map((e) => e.language));
    const classes = new Set(entries.map((e) => e.label));
    for (const lang of languages) for (const cls of classes) expect(entries.some((e) => e.language === lang && e.label === cls), `${lang} ${cls}`).toBe(true);
    expect(entries.filter((e) => e.label === 'verification-code').length).toBeGreaterThanOrEqual(30);
    expect(entries.filter((e) => e.label === 'set-new-password').length).toBeGreaterThanOrEqual(30);
  });
});
