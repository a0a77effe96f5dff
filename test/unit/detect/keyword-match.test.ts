// Keyword matching: boundaries for short ASCII words, substrings for the rest, and one table per
// script built only when a text in that script shows up.
import { afterEach, describe, expect, it } from 'vitest';
import { compile, matches } from '../../../src/detect/core/keyword-match';

describe('keyword tables', () => {
  const original = globalThis.RegExp;
  afterEach(() => { globalThis.RegExp = original; });

  // Counts the regexes built from here on (the keyword module builds its tables with `new RegExp`).
  function countBuilt(): { count: number } {
    const seen = { count: 0 };
    globalThis.RegExp = new Proxy(original, { construct(target, args) { seen.count++; return Reflect.construct(target, args) as object; } });
    return seen;
  }

  it('matches short ASCII words only as words, longer ones and other scripts inside text', () => {
    const kw = compile(['pin', 'password', 'пароль', '密码', '=kod', 'كلمة المرور']);
    expect(matches(kw, 'shipping address')).toBe(false);
    expect(matches(kw, 'card pin')).toBe(true);
    expect(matches(kw, 'userpassword')).toBe(true);
    expect(matches(kw, 'вашпароль')).toBe(true);
    expect(matches(kw, '请输入密码')).toBe(true);
    expect(matches(kw, 'kodu')).toBe(false);
    expect(matches(kw, 'kod sms')).toBe(true);
    expect(matches(kw, 'أدخل كلمة المرور')).toBe(true);
    expect(matches(kw, '', 'nothing here')).toBe(false);
  });

  it('builds no table for a script the text does not use, and each table once', () => {
    const built = countBuilt();
    const kw = compile(['login', 'contraseña', 'вход', '登录', '로그인', 'تسجيل الدخول']);
    expect(built.count).toBe(0);
    expect(kw.test('please log in')).toBe(false);
    expect(kw.test('login form')).toBe(true);
    expect(built.count).toBe(1); // the ASCII table only
    expect(kw.test('tu contraseña')).toBe(true);
    expect(built.count).toBe(2); // and the accented words' table
    expect(kw.test('войти или вход')).toBe(true);
    expect(kw.test('вход')).toBe(true);
    expect(built.count).toBe(3); // and the Cyrillic one, once
    expect(kw.test('用户登录')).toBe(true);
    expect(built.count).toBe(4);
  });
});
