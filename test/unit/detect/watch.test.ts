// @vitest-environment happy-dom
// watchPage reports once, again when an SPA renders a form, never after abort. A report that
// should come is waited for (vi.waitFor): under load the debounce fires late; a fixed wait stays
// only where nothing should come.
import { describe, expect, it, vi } from 'vitest';
import { Window } from 'happy-dom';
import { attributeVisibility } from './attribute-visibility';
import { watchPage } from '../../../src/detect/content/watch';
import type { PageReport } from '../../../src/detect/core/model';
import type { PageSnapshot } from '../../../src/detect/core/snapshot-types';
import { classifyPage } from '../../../src/detect/core/classify';

// What the background makes of each snapshot the watch hands on.
const classified = (reports: Omit<PageReport, 'ms'>[]) => (s: PageSnapshot) => void reports.push({ ...classifyPage(s), ...(s.texts ? { texts: s.texts } : {}) });

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('watchPage', () => {
  it('reports the initial page, then a form rendered later, then stops on abort', async () => {
    const window = new Window({ url: 'https://shop.test/' });
    const doc = window.document as unknown as Document;
    doc.body.innerHTML = '<div id="app"><p>Loading</p></div>';
    const reports: Omit<PageReport, 'ms'>[] = [];
    const ctl = new AbortController();
    watchPage(doc, ctl.signal, classified(reports), { debounceMs: 20, maxWaitMs: 100, visibility: attributeVisibility });
    // The first read waits for the page's next frame (after-paint.test.ts).
    expect(reports).toEqual([]);
    await vi.waitFor(() => expect(reports.map((r) => r.pageClass)).toEqual(['none']));

    doc.getElementById('app')!.innerHTML = '<h2>Sign in</h2><input type="email"><input type="password"><button>Sign in</button>';
    await vi.waitFor(() => expect(reports.map((r) => r.pageClass)).toEqual(['none', 'login']));

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

  it('reads and watches the page\'s texts only while a guide follows the tab', async () => {
    const window = new Window({ url: 'https://shop.test/' });
    const doc = window.document as unknown as Document;
    doc.body.innerHTML = '<nav><a href="/">Home</a></nav><main><h1>Set a new password</h1><form><input type="password" autocomplete="new-password"><input type="password" autocomplete="new-password"><button>Save</button></form></main><div id="toasts"></div>';
    const reports: Omit<PageReport, 'ms'>[] = [];
    const ctl = new AbortController();
    const guided = { on: false };
    const watch = watchPage(doc, ctl.signal, classified(reports), { debounceMs: 20, maxWaitMs: 100, texts: guided, visibility: attributeVisibility });
    await vi.waitFor(() => expect(reports).toHaveLength(1));
    expect(reports[0]?.texts).toBeUndefined();
    // Not guided: a toast appearing later is no news (pages outside a guided flow pay nothing).
    doc.getElementById('toasts')!.innerHTML = '<div class="toast">Saved</div>';
    await wait(80);
    expect(reports).toHaveLength(1);

    guided.on = true;
    watch.refresh();
    await vi.waitFor(() => expect(reports).toHaveLength(2));
    expect(reports[1]?.texts).toEqual(['Set a new password', 'Saved']);
    // The SPA answers the submit with a toast, and then changes its words in place.
    doc.getElementById('toasts')!.innerHTML = '<div class="toast"><span>Your password</span> has been updated.</div>';
    await vi.waitFor(() => expect(reports.at(-1)?.texts).toContain('Your password has been updated.'));
    const toast = doc.querySelector('.toast span')!.firstChild!;
    toast.nodeValue = 'Your new password';
    await vi.waitFor(() => expect(reports.at(-1)?.texts).toContain('Your new password has been updated.'));

    guided.on = false;
    watch.refresh();
    await vi.waitFor(() => expect(reports.at(-1)?.texts).toBeUndefined());
    const count = reports.length;
    doc.getElementById('toasts')!.innerHTML = '<div role="status">Something else</div>';
    await wait(80);
    expect(reports).toHaveLength(count);
    ctl.abort();
    await window.happyDOM.close();
  });
});
