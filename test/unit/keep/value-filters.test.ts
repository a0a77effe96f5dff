import { describe, expect, it } from 'vitest';
import { isCardNumber, isMasked, isOneTimeCode, refusePassword, refuseUsername } from '../../../src/keep/core/value-filters';

describe('value filters', () => {
  it.each(['•••', '••••••••', '***', '●●●●', '····', '????', '○○○○○'])('%s is masked', (value) => {
    expect(isMasked(value)).toBe(true);
  });

  it.each(['', 'hunter22', 'aaaa', '1111', 'x*x*', '•a•'])('%s is not masked', (value) => {
    expect(isMasked(value)).toBe(false);
  });

  it.each(['1234', '482913', '12345678', ' 482913 '])('%s is a one-time code', (value) => {
    expect(isOneTimeCode(value)).toBe(true);
  });

  it.each(['123', '123456789', 'A48291', '4829 13'])('%s is not a one-time code', (value) => {
    expect(isOneTimeCode(value)).toBe(false);
  });

  it.each(['4111111111111111', '4111 1111 1111 1111', '5500-0000-0000-0004', '378282246310005', '6011111111111117'])('%s is a card number', (value) => {
    expect(isCardNumber(value)).toBe(true);
  });

  it.each(['4111111111111112', '1234567890123', '41111111', 'Pass4111111111111111', '4111 1111 1111 1111 1111'])('%s is not a card number', (value) => {
    expect(isCardNumber(value)).toBe(false);
  });

  it.each([
    ['', 'empty'],
    ['a', 'one-character'],
    ['•', 'one-character'],
    ['••••••', 'masked'],
    ['******', 'masked'],
    ['482913', 'one-time-code'],
    ['4111111111111111', 'card-number'],
    ['Shopper2024', null],
    ['Пароль-42', null],
    ['12', null],
  ])('password %s: %s', (value, reason) => {
    expect(refusePassword(value)).toBe(reason);
  });

  it.each([
    ['  ', 'empty'],
    ['a', 'one-character'],
    ['***', 'masked'],
    ['4111111111111111', 'card-number'],
    ['shopper@mail.test', null],
    ['+7 912 345 67 89', null],
    ['482913', null],
  ])('username %s: %s', (value, reason) => {
    expect(refuseUsername(value)).toBe(reason);
  });
});
