import { describe, expect, it } from 'vitest';
import { rulesForHost } from '../../../src/shared/passwords/rules/lookup';

describe('rulesForHost', () => {
  it('prefers our AliExpress rule (capital and digit required) over Apple entry', () => {
    expect(rulesForHost('login.aliexpress.com')).toMatchObject({ domain: 'aliexpress.com', source: 'latchkey' });
    expect(rulesForHost('aliexpress.ru')?.rules.required).toHaveLength(2);
  });
  it('uses the exact host when Apple lists it, else the registrable domain', () => {
    expect(rulesForHost('account.samsung.com')).toMatchObject({ domain: 'account.samsung.com', source: 'apple' });
    expect(rulesForHost('www.163.com')).toMatchObject({ domain: '163.com', source: 'apple', rules: { maxLength: 16 } });
    expect(rulesForHost('WWW.163.COM.')?.domain).toBe('163.com');
  });
  it('returns null for unknown sites and odd inputs', () => {
    expect(rulesForHost('example.com')).toBeNull();
    expect(rulesForHost('constructor')).toBeNull();
    expect(rulesForHost('__proto__.com')).toBeNull();
    expect(rulesForHost('127.0.0.1')).toBeNull();
  });
});
