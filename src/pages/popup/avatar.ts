// Runs in: the action popup. A site's avatar drawn from its name alone: a letter and a colour.
// Fetching favicons would tell a server, or the network, every site in the vault, so nothing is
// fetched. The colour comes from the site's main label (the name before its public suffix), so
// every host of one shop shares it; the suffix list is not loaded here (pages carry no tldts), so
// a short second-level label ("co.uk", "com.br") stands for the suffix by rule of thumb.

/** Background colours for white text, each at a contrast of at least 4.5:1 (a unit test checks). */
export const AVATAR_COLOURS = ['#b3261e', '#a0410d', '#7a5c00', '#3b6e0a', '#0a6b50', '#00677f', '#1a5fb4', '#4a4fb0', '#7b3fa8', '#9c2a78', '#5b636e', '#8a4b2a'] as const;

export interface Avatar {
  letter: string;
  colour: (typeof AVATAR_COLOURS)[number];
}

// A second-level label this short under a country code is most likely part of the suffix.
const SUFFIX_LIKE = /^(co|com|net|org|gov|edu|ac|or|ne|go)$/;

/** The label that names the site: "login.aliexpress.com" -> "aliexpress", "shop.co.uk" -> "shop". */
export function siteLabel(host: string): string {
  const labels = host.toLowerCase().replace(/:\d+$/, '').split('.').filter(Boolean);
  if (labels.length <= 1) return labels[0] ?? '';
  if (/^\d+$/.test(labels.at(-1) ?? '')) return host; // an IP address
  const suffixLength = labels.length >= 3 && SUFFIX_LIKE.test(labels.at(-2) ?? '') && (labels.at(-1)?.length ?? 0) === 2 ? 2 : 1;
  return labels[labels.length - suffixLength - 1] ?? labels[0] ?? '';
}

/** A small stable hash (FNV-1a): the same site gets the same colour in every popup. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The avatar of an entry: its title's first letter if it has one, else its site's; colour by site. */
export function avatarFor(host: string, title = ''): Avatar {
  const label = siteLabel(host);
  const source = title.trim() || label || host;
  // The first letter or digit, whatever the script ("магазин" -> "М"); a symbol when none.
  const letter = source.match(/[\p{L}\p{N}]/u)?.[0]?.toLocaleUpperCase() ?? '?';
  const colour = AVATAR_COLOURS[hash(label || host) % AVATAR_COLOURS.length] ?? AVATAR_COLOURS[0];
  return { letter, colour };
}
