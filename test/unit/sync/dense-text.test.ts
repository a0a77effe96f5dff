import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDenseText, toDenseText } from '../../../src/sync/core/dense-text';
import { itemBytes } from '../../../src/sync/core/limits';

describe('dense text', () => {
  it('round-trips any bytes in text the browser counts one byte a character, 6.5 bits a byte', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toDenseText(bytes);
        expect(fromDenseText(text)).toEqual(new Uint8Array(bytes));
        expect(itemBytes('', text)).toBe(text.length + 2);
        expect(text).not.toMatch(/["\\< ]/);
        expect(text.length).toBeLessThanOrEqual(Math.ceil((bytes.length * 8) / 13) * 2);
      }),
    );
  });

  it('refuses text it did not write', () => {
    expect(fromDenseText('ab"')).toBeNull();
    expect(fromDenseText('a<')).toBeNull();
    expect(fromDenseText('~~')).toBeNull(); // a pair above 13 bits
    expect(fromDenseText('~')).toBeNull(); // a lone last character above 6 bits
  });
});
