import { describe, expect, it } from 'vitest';
import { classifySender, webAccessiblePaths, type OwnExtension, type SenderFacts } from '../../../src/shared/protocol/sender';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const OWN: OwnExtension = { id: ID, origin: ORIGIN, webAccessible: ['src/keep/ui/prompt/index.html', 'src/guide/ui/index.html', 'assets/*.png'] };
const facts = (over: Partial<SenderFacts>): SenderFacts => ({ id: ID, url: undefined, origin: undefined, tabId: undefined, frameId: undefined, ...over });

describe('classifySender', () => {
  it.each([
    ['popup (no tab)', facts({ url: `${ORIGIN}/src/pages/popup/index.html` }), 'extension'],
    ['options page in its own tab', facts({ url: `${ORIGIN}/src/pages/options/index.html`, tabId: 4, frameId: 0 }), 'extension'],
    ['the guide window (not web-accessible) for another tab', facts({ url: `${ORIGIN}/src/guide/ui/window.html?tab=9`, tabId: 4, frameId: 0 }), 'extension'],
    ['in-page prompt frame', facts({ url: `${ORIGIN}/src/keep/ui/prompt/index.html#nonce`, tabId: 4, frameId: 7 }), 'embedded'],
    ['in-page guide frame', facts({ url: `${ORIGIN}/src/guide/ui/index.html#nonce`, tabId: 4, frameId: 3 }), 'embedded'],
    ['content script', facts({ url: 'https://shop.test/login', tabId: 4, frameId: 0 }), 'content'],
    ['content script on http', facts({ url: 'http://shop.test:8080/', tabId: 4, frameId: 2 }), 'content'],
    ['content script whose browser-reported origin is its URL\'s', facts({ url: 'https://shop.test/login', origin: 'https://shop.test', tabId: 4, frameId: 0 }), 'content'],
  ])('%s is %s', (_name, input, kind) => {
    expect(classifySender(input, OWN)?.kind).toBe(kind);
  });

  it('keeps a content script\'s document id, and gives none to our own pages', () => {
    expect(classifySender(facts({ url: 'https://shop.test/login', tabId: 4, frameId: 0, documentId: 'D1' }), OWN)).toMatchObject({ kind: 'content', documentId: 'D1' });
    expect(classifySender(facts({ url: `${ORIGIN}/src/keep/ui/prompt/index.html#nonce`, tabId: 4, frameId: 7, documentId: 'D2' }), OWN)).not.toHaveProperty('documentId');
  });

  it.each([
    ['another extension', facts({ id: 'otherextension', url: `${ORIGIN}/x.html` })],
    ['no url', facts({ tabId: 1 })],
    ['a web url without a tab', facts({ url: 'https://shop.test/' })],
    ['a file: page', facts({ url: 'file:///etc/passwd', tabId: 1 })],
    ['a malformed url', facts({ url: 'not a url', tabId: 1 })],
    // A website may load these itself, top-level, with any query: never the popup's trust.
    ['the guide page loaded top-level with another tab in its query', facts({ url: `${ORIGIN}/src/guide/ui/index.html?tab=9`, tabId: 4, frameId: 0 })],
    ['the prompt page loaded top-level', facts({ url: `${ORIGIN}/src/keep/ui/prompt/index.html`, tabId: 4, frameId: 0 })],
    ['a web-accessible page with no tab', facts({ url: `${ORIGIN}/src/guide/ui/index.html` })],
    ['a web-accessible resource matched by a glob', facts({ url: `${ORIGIN}/assets/icon.png`, tabId: 4, frameId: 0 })],
    // A document served with CSP sandbox: its URL names the site, its own origin is opaque.
    ['a sandboxed document (opaque origin)', facts({ url: 'https://bank.test/login', origin: 'null', tabId: 1, frameId: 0 })],
    ['a document whose origin is another site\'s', facts({ url: 'https://bank.test/login', origin: 'https://evil.test', tabId: 1, frameId: 0 })],
  ])('refuses %s', (_name, input) => {
    expect(classifySender(input, OWN)).toBeNull();
  });

  it('takes the origin from the sender url, not from anything the page says', () => {
    expect(classifySender(facts({ url: 'https://login.shop.test/a?b', tabId: 1, frameId: 0 }), OWN)?.origin).toBe('https://login.shop.test');
  });
});

describe('webAccessiblePaths', () => {
  it('flattens MV3 entries and MV2 strings, and ignores anything else', () => {
    const manifest = { web_accessible_resources: [{ resources: ['a.html', 7, 'b/*'], matches: ['<all_urls>'] }, 'c.html', null, { resources: 'd.html' }] };
    expect(webAccessiblePaths(manifest)).toEqual(['a.html', 'b/*', 'c.html']);
    expect(webAccessiblePaths({})).toEqual([]);
  });
});
