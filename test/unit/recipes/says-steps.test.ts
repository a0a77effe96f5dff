// Steps recognised from what the page says to a person (core/recipes/says), not only from status
// elements: a success said in a plain heading or a toast, "we sent you an email" worded any way,
// in the languages the guide reads; and pages that say nothing of the kind keep their own step.
import { describe, expect, it } from 'vitest';
import type { FormClass, PageReport } from '../../../src/detect/core/model';
import { recogniseStep } from '../../../src/guide/core/recipes/recognise';
import type { FlowName, Recipe } from '../../../src/guide/core/recipes/schema';
import { GENERIC_RECIPE, SITE_RECIPES } from '../../../src/guide/recipes/index';

const recipe = (id: string): Recipe => SITE_RECIPES.find((r) => r.id === id) ?? GENERIC_RECIPE;

function page(url: string, pageClass: FormClass, texts: string[], extra: Partial<PageReport> = {}): { url: string; report: PageReport } {
  const forms = pageClass === 'none' ? [] : [{ key: 'f', class: pageClass, confidence: 0.9, reasons: [], fields: [], visible: true, host: 'document' as const }];
  return { url, report: { url, pageClass, forms, signals: [], texts, ms: 1, ...extra } };
}

const step = (id: string, flow: FlowName, p: ReturnType<typeof page>, previousStepId?: string) =>
  recogniseStep(recipe(id), flow, { ...p, previousStepId })?.stepId ?? null;

describe('steps recognised from what the page says', () => {
  it.each([
    ['aliexpress', 'https://login.aliexpress.com/done', ['All set', 'Your password has been updated successfully.'], 'new-password'],
    ['aliexpress', 'https://login.aliexpress.ru/done', ['Пароль успешно изменён'], 'new-password'],
    ['dsers', 'https://www.dsers.com/reset/done', ['Your password has been reset. Log in with your new password.'], 'new-password'],
    ['etsy', 'https://www.etsy.com/done', ['Contraseña actualizada'], 'new-password'],
    ['generic', 'https://magazin.example/done', ['Готово', 'Ваш пароль успешно изменён.'], 'new-password'],
  ])('%s: a plain heading or paragraph saying the password changed is the success step', (id, url, texts, previous) => {
    expect(step(id, 'recover', page(url, 'none', texts), previous)).toBe('success');
  });

  it('a change flow ends on the success a toast says, even with the form still on the page', () => {
    expect(step('aliexpress', 'change', page('https://www.aliexpress.com/p/settings', 'change-password', ['Change password', 'Password changed']), 'change-form')).toBe('change-success');
    expect(step('aliexpress', 'change', page('https://www.aliexpress.com/p/settings', 'change-password', ['Change password']), 'my-aliexpress')).toBe('change-form');
  });

  it('DSers: "An email with the link to reset your password has been sent to you." above the login form is the mail step', () => {
    const sent = page('https://www.dsers.com/login', 'login', ['Log in', 'An email with the link to reset your password has been sent to you.']);
    expect(step('dsers', 'recover', sent, 'enter-email')).toBe('open-mail');
    expect(step('dsers', 'recover', page('https://www.dsers.com/login', 'login', ['Log in']), 'enter-email')).toBe('login');
  });

  it('a sign-in page with "your password was changed" above it is the end, not the start again', () => {
    const back = page('https://www.dsers.com/login', 'login', ['Your password was changed. Please log in.']);
    expect(step('dsers', 'recover', back, 'new-password')).toBe('success');
  });

  it('the forgot form whose text promises an email is still the forgot form', () => {
    const form = page('https://shop.example/lost', 'forgot-password', [
      'Lost your password? Please enter your email address. You will receive a link to create a new password via email.',
    ]);
    expect(step('generic', 'recover', form, 'login')).toBe('forgot-form');
  });

  it('"we sent you a code" above the code form is the code step, not the mail step', () => {
    const code = page('https://shop.example/verify', 'verification-code', ['We sent a 6-digit code to a***@mail.test', 'Enter the code']);
    expect(step('generic', 'recover', code, 'forgot-form')).toBe('enter-code');
  });

  it('a heading naming the flow ("Change password", "Изменение пароля") is not its success', () => {
    expect(step('generic', 'change', page('https://shop.example/account', 'change-password', ['Change password']), 'account')).toBe('change-form');
    expect(step('generic', 'change', page('https://shop.example/account', 'none', ['Изменение пароля']), 'change-form')).toBeNull();
  });

  it('reads keywords as words in a sentence, in any order', () => {
    const choose = page('https://login.aliexpress.com/verify', 'none', ['Choose a way: now verify your identity by email']);
    expect(step('aliexpress', 'recover', choose, 'enter-account')).toBe('choose-method');
  });
});
