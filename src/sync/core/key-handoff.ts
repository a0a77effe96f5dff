// Runs anywhere. The master password handoff: when the master password changes on one computer,
// the synced copy carries the item `s:k` so that the other computers, still on the old one, move
// to the new without losing what they had not synced yet:
// - `keys`: the vault's earlier keys, sealed under the new key (bound to the new header), so a
//   computer given the new password opens its own records and re-seals them under the new key;
// - `moved`: for each earlier key, "this vault moved to <new header>", sealed under that key, so a
//   computer still on it knows the change is genuine (the old password is then refused, and sync
//   pauses) without the provider being able to say so: it holds none of the keys.
// The old keys travel only sealed under the new one. A handoff made for another header (a replay
// of an earlier change) names another header in both seals' associated data and does not open.
import * as z from 'zod/mini';
import { fromBase64, toBase64, utf8 } from '../../vault/core/crypto/bytes';
import { importKey } from '../../vault/core/crypto/kdf';
import { keyOpensHeader, type VaultHeader } from '../../vault/core/crypto/header';
import { openRecord, SealedRecord, sealRecord } from '../../vault/core/crypto/record';
import { type Result, err, ok } from '../../shared/result';

export const HANDOFF_ITEM = 's:k';
const FORMAT = 1;
/** Earlier keys carried: a computer that missed more changes than this many starts over from its backup. */
export const MAX_HANDOFF_KEYS = 8;
const KEY_BYTES = 32;
const PRINT_BYTES = 16;

const RawKey = z.base64().check(z.length(44));
const Print = z.base64().check(z.length(24));
const OldKeys = z.array(z.object({ h: Print, k: RawKey })).check(z.minLength(1), z.maxLength(MAX_HANDOFF_KEYS));
export const KeyHandoff = z.object({
  v: z.literal(FORMAT),
  /** The header this vault moved to (its print). */
  to: Print,
  moved: z.array(SealedRecord).check(z.minLength(1), z.maxLength(MAX_HANDOFF_KEYS)),
  keys: SealedRecord,
});
export type KeyHandoff = z.infer<typeof KeyHandoff>;

/** An earlier key of the vault and the print of the header it opened. */
export interface OldKey {
  print: string;
  raw: Uint8Array<ArrayBuffer>;
}

/** A header's print: a digest of its key check, which differs for every key and salt. */
export async function headerDigest(header: VaultHeader): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', utf8(JSON.stringify(header.keyCheck)));
  return toBase64(new Uint8Array(digest).slice(0, PRINT_BYTES));
}

const movedId = (to: string) => `latchkey:sync:moved:${to}`;
const keysId = (to: string) => `latchkey:sync:keys:${to}`;

/**
 * The handoff for a change to `newHeader` (under `newKey`) from `old` (newest first: the key the
 * change started from, then what the previous handoff carried), at most MAX_HANDOFF_KEYS of them.
 */
export async function makeHandoff(newKey: CryptoKey, newHeader: VaultHeader, old: readonly OldKey[]): Promise<KeyHandoff> {
  const kept = old.slice(0, MAX_HANDOFF_KEYS);
  const to = await headerDigest(newHeader);
  const moved = await Promise.all(kept.map(async ({ raw }) => sealRecord(await importKey(raw), movedId(to), FORMAT, to)));
  const keys = await sealRecord(newKey, keysId(to), FORMAT, JSON.stringify(kept.map(({ print, raw }) => ({ h: print, k: toBase64(raw) }))));
  return { v: FORMAT, to, moved, keys };
}

/**
 * 'absent': no handoff; 'other-header': it is for another header than the synced one (replayed or
 * stale); 'not-ours': none of its statements opens under this key (another vault's, or altered);
 * 'tampered': it does not parse, or its keys do not open under the new key or hold no key for this
 * computer's header.
 */
export type HandoffError = 'absent' | 'other-header' | 'not-ours' | 'tampered';

function parsed(raw: unknown): Result<KeyHandoff, HandoffError> {
  if (raw === undefined) return err('absent');
  const handoff = KeyHandoff.safeParse(raw);
  return handoff.success ? ok(handoff.data) : err('tampered');
}

/**
 * Whether the vault under `key` moved to `syncedHeader` on another computer: a statement sealed
 * under `key` names that header. Only a holder of `key` can have made it.
 */
export async function movedTo(key: CryptoKey, raw: unknown, syncedHeader: VaultHeader): Promise<Result<true, HandoffError>> {
  const handoff = parsed(raw);
  if (!handoff.ok) return handoff;
  const to = await headerDigest(syncedHeader);
  if (handoff.value.to !== to) return err('other-header');
  for (const statement of handoff.value.moved) {
    const opened = await openRecord(key, statement, movedId(to));
    if (opened.ok && opened.value.plaintext === to) return ok(true);
  }
  return err('not-ours');
}

/**
 * The key of `localHeader` (this computer's, from before the change), from a handoff to
 * `syncedHeader` opened under `newKey` (the synced header's, proven by the new password). The key
 * is proven against the local header's key check before it is answered.
 */
export async function oldKeyFor(newKey: CryptoKey, raw: unknown, syncedHeader: VaultHeader, localHeader: VaultHeader): Promise<Result<{ key: CryptoKey; raw: Uint8Array<ArrayBuffer> }, HandoffError>> {
  const all = await handedKeys(newKey, raw, syncedHeader);
  if (!all.ok) return all;
  const print = await headerDigest(localHeader);
  const found = all.value.find((old) => old.print === print);
  if (!found) return err('not-ours');
  const key = await importKey(found.raw);
  return (await keyOpensHeader(key, localHeader)) ? ok({ key, raw: found.raw }) : err('tampered');
}

/** Every earlier key a handoff to `syncedHeader` carries, opened under `newKey`. */
export async function handedKeys(newKey: CryptoKey, raw: unknown, syncedHeader: VaultHeader): Promise<Result<OldKey[], HandoffError>> {
  const handoff = parsed(raw);
  if (!handoff.ok) return handoff;
  const to = await headerDigest(syncedHeader);
  if (handoff.value.to !== to) return err('other-header');
  const opened = await openRecord(newKey, handoff.value.keys, keysId(to));
  if (!opened.ok) return err('tampered');
  const keys = OldKeys.safeParse(parseJson(opened.value.plaintext));
  if (!keys.success) return err('tampered');
  const out: OldKey[] = [];
  for (const { h, k } of keys.data) {
    const bytes = fromBase64(k);
    if (!bytes || bytes.length !== KEY_BYTES) return err('tampered');
    out.push({ print: h, raw: bytes });
  }
  return ok(out);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
