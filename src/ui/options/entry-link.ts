// Runs in: the options page. `#entry=ID` opens the page on one entry, its editor open: the guide's
// "Latchkey did not see the new password: update it here" (background/guide: guide/open-entry).
export function entryFromHash(hash: string): string | null {
  const id = new URLSearchParams(hash.replace(/^#/, '')).get('entry');
  return id && id.length <= 200 ? id : null;
}
