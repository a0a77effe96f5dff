// Runs anywhere. Values that must never be kept as a username or password (DESIGN.md job 3):
// masked placeholders sites put back into fields (`•••`, `***`), one-character values, one-time
// codes and card numbers typed into a field that looked like a password.

// Characters sites and browsers draw a hidden value with.
const MASK_CHARS = /^[•●∙·⋅◦*]+$/u;

/** A value made only of mask characters, or of one symbol repeated ("••••", "****", "xxxx"). */
export function isMasked(value: string): boolean {
  const chars = [...value];
  if (chars.length === 0) return false;
  if (MASK_CHARS.test(value)) return true;
  // One non-alphanumeric symbol repeated, whatever it is ("????", "○○○○").
  return chars.length > 1 && chars.every((c) => c === chars[0]) && !/[\p{L}\p{N}]/u.test(chars[0] ?? '');
}

/**
 * 4 to 8 digits: what verification-code forms ask for (AliExpress sends 6). A real password of
 * only digits that short is also refused: keeping it would be keeping a code half the time.
 */
export const isOneTimeCode = (value: string): boolean => /^\d{4,8}$/.test(value.trim());

/** Luhn checksum over 13 to 19 digits (spaces and dashes allowed between groups). */
export function isCardNumber(value: string): boolean {
  const trimmed = value.trim();
  if (!/^\d[\d -]*\d$/.test(trimmed)) return false;
  const digits = trimmed.replace(/[ -]/g, '');
  if (digits.length < 13 || digits.length > 19) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

export type RefusedBecause = 'empty' | 'one-character' | 'masked' | 'one-time-code' | 'card-number';

/** Why a value may not be kept as a password, or null when it may. */
export function refusePassword(value: string): RefusedBecause | null {
  if (value.length === 0) return 'empty';
  if ([...value].length === 1) return 'one-character';
  if (isMasked(value)) return 'masked';
  if (isOneTimeCode(value)) return 'one-time-code';
  if (isCardNumber(value)) return 'card-number';
  return null;
}

/** Why a value may not be kept as a username, or null when it may (codes and cards are not names). */
export function refuseUsername(value: string): RefusedBecause | null {
  const trimmed = value.trim();
  if (trimmed.length === 0) return 'empty';
  if ([...trimmed].length === 1) return 'one-character';
  if (isMasked(trimmed)) return 'masked';
  if (isCardNumber(trimmed)) return 'card-number';
  return null;
}
