// Runs anywhere. When two usernames name one account: import, the health report and Keep must
// give the same answer, or an import makes a "new" entry that Keep then offers to update.
// Case is how the same email gets typed twice, spaces around it are typos, and the Unicode form
// is how a system composes accents (macOS input gives "e" + combining acute, most others "é").

/** The account key of a username: NFC, trimmed, lower case. */
export const normaliseUsername = (username: string): string => username.normalize('NFC').trim().toLowerCase();

export const sameUsername = (a: string, b: string): boolean => normaliseUsername(a) === normaliseUsername(b);
