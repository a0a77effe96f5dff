// The guide's state as pure functions: started for a site, it follows that site's pages in any
// tab (by recipe domains or registrable domain, never by tab), ignores other sites, and moves to
// the step each page shows; collapse, dismiss and resume; old guides expire.
import { describe, expect, it } from 'vitest';
import { followPage, guideForUrl, setStatus, startGuide } from '../../../src/guide/core/follow';
import { guidedSite } from '../../../src/guide/core/site-key';
import { EMPTY_GUIDES, GUIDE_TTL_MS, pruneGuides, type GuideStore } from '../../../src/guide/core/state';
import { guideView } from '../../../src/guide/core/view';
import type { PageView } from '../../../src/guide/core/recipes/page-view';
import { loadFixture } from '../recipes/fixtures';

const T0 = 1_700_000_000_000;

function started(pageUrl: string, flow: 'recover' | 'change' = 'recover'): GuideStore {
  const { store, guide } = startGuide(EMPTY_GUIDES, { id: 'g1', pageUrl, flow, entryId: 'e1', now: T0 });
  expect(guide).not.toBeNull();
  return store;
}

const at = (page: PageView, url: string): PageView => ({ ...page, url, report: { ...page.report, url } });

describe('guided sites', () => {
  it.each([
    ['https://login.aliexpress.com/login.html', 'recipe:aliexpress'],
    ['https://login.aliexpress.com.:8443/login.html', 'recipe:aliexpress'],
    ['https://dsers.com/login', 'recipe:dsers'],
    // A name that merely looks like a store's is its own site, never guided as the store.
    ['https://login.aliexpress.test/login.html', 'site:aliexpress.test'],
    ['https://dsers.example/login', 'site:dsers.example'],
  ])('%s is keyed %s', (url, key) => {
    expect(guidedSite(url)?.siteKey).toBe(key);
  });

  it('keys a recipe site by the recipe and any other by its registrable domain', () => {
    expect(guidedSite('https://login.aliexpress.com/')?.siteKey).toBe('recipe:aliexpress');
    expect(guidedSite('https://m.aliexpress.ru/reset')?.siteKey).toBe('recipe:aliexpress');
    expect(guidedSite('http://login.aliexpress.com:8080/x')?.siteKey).toBe('recipe:aliexpress');
    expect(guidedSite('https://account.tienda.es/login')?.siteKey).toBe('site:tienda.es');
    expect(guidedSite('https://shop.example.com/account/login')?.siteKey).toBe('site:example.com');
    expect(guidedSite('chrome-extension://abc/page.html')).toBeNull();
    expect(guidedSite('not a url')).toBeNull();
  });
});

describe('following pages', () => {
  it('recognises the page it starts on and moves forward with the pages the user opens', () => {
    let store = started('https://login.aliexpress.com/');
    store = followPage(store, loadFixture('aliexpress', 'login'), T0 + 1);
    expect(store.guides[0]?.step).toEqual({ recipeId: 'aliexpress', stepId: 'login' });
    store = followPage(store, loadFixture('aliexpress', 'enter-account'), T0 + 2);
    store = followPage(store, loadFixture('aliexpress', 'enter-code'), T0 + 3);
    expect(store.guides[0]?.step?.stepId).toBe('enter-code');
    expect(store.guides[0]?.reached).toEqual(['login', 'enter-account', 'enter-code']);
  });

  it('picks up on another domain of the same recipe (a reset link opened in a new tab hours later)', () => {
    let store = followPage(started('https://login.aliexpress.com/'), loadFixture('aliexpress', 'enter-code'), T0 + 1);
    const later = T0 + 5 * 60 * 60 * 1000;
    store = followPage(store, at(loadFixture('aliexpress', 'new-password'), 'https://login.aliexpress.ru/reset'), later);
    expect(store.guides[0]?.step?.stepId).toBe('new-password');
    expect(store.guides[0]?.updatedAt).toBe(later);
  });

  it('ignores pages of other sites (the mailbox) and pages that show no step', () => {
    const store = followPage(started('https://login.aliexpress.com/'), loadFixture('aliexpress', 'login'), T0 + 1);
    const mail = at(loadFixture('generic', 'new-password'), 'https://mail.example.org/inbox');
    expect(followPage(store, mail, T0 + 2)).toBe(store);
    const home: PageView = { url: 'https://www.aliexpress.com/', report: { url: 'https://www.aliexpress.com/', pageClass: 'none', forms: [], signals: [], ms: 1 } };
    expect(followPage(store, home, T0 + 3)).toBe(store);
  });

  it('guides a site without a recipe by the generic steps, in its own language', () => {
    let store = started('https://shop.example.ru/login');
    store = followPage(store, loadFixture('generic', 'forgot-form'), T0 + 1);
    expect(store.guides[0]).toMatchObject({ recipeId: 'generic', step: { recipeId: 'generic', stepId: 'forgot-form' } });
    expect(guideForUrl(store, 'https://shop.example.com/')).toBeNull();
    expect(guideForUrl(store, 'https://account.example.ru/')?.id).toBe('g1');
    expect(guideForUrl(store, 'https://www.shop.example.ru/reset')?.id).toBe('g1');
  });

  it('follows a Shopify store on its own domain with Shopify\'s recipe, also on pages outside its login paths', () => {
    // The store is Shopify's only on /account/login and /account/reset/; its account page after
    // the reset is still the recipe's last step for the guide started there.
    const store = started('https://shop.example.com/account/login');
    const done = followPage(store, at(loadFixture('shopify', 'signed-in'), 'https://shop.example.com/account'), T0 + 1);
    expect(done.guides[0]?.step).toEqual({ recipeId: 'shopify', stepId: 'signed-in' });
  });

  it('starting again for a site replaces its guide; other sites keep theirs', () => {
    let store = started('https://login.aliexpress.com/');
    store = startGuide(store, { id: 'g2', pageUrl: 'https://www.dsers.com/login', flow: 'recover', entryId: null, now: T0 + 1 }).store;
    store = startGuide(store, { id: 'g3', pageUrl: 'https://aliexpress.ru/', flow: 'change', entryId: null, now: T0 + 2 }).store;
    expect(store.guides.map((g) => g.id)).toEqual(['g2', 'g3']);
  });

  it('refuses a flow the recipe does not have, and a page that is not a web page', () => {
    expect(startGuide(EMPTY_GUIDES, { id: 'x', pageUrl: 'about:blank', flow: 'recover', entryId: null, now: T0 }).guide).toBeNull();
  });
});

describe('status and lifetime', () => {
  it('collapses, dismisses and resumes by id', () => {
    let store = started('https://login.aliexpress.com/');
    store = setStatus(store, 'g1', 'dismissed', T0 + 1).store;
    expect(store.guides[0]?.status).toBe('dismissed');
    // A dismissed guide still follows the user, so resuming it shows where they are now.
    store = followPage(store, loadFixture('aliexpress', 'enter-code'), T0 + 2);
    store = setStatus(store, 'g1', 'open', T0 + 3).store;
    expect(store.guides[0]).toMatchObject({ status: 'open', step: { stepId: 'enter-code' } });
    expect(setStatus(store, 'nope', 'collapsed', T0 + 4).guide).toBeNull();
  });

  it('forgets a guide untouched for a day', () => {
    const store = started('https://login.aliexpress.com/');
    expect(pruneGuides(store, T0 + GUIDE_TTL_MS - 1).guides).toHaveLength(1);
    expect(pruneGuides(store, T0 + GUIDE_TTL_MS).guides).toHaveLength(0);
  });
});

describe('guide view', () => {
  it('lists the steps, the current one with its tips, and the site rules', () => {
    const store = followPage(started('https://login.aliexpress.com/'), loadFixture('aliexpress', 'new-password'), T0 + 1);
    const guide = store.guides[0];
    if (!guide) throw new Error('no guide');
    const view = guideView(guide, { fieldMaxLength: 20 });
    expect(view?.steps.map((s) => s.id)).toContain('slider-check');
    expect(view?.current).toMatchObject({ id: 'new-password', newPassword: true, recipeId: 'aliexpress' });
    expect(view?.rules?.text).toContain('required: upper; required: digit');
    expect(view?.fieldMaxLength).toBe(20);
    expect(view?.steps.at(-1)?.last).toBe(true);
  });
});

describe('the end of a flow', () => {
  it('stays at the last step when the site then shows its sign-in page', () => {
    let store = followPage(started('https://login.aliexpress.com/'), loadFixture('aliexpress', 'new-password'), T0 + 1);
    store = followPage(store, loadFixture('aliexpress', 'success'), T0 + 2);
    expect(store.guides[0]?.step?.stepId).toBe('success');
    store = followPage(store, loadFixture('aliexpress', 'login'), T0 + 3);
    expect(store.guides[0]?.step?.stepId).toBe('success');
  });
});
