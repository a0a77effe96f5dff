// Reads the vault as stored and decrypts it here, in Node, with the master password and the
// extension's own core crypto: what E2E tests compare when they ask "is it the same vault?"
// (every field, passwords and history included, which no message hands to a page in bulk).
import { unlockHeader } from '../../../src/vault/core/crypto/header';
import { openRecord } from '../../../src/vault/core/crypto/record';
import { Entry } from '../../../src/vault/core/entry';
import { readLocal } from './extension-storage';
import type { TestPage } from './page';

const PREFIX = 'vault:e:';

export async function vaultEntries(page: TestPage, master: string): Promise<Entry[]> {
  const raw = await readLocal(page);
  const unlocked = await unlockHeader(master, raw['vault:header']);
  if (!unlocked.ok) throw new Error(`cannot open the stored vault: ${unlocked.error.code}`);
  const entries: Entry[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (!key.startsWith(PREFIX)) continue;
    const opened = await openRecord(unlocked.value.key, value, key.slice(PREFIX.length));
    if (!opened.ok) throw new Error(`record ${key} does not open: ${opened.error}`);
    entries.push(Entry.parse(JSON.parse(opened.value.plaintext)));
  }
  return entries.sort((a, b) => a.id.localeCompare(b.id));
}

/** The same entries whatever ids an import gave them. */
export const withoutIds = (entries: readonly Entry[]): string[] =>
  entries.map(({ id: _id, ...rest }) => JSON.stringify(rest)).sort();
