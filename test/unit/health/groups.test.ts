import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../../src/tidy/core/health/duplicates';
import { findReused } from '../../../src/tidy/core/health/reused';
import { createIdentity } from '../../../src/tidy/core/importing/identity';
import { entry } from './make-entry';

const sorted = (groups: string[][]) => groups.map((g) => [...g].sort()).sort();

describe('reused passwords', () => {
  it('groups one password used on several sites and counts the sites', () => {
    const groups = findReused([
      entry('a', 'https://shop-one.test', 'ann', 'Same-Pass-1'),
      entry('b', 'https://shop-two.test', 'ann', 'Same-Pass-1'),
      entry('c', 'https://www.shop-two.test', 'bob', 'Same-Pass-1'),
      entry('d', 'https://shop-three.test', 'ann', 'Other-Pass-2'),
    ], createIdentity());
    expect(groups).toEqual([{ ids: ['a', 'b', 'c'], sites: 2 }]);
  });

  it('does not call one site group reuse (amazon.com and amazon.de share logins)', () => {
    expect(findReused([
      entry('a', 'https://www.amazon.com', 'ann', 'Same-Pass-1'),
      entry('b', 'https://www.amazon.de', 'bob', 'Same-Pass-1'),
    ], createIdentity())).toEqual([]);
  });
});

describe('duplicates', () => {
  it('groups the same account across hosts, case and spacing of the username', () => {
    const groups = findDuplicates([
      entry('a', 'https://www.shop.test', 'Ann@Mail.test', 'one'),
      entry('b', 'https://login.shop.test', ' ann@mail.test', 'two'),
      entry('c', 'https://shop.test', 'bob@mail.test', 'three'),
      entry('d', 'https://other.test', 'ann@mail.test', 'four'),
    ], createIdentity());
    expect(sorted(groups)).toEqual([['a', 'b']]);
  });

  it('joins groups through an entry saved on two origins', () => {
    const both = { ...entry('b', 'https://one.test', 'ann', 'x'), site: { origins: ['https://one.test', 'https://two.test'], match: 'site' as const } };
    const groups = findDuplicates([entry('a', 'https://one.test', 'ann', 'x'), both, entry('c', 'https://two.test', 'ann', 'y')], createIdentity());
    expect(sorted(groups)).toEqual([['a', 'b', 'c']]);
  });

  it('leaves entries without a username alone', () => {
    expect(findDuplicates([entry('a', 'https://shop.test', '', 'x'), entry('b', 'https://shop.test', '', 'y')], createIdentity())).toEqual([]);
  });
});
