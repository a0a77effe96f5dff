// The popup's generator: the user's classes without site rules, the site's rules with them, and
// never longer than the page's field.
import { describe, expect, it } from 'vitest';
import { generateFor, rulesDomain } from '../../../src/pages/popup/generate-for';

describe('generateFor', () => {
  it('uses only the classes the user ticked', () => {
    const result = generateFor('shop.test', { length: 30, classes: ['digit'] });
    expect(result.ok && result.password).toMatch(/^\d{30}$/);
  });

  it('caps the length at the field and says so', () => {
    const result = generateFor('shop.test', { length: 20, classes: ['upper', 'lower', 'digit', 'special'], fieldMaxLength: 12 });
    expect(result).toMatchObject({ ok: true, cappedByField: true });
    expect(result.ok && result.password).toHaveLength(12);
    const shorter = generateFor('shop.test', { length: 10, classes: ['lower'], fieldMaxLength: 12 });
    expect(shorter).toMatchObject({ ok: true, cappedByField: false });
  });

  it('lets a site with known rules decide the characters', () => {
    expect(rulesDomain('www.aliexpress.com')).toBe('aliexpress.com');
    expect(rulesDomain('shop.test')).toBeNull();
    const result = generateFor('www.aliexpress.com', { length: 40, classes: ['digit'] });
    // AliExpress: 6-20 characters, an upper-case letter and a digit required.
    expect(result.ok && result.password.length).toBe(20);
    expect(result.ok && /[A-Z]/.test(result.password) && /\d/.test(result.password)).toBe(true);
  });
});
