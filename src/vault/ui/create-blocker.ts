// Runs in: the options page. Why the new master password cannot be used yet (a message key), or
// null. Length 8 is the background's own minimum; score 2 is zxcvbn's "somewhat guessable"
// (about 10^8 guesses), the least we accept for the key to every store password.
export const MIN_LENGTH = 8;
export const MIN_SCORE = 2;

export function createBlocker(password: string, confirm: string, score: number | null): string | null {
  if (password.length < MIN_LENGTH) return 'createWhyShort';
  if (score === null) return 'createWhyScoring';
  if (score < MIN_SCORE) return 'createWhyWeak';
  if (confirm !== password) return confirm ? 'createWhyMismatch' : 'createWhyConfirm';
  return null;
}
