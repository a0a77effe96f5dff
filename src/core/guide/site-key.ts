// Runs anywhere. Which guide a page belongs to. A site recipe claims all its domains (the reset
// link of aliexpress.com may open on login.aliexpress.ru), so its key is the recipe; a site guided
// by the generic recipe is keyed by its registrable domain (shop.example.com and
// account.example.com are one shop). Fixture sites stand in for real stores under the reserved
// `.test` TLD (RFC 6761: never resolvable on the internet), so `login.aliexpress.test` is guided
// as `login.aliexpress.com` and E2E drives the recipes we ship.
import { registrableDomain } from '../match/site';
import { recipeFor } from '../recipes/recipe-for';
import type { Recipe } from '../recipes/schema';
import { SITE_RECIPES } from '../../recipes/index';

export interface GuidedSite {
  host: string;
  recipe: Recipe;
  siteKey: string;
}

/** `x.aliexpress.test` -> `x.aliexpress.com` when a site recipe has a domain `aliexpress.*`. */
export function aliasTestHost(host: string): string {
  const name = host.trim().toLowerCase().replace(/\.$/, '');
  if (!name.endsWith('.test')) return name;
  const labels = name.split('.');
  const label = labels[labels.length - 2];
  const domain = SITE_RECIPES.flatMap((r) => r.domains).find((d) => d.split('.')[0] === label);
  if (!domain) return name;
  return [...labels.slice(0, -2), domain].join('.');
}

export function guidedSite(url: string): GuidedSite | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = aliasTestHost(parsed.hostname);
  const recipe = recipeFor(host, `${parsed.pathname}${parsed.search}${parsed.hash}`);
  // A Shopify store on its own domain shares the recipe but is its own site.
  const claimed = recipe.domains.some((d) => host === d || host.endsWith(`.${d}`));
  const siteKey = claimed ? `recipe:${recipe.id}` : `site:${registrableDomain(host) ?? host}`;
  return { host, recipe, siteKey };
}

/** The page's URL as the recipes see it: with the aliased host, so URL patterns apply. */
export function recipeUrl(url: string, host: string): string {
  try {
    const parsed = new URL(url);
    parsed.hostname = host;
    return parsed.href;
  } catch {
    return url;
  }
}
