// Runs anywhere. Where to change the password on a site, in order of trust: the recipe's own
// start URL, Apple's change-password-URLs data (MIT, data/LICENSE.md) for the host or its
// registrable domain, then the site's /.well-known/change-password. The well-known URL is only a
// candidate: W3C "A Well-Known URL for Changing Passwords" says to first request a resource that
// must not exist and trust the site's status codes only if that answers non-2xx. The caller (the
// background, which may fetch) runs that check; when it fails, the account page guess is next.
import appleUrls from './data/change-password-URLs.json';
import { registrableDomain } from '../../../vault/core/match/site';
import type { Recipe } from './schema';

export const WELL_KNOWN_PATH = '/.well-known/change-password';
/** The note's own example of a path that no site should answer with 200. */
export const NOT_EXISTING_PATH = '/.well-known/resource-that-should-not-exist-whose-status-code-should-not-be-200';

export type ChangePasswordUrl =
  | { source: 'recipe' | 'apple'; url: string }
  | {
      source: 'well-known';
      url: string;
      /** Request this first: trust `url` only if it answers non-2xx (see wellKnownTrusted). */
      verifyWith: string;
      /** Where to go when the check fails: the account page, a guess. */
      otherwise: { source: 'account-guess'; url: string };
    };

const apple = appleUrls as Record<string, string | undefined>;

function appleUrlFor(host: string): string | null {
  const site = registrableDomain(host);
  for (const key of [host, site]) if (key && Object.hasOwn(apple, key) && typeof apple[key] === 'string') return apple[key];
  return null;
}

function resolve(urlOrPath: string, origin: string): string {
  return urlOrPath.startsWith('/') ? `${origin}${urlOrPath}` : urlOrPath;
}

export function changePasswordUrl(host: string, recipe: Recipe): ChangePasswordUrl {
  const name = host.trim().toLowerCase().replace(/\.$/, '');
  const origin = `https://${name}`;
  const start = recipe.flows.change?.startUrl;
  if (start !== undefined) return { source: 'recipe', url: resolve(start, origin) };
  const fromApple = appleUrlFor(name);
  if (fromApple) return { source: 'apple', url: fromApple };
  return {
    source: 'well-known',
    url: `${origin}${WELL_KNOWN_PATH}`,
    verifyWith: `${origin}${NOT_EXISTING_PATH}`,
    otherwise: { source: 'account-guess', url: resolve(recipe.accountUrl ?? '/account', origin) },
  };
}

/** The W3C check: a site whose "not existing" resource answers 2xx cannot be trusted on status codes. */
export function wellKnownTrusted(notExistingStatus: number): boolean {
  return notExistingStatus < 200 || notExistingStatus > 299;
}
