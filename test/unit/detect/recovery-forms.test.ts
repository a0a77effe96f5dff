// Forgot-password forms: the account's name asked for in a form about the password, in the
// forms' own words and their developers'.
import { describe, expect, it } from 'vitest';
import { classifyForm, classifyPage } from '../../../src/detect/core/classify';
import { field, form, page } from './snapshot-builders';

describe('a recovery form', () => {
  // Component frameworks (Salesforce, JSF) build every field's name from its form's: the
  // recovery form's user name box is "forgotPassword_form:username".
  it('asks for the user name its label names, whatever form the field\'s name carries', () => {
    const f = form([field({ name: 'forgotPassword:ForgotPassword_Form:theForm:j_id16', label: 'Username' })],
      { className: 'fp-form', action: '/members/Members_ForgotPassword' });
    const r = classifyForm(f);
    expect(r.fields.map((x) => x.role)).toEqual(['username']);
    expect(r.class).toBe('forgot-password');
    // A name that ends in the password is one, whatever its label borrows (a show-password toggle).
    expect(classifyForm(form([field({ name: 'login_form:password', label: 'Login' })])).fields.map((x) => x.role)).toEqual(['current-password']);
  });

  // Korean and Chinese sites say "find password" (비밀번호 찾기, 找回密码) in English too.
  it('is named by "find password" in its button or its action', () => {
    const f = form([field({ name: 'login' }), field({ type: 'email', name: 'email' }), field({ name: 'zipcode' })],
      { action: 'https://tickets.example/findpassword.html', buttons: ['Retrieve Password'] });
    expect(classifyForm(f).class).toBe('forgot-password');
  });

  // Russian inflects the word, and Bulgarian and Ukrainian spell it otherwise: "парола".
  it('talks about the password in every case and in Cyrillic languages besides Russian', () => {
    const email = form([field({ name: 'email', label: 'Email' })], { buttons: ['Напред'] });
    expect(classifyPage(page([email], { title: 'Забравена парола', headings: ['Забравена парола'] })).pageClass).toBe('forgot-password');
    expect(classifyPage(page([email], { title: 'Восстановление паролем' })).pageClass).toBe('forgot-password');
  });

  // Languages without full tables name a recovery page in set phrases; the action URL drops the
  // accents. Without them the lone email box reads as a newsletter, or as a sign-in by its button.
  it('is named in Hungarian, Lithuanian and Galician, accented or not', () => {
    const email = (opts: Parameters<typeof form>[1]) => form([field({ name: 'email', label: 'E-mail' })], opts);
    expect(classifyPage(page([email({ buttons: ['Küldés'] })], { headings: ['Elfelejtett jelszó'] })).pageClass).toBe('forgot-password');
    expect(classifyForm(email({ action: '/fiok/elfelejtett_jelszo', buttons: ['Tovább'] })).class).toBe('forgot-password');
    expect(classifyForm(email({ buttons: ['Prisijungti'], headings: ['Pamiršote slaptažodį?'] })).class).toBe('forgot-password');
    expect(classifyForm(email({ action: '/slaptazodzio-priminimas/', buttons: ['Siųsti'] })).class).toBe('forgot-password');
    // "Change the password" over a lone email box: the form is about a password it does not ask for.
    expect(classifyPage(page([email({ buttons: ['Enviar'] })], { title: 'Cambiar o contrasinal' })).pageClass).toBe('forgot-password');
  });
});
