// Runs anywhere. The user's answer to an offer, checked against the decision before anything is
// written: an extension page can only pick among the candidates the background offered, so a
// stale or forged choice cannot update an unrelated entry.
import * as z from 'zod/mini';
import type { MatchMode } from '../../vault/core/match/entry-site';
import { createEntry, type Entry } from '../../vault/core/entry';
import { changePassword, revertPending } from '../../vault/core/password-change';
import type { Decision } from './decision';

export const Choice = z.union([
  /** Save as a new entry; the username is editable in the prompt. */
  z.object({ action: z.literal('save'), username: z.optional(z.string().check(z.maxLength(1024))) }),
  /** Update this entry (the one offered, or one picked among the candidates). */
  z.object({ action: z.literal('update'), entryId: z.string() }),
  z.object({ action: z.literal('revert'), entryId: z.string() }),
]);
export type Choice = z.infer<typeof Choice>;

export interface AcceptContext {
  now: number;
  /** Id for a new entry. */
  newId: string;
  /** Sender-derived origin of the page the capture came from. */
  origin: string;
  /** The password the capture proved or set (absent for revert-only decisions). */
  password: string | null;
  entries: ReadonlyMap<string, Entry>;
  /** How a saved entry matches pages (settings.matchDefault); same site when not given. */
  match?: MatchMode;
}

export type Applied = { ok: true; entry: Entry } | { ok: false; reason: string };

export function applyChoice(decision: Decision, choice: Choice, ctx: AcceptContext): Applied {
  if (choice.action === 'save') {
    if (ctx.password === null || (decision.kind !== 'save' && decision.kind !== 'update')) return { ok: false, reason: 'nothing to save' };
    const username = choice.username ?? (decision.kind === 'save' ? decision.username : '');
    const site = { origins: [ctx.origin], match: ctx.match ?? 'site' };
    return { ok: true, entry: createEntry({ id: ctx.newId, site, username: username.trim(), password: ctx.password }, ctx.now) };
  }
  const entry = ctx.entries.get(choice.entryId);
  if (!entry) return { ok: false, reason: 'no such entry' };
  if (choice.action === 'update') {
    if (decision.kind !== 'update' || !decision.candidates.includes(entry.id)) return { ok: false, reason: 'not an offered entry' };
    return { ok: true, entry: changePassword(entry, decision.password, ctx.now, { pending: decision.pending }) };
  }
  if (decision.kind !== 'revert' || decision.entryId !== entry.id) return { ok: false, reason: 'no revert offered for this entry' };
  return { ok: true, entry: revertPending(entry, ctx.now) };
}
