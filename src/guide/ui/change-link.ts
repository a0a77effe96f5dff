// Runs in: the options page, loaded on first use (the recipes and Apple's change-password URLs
// are data the page does not need until an entry is edited). Where to change the password on
// an entry's site: the recipe's change page, Apple's data, else /.well-known/change-password
// (guide/core/recipes/change-url.ts). The background's W3C check of the well-known URL needs a fetch
// to the site; a link cannot run it, and a site without the URL answers 404, which says as much.
import { changePasswordUrl } from '../core/recipes/change-url';
import { recipeFor } from '../core/recipes/recipe-for';

export function changeLinkFor(origin: string): string | null {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const found = changePasswordUrl(url.hostname, recipeFor(url.hostname));
  // Keep the entry's own scheme and port for a path on its own host (an http-only or local site).
  const onSite = `https://${url.hostname}/`;
  return found.url.startsWith(onSite) ? `${url.origin}/${found.url.slice(onSite.length)}` : found.url;
}
