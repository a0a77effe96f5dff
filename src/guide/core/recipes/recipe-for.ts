// Runs anywhere. Which recipe guides a host: the site recipe that lists its domain (or a parent of
// it: login.aliexpress.com is aliexpress.com, shop.myshopify.com is myshopify.com), else one whose
// path signature the page's path shows (a Shopify store on its own domain), else the generic one.
import { GENERIC_RECIPE, SITE_RECIPES } from '../../recipes/index';
import type { Recipe } from './schema';

function normalHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

function claims(recipe: Recipe, host: string): boolean {
  return recipe.domains.some((d) => host === d || host.endsWith(`.${d}`));
}

function signatureMatches(recipe: Recipe, path: string): boolean {
  return (recipe.pathSignatures ?? []).some((source) => new RegExp(source, 'iu').test(path));
}

export function recipeFor(host: string, path?: string, recipes: readonly Recipe[] = SITE_RECIPES): Recipe {
  const name = normalHost(host);
  const byDomain = recipes.find((r) => claims(r, name));
  if (byDomain) return byDomain;
  const bySignature = path === undefined ? undefined : recipes.find((r) => signatureMatches(r, path));
  return bySignature ?? GENERIC_RECIPE;
}
