// Runs anywhere. The online exposed-password check, which the user turns on: Have I Been Pwned's
// range API with k-anonymity. Only the first 5 hex characters of a password's SHA-1 leave the
// machine; the answer lists the other 35 characters of every breached password's hash that starts
// with them (about a thousand), with how often each was seen, and the match is made here. Asked
// with `Add-Padding: true`, the answer is padded with decoy lines (count 0) to a size that says
// nothing about which prefix was asked. What the check found is kept sealed under the vault key,
// by password fingerprint (verdicts.ts), never the hash.
import * as z from 'zod/mini';

/** The host permission the options page asks for when the user turns the check on (manifest `optional_host_permissions`). */
export const BREACH_HOST_PERMISSION = 'https://api.pwnedpasswords.com/*';
export const RANGE_PREFIX_LENGTH = 5;
const SHA1_HEX_LENGTH = 40;
/** A padded answer is 800 to 1,000 lines of 40 characters or so; anything far bigger is not one. */
export const MAX_RANGE_CHARS = 1_000_000;

export function hashParts(sha1Hex: string): { prefix: string; suffix: string } {
  const hex = sha1Hex.toUpperCase();
  if (!/^[0-9A-F]+$/.test(hex) || hex.length !== SHA1_HEX_LENGTH) throw new Error('not a SHA-1 in hex');
  return { prefix: hex.slice(0, RANGE_PREFIX_LENGTH), suffix: hex.slice(RANGE_PREFIX_LENGTH) };
}

const LINE = /^([0-9A-Fa-f]{35}):(\d{1,12})$/;

/** Suffix -> times seen, or null when the text is not a range answer (an error page, a truncated body). */
export function parseRange(text: string): Map<string, number> | null {
  if (text.length > MAX_RANGE_CHARS) return null;
  const counts = new Map<string, number>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const match = LINE.exec(line);
    if (!match) return null;
    counts.set((match[1] ?? '').toUpperCase(), Number(match[2]));
  }
  // Every prefix has breached hashes (and padding adds more): an empty answer is not a real one.
  return counts.size > 0 ? counts : null;
}

/** Why a check stopped; each says so in the page, and none marks a password exposed. */
export const BreachFailure = z.enum([
  'off', // the user has not turned the online check on
  'no-permission', // turned on, but the browser's permission for the API was taken back
  'timeout', // no answer in time
  'rate-limited', // the API answered 429
  'garbage', // an answer that is not a range answer
  'unavailable', // no connection, or another status
]);
export type BreachFailure = z.infer<typeof BreachFailure>;

const Count = z.number().check(z.int(), z.nonnegative());

export const BreachStatus = z.object({
  /** The user has turned the online check on. */
  online: z.boolean(),
  /** Distinct passwords checked online, still to check, and found in breaches. */
  checked: Count,
  unchecked: Count,
  found: Count,
  /** Passwords this ask checked. */
  checkedNow: Count,
  failure: z.nullable(BreachFailure),
});
export type BreachStatus = z.infer<typeof BreachStatus>;

export const BREACHES_VERSION = 1;
/** Password fingerprint -> times seen in breaches (0: checked, not seen). */
export const StoredBreaches = z.object({ counts: z.record(z.string(), Count) });
export type StoredBreaches = z.infer<typeof StoredBreaches>;
