// Runs anywhere. What the user typed as a site (settings, "Move to site…"), as an origin; no
// public-suffix data, so a page may use it too.
/** The origin a typed site stands for: "shop.test", "https://shop.test/login" -> "https://shop.test". */
export function typedOrigin(typed: string): string | null {
  const text = typed.trim();
  if (!text || /\s/.test(text)) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname || url.username || url.password) return null;
    return url.origin;
  } catch {
    return null;
  }
}
