// The online check's pure parts (tidy/core/health/breach.ts): what is sent (a 5-character prefix) and
// how an answer is read; anything that is not a range answer is refused whole.
import { describe, expect, it } from 'vitest';
import { hashParts, parseRange, RANGE_PREFIX_LENGTH } from '../../../src/tidy/core/health/breach';

// SHA-1("password") = 5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8
const PASSWORD_SHA1 = '5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8';

describe('breach range', () => {
  it('splits a hash into the 5-character prefix sent and the 35-character suffix kept', () => {
    const { prefix, suffix } = hashParts(PASSWORD_SHA1);
    expect(prefix).toBe('5BAA6');
    expect(prefix).toHaveLength(RANGE_PREFIX_LENGTH);
    expect(suffix).toBe('1E4C9B93F3F0682250B6CF8331B7EE68FD8');
    expect(() => hashParts('not-a-hash')).toThrow();
  });

  it('reads a padded answer: counts per suffix, decoys with 0', () => {
    const text = '1E4C9B93F3F0682250B6CF8331B7EE68FD8:10434004\r\n0018A45C4D1DEF81644B54AB7F969B88D65:0\r\n00D4F6E8FA6EECAD2A3AA415EEC418D38EC:2\r\n';
    const counts = parseRange(text);
    expect(counts?.get('1E4C9B93F3F0682250B6CF8331B7EE68FD8')).toBe(10_434_004);
    expect(counts?.get('0018A45C4D1DEF81644B54AB7F969B88D65')).toBe(0);
    expect(counts?.size).toBe(3);
  });

  it('refuses anything else: an error page, a truncated line, an empty answer, a huge one', () => {
    expect(parseRange('<html><body>Service unavailable</body></html>')).toBeNull();
    expect(parseRange('1E4C9B93F3F0682250B6CF8331B7EE68FD8:12\n00D4F6E8FA6EECAD2A3A')).toBeNull();
    expect(parseRange('')).toBeNull();
    expect(parseRange('\n\n')).toBeNull();
    expect(parseRange(`${'1E4C9B93F3F0682250B6CF8331B7EE68FD8:1\n'.repeat(40_000)}`)).toBeNull();
  });
});
