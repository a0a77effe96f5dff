import { describe, expect, it } from 'vitest';
import { ASCII_PRINTABLE, DIGIT, LOWER, SPECIAL, UPPER } from '../../../src/shared/passwords/rules/charset';
import { parsePasswordRules, type RulesErrorCode } from '../../../src/shared/passwords/rules/parse';

const sorted = (s: string) => [...s].sort().join('');

function parse(text: string) {
  const r = parsePasswordRules(text);
  if (!r.ok) throw new Error(`${text}: ${r.error.code} at ${r.error.position}`);
  return r.value;
}

describe('parsePasswordRules', () => {
  it('separate required properties are each required', () => {
    const rules = parse('required: upper; required: digit');
    expect(rules.required.map((r) => r.set.chars)).toEqual([UPPER, DIGIT]);
  });

  it('classes within one required property are alternatives', () => {
    const rules = parse('required: upper, digit');
    expect(rules.required).toHaveLength(1);
    expect(rules.required[0]?.set.chars).toBe(sorted(UPPER + DIGIT));
  });

  it('allowed is the union of allowed and required; printable ASCII when none is named', () => {
    expect(parse('required: upper; allowed: lower').allowed.chars).toBe(sorted(UPPER + LOWER));
    expect(parse('minlength: 8').allowed).toEqual({ chars: ASCII_PRINTABLE, anyUnicode: false });
    expect(parse('allowed: unicode').allowed.anyUnicode).toBe(true);
    expect(parse('allowed: special').allowed.chars).toBe(sorted(SPECIAL));
  });

  it('reads lengths and max-consecutive, keeping the strictest of repeats', () => {
    expect(parse('minlength: 6; maxlength: 20; max-consecutive: 2; minlength: 8; maxlength: 30')).toMatchObject({
      minLength: 8,
      maxLength: 20,
      maxConsecutive: 2,
    });
    expect(parse('')).toMatchObject({ minLength: null, maxLength: null, maxConsecutive: null, required: [] });
  });

  it.each([
    ['[!#$]', '!#$'],
    ['[-_.]', '-._'],
    ['[abc]]', ']abc'],
    ['[- !"#$&\'()*+,.:;<=>?@[^_`{|}~]]', sorted('- !"#$&\'()*+,.:;<=>?@[^_`{|}~]')],
    ['[äöü§]', sorted('äöü§')],
  ])('reads the custom class %s', (cls, chars) => {
    expect(parse(`required: ${cls}`).required[0]?.set.chars).toBe(sorted(chars));
  });

  it('is case-insensitive and tolerant of whitespace, trailing semicolons and empty values', () => {
    const rules = parse('  MinLength: 8 ;Required:UPPER ,  digit ;\n allowed: ; ');
    expect(rules.minLength).toBe(8);
    expect(rules.required[0]?.set.chars).toBe(sorted(UPPER + DIGIT));
  });

  it.each<[string, RulesErrorCode]>([
    ['minlenght: 8', 'unknown-property'],
    ['required: capitals', 'unknown-class'],
    ['minlength 8', 'expected-colon'],
    ['minlength : 8', 'expected-colon'],
    ['minlength: eight', 'expected-integer'],
    ['minlength: 99999999', 'expected-integer'],
    ['required: [abc', 'unterminated-class'],
    ['required: [a-z]', 'invalid-character'],
    ['required: [a\tb]', 'invalid-character'],
    ['required: upper digit', 'unexpected-character'],
    ['required: upper,', 'expected-value'],
    ['; minlength: 8', 'unknown-property'],
    ['minlength: 8 9', 'unexpected-character'],
  ])('refuses %j with %s, without throwing', (text, code) => {
    const r = parsePasswordRules(text);
    expect(r).toMatchObject({ ok: false, error: { code } });
  });
});
