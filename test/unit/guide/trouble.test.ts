// "Trouble signing in?" after a refused login: noted per tab, shown once on the page the login
// failed on, never for a site whose guide is already walking the user through, gone after a minute.
import { describe, expect, it } from 'vitest';
import { setStatus, startGuide } from '../../../src/guide/core/follow';
import { EMPTY_GUIDES, TROUBLE_TTL_MS } from '../../../src/guide/core/state';
import { noteTrouble, takeTrouble } from '../../../src/guide/core/trouble';

const T0 = 1_700_000_000_000;
const URL = 'https://signin.ebay.com/signin';

describe('trouble after a failed login', () => {
  it('is taken once, by the tab it happened in, on a page of the same site', () => {
    const noted = noteTrouble(EMPTY_GUIDES, { tabId: 3, url: `${URL}?userid=ann&pass=typed`, at: T0 });
    if (!noted) throw new Error('not noted');
    // What a GET form put in the address is not kept.
    expect(JSON.stringify(noted)).not.toContain('typed');
    expect(takeTrouble(noted, 4, URL, T0 + 10).trouble).toBeNull();
    expect(takeTrouble(noted, 3, 'https://shop.example.com/', T0 + 10).trouble).toBeNull();
    // The next page of the same site (the user moved on) is not the page the login failed on.
    expect(takeTrouble(noted, 3, 'https://www.ebay.com/', T0 + 10).trouble).toBeNull();
    const taken = takeTrouble(noted, 3, URL, T0 + 10);
    expect(taken.trouble).toMatchObject({ tabId: 3, url: URL });
    expect(takeTrouble(taken.store, 3, URL, T0 + 20).trouble).toBeNull();
  });

  it('expires', () => {
    const noted = noteTrouble(EMPTY_GUIDES, { tabId: 3, url: URL, at: T0 });
    if (!noted) throw new Error('not noted');
    expect(takeTrouble(noted, 3, URL, T0 + TROUBLE_TTL_MS).trouble).toBeNull();
  });

  it('is not noted while a guide for the site is open, and is once it is closed', () => {
    const { store, guide } = startGuide(EMPTY_GUIDES, { id: 'g1', pageUrl: URL, flow: 'recover', entryId: null, now: T0 });
    expect(noteTrouble(store, { tabId: 3, url: URL, at: T0 + 1 })).toBeNull();
    const closed = setStatus(store, guide?.id ?? '', 'dismissed', T0 + 2).store;
    const noted = noteTrouble(closed, { tabId: 3, url: URL, at: T0 + 3 });
    expect(noted?.troubles).toHaveLength(1);
    // Guides and troubles live in one store: changing one keeps the other.
    expect(noted?.guides).toHaveLength(1);
    expect(setStatus(noted ?? closed, guide?.id ?? '', 'open', T0 + 4).store.troubles).toHaveLength(1);
  });
});
