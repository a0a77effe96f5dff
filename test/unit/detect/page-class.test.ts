// The page's class from its forms: which form speaks for the page.
import { describe, expect, it } from 'vitest';
import { classifyPage } from '../../../src/detect/core/classify';
import { field, form, hidden, page } from './snapshot-builders';

const search = form([field({ type: 'search', name: 'q' })], { buttons: ['Search'] });
const newsletter = form([field({ type: 'email', name: 'newsletter_email' })], { buttons: ['Subscribe'] });
const login = form([field({ type: 'email', name: 'email' }), field({ type: 'password', name: 'password' })], { buttons: ['Sign in'] });
const signup = form([field({ name: 'first_name' }), field({ type: 'email' }), field({ type: 'password', autocomplete: ['new-password'] })], { buttons: ['Create account'] });

describe('page class', () => {
  it('a sign-in dropdown hidden behind a header link is the page\'s form beside a visible search box', () => {
    expect(classifyPage(page([search, hidden(login)])).pageClass).toBe('login');
    expect(classifyPage(page([newsletter, hidden(signup)])).pageClass).toBe('signup');
  });

  it('a shown credential form outranks a hidden one', () => {
    expect(classifyPage(page([hidden(signup), login])).pageClass).toBe('login');
  });

  it('a page without a credential form is none, whatever else it shows', () => {
    expect(classifyPage(page([search, newsletter])).pageClass).toBe('none');
  });
});
