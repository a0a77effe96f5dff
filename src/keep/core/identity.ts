// Runs anywhere. Usernames remembered between the steps of one flow, because the later step has
// no username field:
// - `forgot`: typed on a forgot-password step; the set-new-password page a reset email opens
//   (maybe on another subdomain, in a new tab, minutes or hours later) updates that entry.
// - `login-step`: typed on step one of a two-step login (email page, then password page).
import * as z from 'zod/mini';
import { sameSite } from './same-site';

export const IdentityKind = z.enum(['forgot', 'login-step']);
export type IdentityKind = z.infer<typeof IdentityKind>;

export const Identity = z.object({
  kind: IdentityKind,
  /** The page URL the username was typed on (sender-derived). */
  url: z.string(),
  username: z.string(),
  at: z.number(),
});
export type Identity = z.infer<typeof Identity>;

/** How long each kind links steps: a reset email can sit in a mailbox for a while; a login's two pages follow each other. */
export const IDENTITY_TTL_MS: Record<IdentityKind, number> = {
  forgot: 3 * 60 * 60 * 1000,
  'login-step': 5 * 60 * 1000,
};

export const isLive = (identity: Identity, now: number): boolean =>
  identity.at <= now && now - identity.at < IDENTITY_TTL_MS[identity.kind];

/** The list with `next` remembered: one per kind and site, the newest replacing older ones. */
export function remember(list: readonly Identity[], next: Identity, now: number): Identity[] {
  const kept = list.filter((i) => isLive(i, now) && !(i.kind === next.kind && sameSite(i.url, next.url)));
  return [...kept, next];
}

/** The newest live identity of `kind` typed on the same site as `url`, or null. */
export function recall(list: readonly Identity[], kind: IdentityKind, url: string, now: number): Identity | null {
  const found = list.filter((i) => i.kind === kind && isLive(i, now) && sameSite(i.url, url));
  return found.sort((a, b) => b.at - a.at)[0] ?? null;
}
