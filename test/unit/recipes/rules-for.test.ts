// The rules the guide checks a new password against: the recipe's, else the rules lookup.
import { describe, expect, it } from 'vitest';
import { checkPassword } from '../../../src/shared/passwords/rules/check';
import { recipeFor, rulesFor } from '../../../src/guide/core/recipes/engine';

const rules = (host: string) => rulesFor(host, recipeFor(host));

describe('rulesFor', () => {
  it("follows AliExpress's lookup to our rule: capital and digit, 6-20, no symbols", () => {
    const found = rules('aliexpress.ru');
    expect(found).toMatchObject({ source: 'latchkey', domain: 'aliexpress.com' });
    if (!found) throw new Error('no rules');
    expect(checkPassword('Parol2024', found.rules)).toEqual([]);
    expect(checkPassword('parol2024', found.rules)).not.toEqual([]);
    expect(checkPassword('Parol-2024', found.rules)).not.toEqual([]);
    expect(checkPassword('Pa1', found.rules)).not.toEqual([]);
  });

  it('uses inline recipe rules and says when they are unconfirmed', () => {
    expect(rules('www.alibaba.com')).toMatchObject({ source: 'recipe', rules: { minLength: 6, maxLength: 20 }, unconfirmed: false });
    expect(rules('www.amazon.com')).toMatchObject({ source: 'recipe', rules: { minLength: 6 }, unconfirmed: true });
  });

  it("falls back to Apple's data for the host, or nothing", () => {
    expect(rules('www.walmart.com')).toMatchObject({ source: 'apple', domain: 'walmart.com' });
    expect(rules('www.dsers.com')).toBeNull();
    expect(rules('shop.example.com')).toBeNull();
  });
});
