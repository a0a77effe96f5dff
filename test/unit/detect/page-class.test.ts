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

  // A recovery page in a language without word lists: only the heading shows what it is for.
  it('the form headed by the page\'s title or h1 speaks for the page, beside a header sign-in', () => {
    const header = form([field({ name: 'name' }), field({ type: 'password', name: 'pass' })], { buttons: ['Log ind'] });
    const request = form([field({ name: 'name', label: 'Brugernavn eller e-mail-adresse' })],
      { headings: ['Bestil ny adgangskode'], buttons: ['Send ny adgangskode'], action: '/user/password' });
    const titled = { title: 'Bestil ny adgangskode - vorespuls.dk', headings: ['Bestil ny adgangskode'] };
    expect(classifyPage(page([header, request], titled)).pageClass).toBe('forgot-password');
  });

  it('a heading above several forms names none of them', () => {
    // The shop's h1 sits above the sign-in and the (bigger) sign-up; the page's other h1 names the sign-in.
    const site = 'Projector lamps, fast delivery';
    const signIn = { ...login, headings: ['Welcome, please sign in', site] };
    const signUp = { ...signup, headings: [site], fields: [...signup.fields, field({ name: 'city' }), field({ name: 'postcode' })] };
    expect(classifyPage(page([signIn, signUp], { title: site, headings: [site, 'Welcome, please sign in'] })).pageClass).toBe('login');
  });

  it('a page without a credential form is none, whatever else it shows', () => {
    expect(classifyPage(page([search, newsletter])).pageClass).toBe('none');
  });
});
