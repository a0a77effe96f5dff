// @vitest-environment happy-dom
// watchPage reports once, again when an SPA renders a form, never after abort.
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { attributeVisibility } from './attribute-visibility';
import { watchPage } from '../../../src/detect/content/watch';
import type { PageReport } from '../../../src/detect/core/model';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('watchPage', () => {
  it('reports the initial page, then a form rendered later, then stops on abort', async () => {
    const window = new Window({ url: 'https://shop.test/' });
    const doc = window.document as unknown as Document;
    doc.body.innerHTML = '<div id="app"><p>Loading</p></div>';
    const reports: PageReport[] = [];
    const ctl = new AbortController();
    watchPage(doc, ctl.signal, (r) => reports.push(r), { debounceMs: 20, maxWaitMs: 100, visibility: attributeVisibility });
    expect(reports.map((r) => r.pageClass)).toEqual(['none']);

    doc.getElementById('app')!.innerHTML = '<h2>Sign in</h2><input type="email"><input type="password"><button>Sign in</button>';
    await wait(80);
    expect(reports.map((r) => r.pageClass)).toEqual(['none', 'login']);

    // An unrelated change does not produce a new report.
    doc.body.append(doc.createElement('p'));
    await wait(80);
    expect(reports).toHaveLength(2);

    ctl.abort();
    doc.getElementById('app')!.innerHTML = '<input type="password"><input type="password"><input type="password">';
    await wait(80);
    expect(reports).toHaveLength(2);
    await window.happyDOM.close();
  });
});
