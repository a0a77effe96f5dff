// Keyword matching: boundaries for short ASCII words, substrings for the rest, and one table per
// script built only when a text in that script shows up.
import * as fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { compile, fromSources, keywordSources, matches } from '../../../src/detect/core/keyword-match';

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

  it('prepares a list as regex sources that survive the build (JSON) and name each word once', () => {
    const words = ['pin', 'Password', 'password', 'пароль', '密码', '=kod', 'user_name'];
    const sources = keywordSources(words);
    expect(sources[1]?.match(/password/g)).toHaveLength(1);
    const kw = fromSources(JSON.parse(JSON.stringify(sources)) as string[]);
    for (const text of ['shipping', 'card pin', 'userpassword', 'вашпароль', '请输入密码', 'kodu', 'kod sms', 'user name']) {
      expect(kw.test(text)).toBe(compile(words).test(text));
    }
    expect(kw.test('user name')).toBe(true);
    expect(kw.test('kodu')).toBe(false);
  });

  // The sources must find exactly the texts the words find (escaped, bounded where short). Few
  // letters and some regex syntax, so that words overlap and texts hold them.
  it('find exactly what the words find, with or without letter boundaries', () => {
    const LETTER = /[a-z\d\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/;
    const found = (words: readonly string[], text: string) => words.some((w) => {
      const bounded = w.length <= 4 && /^[a-z0-9 .\-]+$/.test(w);
      for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
        if (!bounded || (!LETTER.test(text[at - 1] ?? '') && !LETTER.test(text[at + w.length] ?? ''))) return true;
      }
      return false;
    });
    const word = fc.stringMatching(/^[ab][ab.(|]{1,6}$/);
    const text = fc.stringMatching(/^[ab.(| x]{0,16}$/);
    fc.assert(fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 12 }), fc.array(text, { maxLength: 8 }), (words, texts) => {
      const kw = fromSources(keywordSources(words));
      for (const t of texts) expect(kw.test(t), `${JSON.stringify(words)} in ${JSON.stringify(t)}`).toBe(found(words, t));
    }), { numRuns: 1000 });
  });
});
