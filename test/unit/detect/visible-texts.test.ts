// @vitest-environment happy-dom
// The texts a guided page shows a person: status messages first, then headings and blocks of text
// in reading order; never links, buttons, menus, footers or hidden text, and within a budget.
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { snapshotPage } from '../../../src/detect/content/snapshot';
import { attributeVisibility } from './attribute-visibility';

function page(body: string): { doc: Document; close: () => Promise<void> } {
  const window = new Window({ url: 'https://shop.test/' });
  window.document.body.innerHTML = body;
  return { doc: window.document as unknown as Document, close: () => window.happyDOM.close() };
}

describe('visible texts', () => {
  it('reads what a person reads, status messages first', async () => {
    const { doc, close } = page(`
      <header><nav><a href="/">Home</a> <a href="/account">Change password</a></nav></header>
      <main>
        <h1>All set</h1>
        <p>Your password has been <b>updated</b> successfully.</p>
        <div class="card"><div>You can now <a href="/login">sign in</a> again.</div></div>
        <button>Change password</button>
        <p hidden>Password changed (hidden copy)</p>
        <div aria-hidden="true">Screen-reader-hidden text</div>
      </main>
      <footer><p>© Shop. All rights reserved.</p></footer>
      <div role="status">Password changed</div>`);
    expect(snapshotPage(doc, { texts: true, visibility: attributeVisibility }).texts).toEqual([
      'Password changed', 'All set', 'Your password has been updated successfully.', 'You can now sign in again.',
    ]);
    expect(snapshotPage(doc, { visibility: attributeVisibility }).texts).toBeUndefined();
    await close();
  });

  it('stops at its budget on a page of endless text', async () => {
    const { doc, close } = page(Array.from({ length: 500 }, (_, i) => `<p>Paragraph number ${i} of a very long page</p>`).join(''));
    const texts = snapshotPage(doc, { texts: true, visibility: attributeVisibility }).texts ?? [];
    expect(texts.length).toBeLessThanOrEqual(30);
    expect(texts[0]).toBe('Paragraph number 0 of a very long page');
    await close();
  });
});
