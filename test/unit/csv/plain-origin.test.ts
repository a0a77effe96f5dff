// The import reads most rows' origins off the text (plainOrigin) instead of calling the URL
// parser: whenever it answers, the answer must be the URL parser's, on any input; and the shapes
// the parser treats specially (IPv4, punycode, user info, odd ports) must go to the parser.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellToOrigins, plainOrigin } from '../../../src/tidy/core/csv/origins';

const parserOrigin = (text: string): string | null => {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
};

// URL-like text from the characters that decide how a URL parses.
const piece = fc.constantFrom(
  'http://', 'https://', 'HTTPS://', 'hTtP://', 'ftp://', 'https:/', 'https:\\\\', 'a', 'Z', 'shop', 'xn--', 'xn--80ak6aa92e', '0x', '0X1f', '1', '255', '08', '-', '.', '..',
  ':', ':443', ':80', ':0', ':65535', ':65536', ':099999', ':', '/', '\\', '?', '#', '@', 'user:pw@', '%2e', '%41', ' ', '\t', '\n', 'é', 'ß', '\u3002', '[::1]',
);
const urlish = fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
const plainish = fc
  .tuple(
    fc.constantFrom('http', 'https', 'HTTP', 'Https'),
    fc.array(fc.stringMatching(/^[a-zA-Z0-9-]{1,12}$/), { minLength: 1, maxLength: 4 }),
    fc.option(fc.oneof(fc.constantFrom(80, 443, 8443), fc.integer({ min: 0, max: 99_999 })), { nil: undefined }),
    fc.constantFrom('', '/', '/login?next=/a#b', '?x', '#top', '/a b/%zz'),
  )
  .map(([scheme, labels, port, rest]) => `${scheme}://${labels.join('.')}${port === undefined ? '' : `:${port}`}${rest}`);

describe('plainOrigin', () => {
  it('answers only what the URL parser answers', () => {
    fc.assert(
      fc.property(fc.oneof(urlish, plainish), (text) => {
        const plain = plainOrigin(text);
        if (plain !== null) expect(plain).toBe(parserOrigin(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads the common shapes itself', () => {
    expect(plainOrigin('https://www.shop-12.example/login')).toBe('https://www.shop-12.example');
    expect(plainOrigin('HTTPS://Login.AliExpress.com:443/?x=1')).toBe('https://login.aliexpress.com');
    expect(plainOrigin('http://shop.test:8080')).toBe('http://shop.test:8080');
    expect(plainOrigin('https://shop.test:00443#a')).toBe('https://shop.test');
    expect(plainOrigin('https://localhost/')).toBe('https://localhost');
  });

  it.each([
    'https://127.0.0.1/', 'https://shop.0x7f/', 'https://shop.123', 'https://xn--80ak6aa92e.com/', 'https://user@shop.test/',
    'https://shop.test@evil.test/', 'https://shop.test\\evil.test/', 'https://sh%6fp.test/', 'https://shop.test./', 'https://-shop.test/',
    'https://shop.test:65536/', 'https://shop.test:/', 'https://магазин.рф/', 'https://[::1]/', 'https:shop.test', 'ftp://shop.test/',
  ])('leaves %s to the URL parser', (text) => {
    expect(plainOrigin(text)).toBeNull();
  });

  it('gives a cell the same origins with or without it', () => {
    fc.assert(
      fc.property(fc.oneof(urlish, plainish), (cell) => {
        const result = cellToOrigins(cell, false);
        const expected = parserOrigin(cell.trim());
        if (result.ok) expect(result.origins).toEqual([expected ?? parserOrigin(`https://${cell.trim()}`)]);
      }),
      { numRuns: 2000 },
    );
  });
});
