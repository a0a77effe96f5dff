// Runs anywhere. What a URL is, for matching saved logins to pages: scheme, host, explicit port,
// and the registrable domain ("site") from the public suffix list via tldts. Private suffixes are
// on (allowPrivateDomains), so a.github.io and b.github.io are two sites, as browsers treat them
// for cookies; Apple's and Chrome's password managers make the same call.
import { parse } from 'tldts';

export interface SiteUrl {
  scheme: 'http:' | 'https:';
  /** Lower-case, punycode, no brackets around IPv6 (as tldts reports it). */
  host: string;
  /** Explicit port, '' when it is the scheme's default (the URL parser folds :443 into ''). */
  port: string;
  origin: string;
  /** Registrable domain, or null for IP addresses, localhost and single-label hosts. */
  site: string | null;
}

/** Parses an http(s) URL or origin; null for anything else (about:, file:, extension pages...). */
export function parseSiteUrl(input: string): SiteUrl | null {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const info = parse(url.hostname, { allowPrivateDomains: true });
  const host = info.hostname ?? url.hostname;
  // localhost and *.localhost are loopback (RFC 6761): never a shared "site", match exactly.
  const loopback = host === 'localhost' || host.endsWith('.localhost');
  const site = info.isIp || loopback ? null : info.domain;
  return { scheme: url.protocol, host, port: url.port, origin: url.origin, site };
}

/** Registrable domain of a bare host name, or null (IP, localhost, single label). */
export function registrableDomain(host: string): string | null {
  return parseSiteUrl(`https://${host}`)?.site ?? null;
}

/**
 * The names a group list may use for this URL: the host and each parent down to the site.
 * Apple's shared-credentials data lists mostly sites but some hosts (signin.costco.com).
 */
export function groupKeys(url: SiteUrl): string[] {
  if (!url.site) return [url.host];
  const keys: string[] = [];
  let name = url.host;
  while (name.length > url.site.length && name.endsWith(`.${url.site}`)) {
    keys.push(name);
    name = name.slice(name.indexOf('.') + 1);
  }
  keys.push(url.site);
  return keys;
}
