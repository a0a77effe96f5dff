// Runs in: the action popup. What the user typed as a site, as the origin an entry stores:
// "shop.test" and "https://shop.test/login" both become "https://shop.test". A page URL the tab
// reported keeps its own scheme and port.
export function siteOrigin(typed: string): string | null {
  const text = typed.trim();
  if (!text) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** The host part of an origin, or "" (for the generator's site rules). */
export function originHost(origin: string | null): string {
  if (!origin) return '';
  try {
    return new URL(origin).hostname;
  } catch {
    return '';
  }
}
