// The popup's site avatars: a letter and a colour from the site's name alone (nothing fetched),
// the same colour for every host of one shop, readable white text on every colour.
import { describe, expect, it } from 'vitest';
import { AVATAR_COLOURS, avatarFor, siteLabel } from '../../../src/pages/popup/avatar';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

describe('site avatars', () => {
  it.each([
    ['login.aliexpress.com', 'aliexpress'],
    ['www.amazon.co.uk', 'amazon'],
    ['shop.com.br', 'shop'],
    ['shop.test:8443', 'shop'],
    ['localhost', 'localhost'],
    ['192.168.0.10', '192.168.0.10'],
    ['co.uk', 'co'],
  ])('names %s by %s', (host, label) => {
    expect(siteLabel(host)).toBe(label);
  });

  it('takes the letter from the title, else the site, in any script', () => {
    expect(avatarFor('login.aliexpress.com').letter).toBe('A');
    expect(avatarFor('www.shop.test', 'Gift shop').letter).toBe('G');
    expect(avatarFor('магазин.test', '').letter).toBe('М');
    expect(avatarFor('www.7eleven.test').letter).toBe('7');
    expect(avatarFor('', '¿?').letter).toBe('?');
  });

  it('gives every host of one shop the same colour, whatever the title', () => {
    const colour = avatarFor('www.aliexpress.com').colour;
    expect(avatarFor('login.aliexpress.com', 'AliExpress gifts').colour).toBe(colour);
    expect(avatarFor('aliexpress.com').colour).toBe(colour);
    // Different shops spread over the palette rather than all sharing one colour.
    const shops = ['amazon', 'ebay', 'etsy', 'temu', 'shein', 'walmart', 'alibaba', 'dsers', 'ikea', 'zalando'];
    expect(new Set(shops.map((s) => avatarFor(`www.${s}.com`).colour)).size).toBeGreaterThan(5);
  });

  it.each(AVATAR_COLOURS)('%s carries white text at 4.5:1 or more', (colour) => {
    expect((1.05) / (luminance(colour) + 0.05)).toBeGreaterThanOrEqual(4.5);
  });
});
