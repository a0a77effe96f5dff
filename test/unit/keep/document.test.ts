// Which document evidence came from (keep/core/document.ts): by the browser's id where both have
// one, by URL otherwise; and when evidence handled before its capture still counts.
import { describe, expect, it } from 'vitest';
import { evidenceTime, otherDocument, pageUrlOf } from '../../../src/keep/core/document';

const login = { url: 'http://shop.test/login', documentId: 'a' };

describe('otherDocument', () => {
  it.each([
    ['the same id', login, { url: 'http://shop.test/login', documentId: 'a' }, false],
    ['another id at the same URL (the form back after a post)', login, { url: 'http://shop.test/login', documentId: 'b' }, true],
    ['the same id at another URL (history.pushState in Chrome)', login, { url: 'http://shop.test/login/step-2', documentId: 'a' }, false],
    ['no ids, another URL', { url: 'http://shop.test/login' }, { url: 'http://shop.test/account' }, true],
    ['no ids, the same URL: cannot be told apart, so the same', { url: 'http://shop.test/login' }, { url: 'http://shop.test/login' }, false],
    ['one id only: by URL', login, { url: 'http://shop.test/account' }, true],
  ])('%s', (_name, a, b, other) => {
    expect(otherDocument(a, b)).toBe(other);
    expect(otherDocument(b, a)).toBe(other);
  });
});

describe('evidenceTime', () => {
  it('counts evidence after the capture at its own time, from any document or none', () => {
    expect(evidenceTime(120, null, 100, login)).toBe(120);
    expect(evidenceTime(120, login, 100, login)).toBe(120);
  });
  it('counts the next document\'s evidence handled before the capture at the capture\'s time', () => {
    expect(evidenceTime(90, { url: 'http://shop.test/account', documentId: 'b' }, 100, login)).toBe(100);
  });
  it('never counts the submitting document\'s own evidence from before the submit', () => {
    expect(evidenceTime(90, login, 100, login)).toBeNull();
    expect(evidenceTime(90, null, 100, login)).toBeNull();
  });
});

it('keeps no query or fragment of a page URL', () => {
  expect(pageUrlOf('http://shop.test/reset?token=SECRET#x')).toBe('http://shop.test/reset');
});
