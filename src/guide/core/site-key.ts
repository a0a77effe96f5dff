// Runs anywhere. Which guide a page belongs to. A site recipe claims all its domains (the reset
// link of aliexpress.com may open on login.aliexpress.ru), so its key is the recipe; a site guided
// by the generic recipe is keyed by its registrable domain (shop.example.com and
// account.example.com are one shop).
import { registrableDomain } from '../../vault/core/match/site';
import { recipeFor } from './recipes/recipe-for';
import type { Recipe } from './recipes/schema';

export interface GuidedSite {
  host: string;
  recipe: Recipe;
  siteKey: string;
}

/** The host as recipes name it: a fully qualified `login.aliexpress.com.` is `login.aliexpress.com`. */
const recipeHost = (hostname: string): string => hostname.replace(/\.$/, '');

export function guidedSite(url: string): GuidedSite | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = recipeHost(parsed.hostname);
  const recipe = recipeFor(host, `${parsed.pathname}${parsed.search}${parsed.hash}`);
  // A Shopify store on its own domain shares the recipe but is its own site.
  const claimed = recipe.domains.some((d) => host === d || host.endsWith(`.${d}`));
  const siteKey = claimed ? `recipe:${recipe.id}` : `site:${registrableDomain(host) ?? host}`;
  return { host, recipe, siteKey };
}

/** The page's URL as the recipes see it: with the host they matched, so URL patterns apply. */
export function recipeUrl(url: string, host: string): string {
  try {
    const parsed = new URL(url);
    parsed.hostname = host;
    return parsed.href;
  } catch {
    return url;
  }
}
