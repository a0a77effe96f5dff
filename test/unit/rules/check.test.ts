import { describe, expect, it } from 'vitest';
import { checkPassword } from '../../../src/shared/passwords/rules/check';
import { parsePasswordRules } from '../../../src/shared/passwords/rules/parse';

const aliexpress = parsePasswordRules('minlength: 6; maxlength: 20; required: upper; required: digit; allowed: lower;');
if (!aliexpress.ok) throw new Error('fixture rule does not parse');
const rules = aliexpress.value;
const kinds = (pw: string) => checkPassword(pw, rules).map((u) => u.kind);

describe('checkPassword', () => {
  it.each([
    ['Abc123', []],
    ['abc123', ['required']],
    ['ABCDEF', ['required']],
    ['Ab1', ['min-length']],
    ['Abcdefghij1234567890x', ['max-length']],
    ['Abc 123!', ['not-allowed']],
    ['ab', ['min-length', 'required', 'required']],
  ])('%j -> %j', (pw, expected) => {
    expect(kinds(pw)).toEqual(expected);
  });

  it('names the unmet requirement and the forbidden characters', () => {
    const unmet = checkPassword('abcdef!!', rules);
    expect(unmet).toContainEqual(expect.objectContaining({ kind: 'not-allowed', chars: ['!'] }));
    expect(unmet.filter((u) => u.kind === 'required')).toHaveLength(2);
  });

  it('reports the longest run over max-consecutive', () => {
    const r = parsePasswordRules('max-consecutive: 2');
    if (!r.ok) throw new Error('fixture');
    expect(checkPassword('aabbb1', r.value)).toEqual([{ kind: 'max-consecutive', max: 2, run: 'bbb' }]);
    expect(checkPassword('aabb1', r.value)).toEqual([]);
  });

  it('counts code points, and lets unicode rules accept any character', () => {
    const r = parsePasswordRules('minlength: 3; allowed: unicode');
    if (!r.ok) throw new Error('fixture');
    expect(checkPassword('🔑🔑🔑', r.value)).toEqual([]);
    expect(checkPassword('🔑🔑', r.value)).toMatchObject([{ kind: 'min-length', length: 2 }]);
  });
});
