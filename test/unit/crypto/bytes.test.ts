import { describe, expect, it } from 'vitest';
import { fromBase64, fromUtf8, toBase64, utf8 } from '../../../src/vault/core/crypto/bytes';

describe('base64', () => {
  it('round-trips every byte value and large buffers', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64(toBase64(all))).toEqual(all);
    const big = new Uint8Array(100_000).fill(0xab);
    expect(fromBase64(toBase64(big))).toEqual(big);
  });
  it('decodes several megabytes (a 10,000-entry vault snapshot) without overflowing the regex stack', () => {
    const snapshot = Uint8Array.from({ length: 4_000_000 }, (_, i) => (i * 31 + (i >> 8)) & 0xff);
    const decoded = fromBase64(toBase64(snapshot));
    // Compared as bytes: a deep equality over four million elements takes the test runner seconds.
    expect(decoded && Buffer.compare(decoded, snapshot)).toBe(0);
  });
  it.each(['QQ', 'QR==', 'Q===', 'QQ==QQ==', 'a b=', '****', '=QQQ', 'QQ=Q', '===='])('rejects non-canonical %j', (text) => {
    expect(fromBase64(text)).toBeNull();
  });
});

describe('utf8', () => {
  it('round-trips and refuses invalid sequences', () => {
    expect(fromUtf8(utf8('пароль 🔑'))).toBe('пароль 🔑');
    expect(fromUtf8(new Uint8Array([0xff, 0xfe]))).toBeNull();
  });
});
