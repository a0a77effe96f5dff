// The new-password checklist against AliExpress's rules (letters and digits, one capital and one
// digit, 6 to 20): a symbol is refused, a capital and a digit are required, and the confirmation
// must match.
import { describe, expect, it } from 'vitest';
import { charRanges } from '../../../src/guide/core/char-ranges';
import { fitsRules, ruleChecklist } from '../../../src/guide/core/checklist';
import { generatePassword } from '../../../src/shared/passwords/rules/generate';
import { rulesForHost } from '../../../src/shared/passwords/rules/lookup';

const rules = rulesForHost('aliexpress.com')?.rules ?? null;
const unmetKinds = (password: string, confirm = password) =>
  ruleChecklist(password, confirm, rules).filter((i) => !i.met).map((i) => (i.kind === 'required' ? `required:${i.classes.map((c) => (c.kind === 'named' ? c.name : c.chars)).join('|')}` : i.kind));

describe('ruleChecklist', () => {
  it('has AliExpress rules to check against', () => {
    expect(rules).not.toBeNull();
  });

  it.each([
    ['Abcdef12', []],
    ['Abcde!12', ['allowed']],
    ['abcdef12', ['required:upper']],
    ['Abcdefgh', ['required:digit']],
    ['Ab1', ['min-length']],
    ['Abcdefghij1234567890X', ['max-length']],
  ])('%s misses %j', (password, expected) => {
    expect(unmetKinds(password)).toEqual(expected);
  });

  it('names the characters that are not allowed', () => {
    expect(ruleChecklist('Ab1!cd?', '', rules).find((i) => i.kind === 'allowed')).toMatchObject({ forbidden: ['!', '?'], met: false });
  });

  it('checks the confirmation, and meets nothing before anything is typed', () => {
    expect(unmetKinds('Abcdef12', 'Abcdef13')).toEqual(['confirm']);
    expect(ruleChecklist('', '', rules).every((i) => !i.met)).toBe(true);
  });

  it('a generated password fits', () => {
    if (!rules) throw new Error('no rules');
    for (let i = 0; i < 50; i++) {
      const generated = generatePassword(rules, { fieldMaxLength: 20 });
      expect(generated.ok && fitsRules(ruleChecklist(generated.value, '', rules))).toBe(true);
    }
  });

  it('without known rules only the confirmation is checked', () => {
    expect(ruleChecklist('x', 'x', null)).toEqual([{ kind: 'confirm', met: true }]);
  });
});

describe('charRanges', () => {
  it.each([
    ['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'.split('').sort().join(''), '0-9 A-Z a-z'],
    ['-._', '- . _'],
    ['abcx', 'a-c x'],
    ['ab', 'a b'],
    ['', ''],
  ])('%j reads as %j', (chars, expected) => {
    expect(charRanges(chars)).toBe(expected);
  });
});
