import { describe, expect, it } from 'vitest';
import data from '../../../src/shared/passwords/rules/data/password-rules.json';
import { checkPassword } from '../../../src/shared/passwords/rules/check';
import { generatePassword, rulesFromClasses } from '../../../src/shared/passwords/rules/generate';
import { parsePasswordRules } from '../../../src/shared/passwords/rules/parse';
import { cryptoRandom, randomInt } from '../../../src/shared/passwords/rules/random';
import { latchkeyRules } from '../../../src/shared/passwords/rules/overrides';
import { seeded } from './seeded';

function rules(text: string) {
  const r = parsePasswordRules(text);
  if (!r.ok) throw new Error(`${text}: ${r.error.code}`);
  return r.value;
}

const allRules: [string, string][] = [
  ...Object.entries(data as Record<string, { 'password-rules': string }>).map(([d, v]): [string, string] => [d, v['password-rules']]),
  ...Object.entries(latchkeyRules).map(([d, t]): [string, string] => [`${d} (latchkey)`, t]),
];

describe('generatePassword', () => {
  it(`satisfies every rule in the shipped data (${allRules.length} sites x 20 passwords, seeded)`, () => {
    const failures: string[] = [];
    allRules.forEach(([domain, text], i) => {
      const parsed = parsePasswordRules(text);
      if (!parsed.ok) return failures.push(`${domain}: does not parse (${parsed.error.code})`);
      const random = seeded(i + 1);
      for (let n = 0; n < 20; n++) {
        const pw = generatePassword(parsed.value, { random, length: n % 2 ? 12 : undefined });
        if (!pw.ok) return failures.push(`${domain}: ${pw.error.detail}`);
        const unmet = checkPassword(pw.value, parsed.value);
        if (unmet.length) return failures.push(`${domain}: ${pw.value} breaks ${unmet.map((u) => u.kind).join(', ')}`);
      }
      return undefined;
    });
    expect(failures).toEqual([]);
  });

  it('honours the field maxlength and the wanted length inside the rules', () => {
    const r = rules('minlength: 8; maxlength: 30; required: upper; required: digit; allowed: lower');
    expect(generatePassword(r, { length: 16 })).toMatchObject({ ok: true, value: expect.stringMatching(/^.{16}$/) });
    expect(generatePassword(r, { fieldMaxLength: 10 })).toMatchObject({ ok: true, value: expect.stringMatching(/^.{10}$/) });
    expect(generatePassword(r, { length: 4 })).toMatchObject({ ok: true, value: expect.stringMatching(/^.{8}$/) });
  });

  it('generates AliExpress passwords: letters and digits, a capital and a number, 6-20', () => {
    const r = rules(latchkeyRules['aliexpress.com'] ?? '');
    for (let i = 0; i < 50; i++) {
      const pw = generatePassword(r);
      expect(pw).toMatchObject({ ok: true, value: expect.stringMatching(/^(?=.*[A-Z])(?=.*\d)[A-Za-z\d]{6,20}$/) });
    }
  });

  it('avoids spaces unless a rule needs one', () => {
    const random = seeded(7);
    for (let i = 0; i < 50; i++) {
      const pw = generatePassword(rules('required: special'), { random });
      expect(pw.ok && pw.value.includes(' ')).toBe(false);
    }
    expect(generatePassword(rules('required: [ ]; allowed: lower'), { random })).toMatchObject({ ok: true, value: expect.stringContaining(' ') });
  });

  it('says unsatisfiable instead of returning a bad password', () => {
    expect(generatePassword(rules('minlength: 12; maxlength: 8'))).toMatchObject({ ok: false, error: { code: 'unsatisfiable' } });
    expect(generatePassword(rules('minlength: 12'), { fieldMaxLength: 8 })).toMatchObject({ ok: false });
    expect(generatePassword(rules('maxlength: 2; required: upper; required: digit; required: lower'))).toMatchObject({ ok: false });
    expect(generatePassword(rules('minlength: 4; max-consecutive: 1; allowed: [a]'))).toMatchObject({ ok: false });
  });

  it('builds rules from the popup generator classes', () => {
    const r = rulesFromClasses(['lower', 'digit']);
    const pw = generatePassword(r, { length: 30 });
    expect(pw).toMatchObject({ ok: true, value: expect.stringMatching(/^(?=.*[a-z])(?=.*\d)[a-z\d]{30}$/) });
  });
});

describe('randomInt', () => {
  it('is unbiased: rejects the draws that would favour low values', () => {
    // n = 3 * 2^30: the top quarter of 32-bit draws (>= 3 * 2^30) must be redrawn, not folded.
    const draws = [0xffff_ffff, 0xc000_0000, 5];
    const source = () => draws.shift() ?? 0;
    expect(randomInt(3 * 2 ** 30, source)).toBe(5);
  });
  it('covers the whole range evenly', () => {
    const counts = [0, 0, 0, 0, 0, 0];
    const source = cryptoRandom();
    for (let i = 0; i < 6000; i++) counts[randomInt(6, source)]! += 1;
    for (const c of counts) expect(c).toBeGreaterThan(850);
  });
});
