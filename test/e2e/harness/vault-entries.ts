// Reads the vault as stored and decrypts it here, in Node, with the master password and the
// extension's own core crypto: what E2E tests compare when they ask "is it the same vault?"
// (every field, passwords and history included, which no message hands to a page in bulk).
import { unlockHeader } from '../../../src/vault/core/crypto/header';
import { openRecord } from '../../../src/vault/core/crypto/record';
import { Entry } from '../../../src/vault/core/entry';
import { readLocal } from './extension-storage';
import type { TestPage } from './page';

const PREFIX = 'vault:e:';

// A key derivation costs the better part of a second of a core the browsers need, and tests poll
// this until the vault has changed: the same header and password give the same key (or the same
// refusal), so each pair is derived once.
const keys = new Map<string, Promise<CryptoKey>>();

/** The vault key for the stored `header` and `master`; rejects naming the reason when it does not open. */
export function keyFor(master: string, header: unknown): Promise<CryptoKey> {
  const id = JSON.stringify([master, header]);
  let key = keys.get(id);
  if (!key) {
    key = unlockHeader(master, header).then((unlocked) => {
      if (!unlocked.ok) throw new Error(`cannot open the stored vault: ${unlocked.error.code}`);
      return unlocked.value.key;
    });
    keys.set(id, key);
  }
  return key;
}

export async function vaultEntries(page: TestPage, master: string): Promise<Entry[]> {
  const raw = await readLocal(page);
  const key = await keyFor(master, raw['vault:header']);
  const entries: Entry[] = [];
  for (const [name, value] of Object.entries(raw)) {
    if (!name.startsWith(PREFIX)) continue;
    const opened = await openRecord(key, value, name.slice(PREFIX.length));
    if (!opened.ok) throw new Error(`record ${name} does not open: ${opened.error}`);
    entries.push(Entry.parse(JSON.parse(opened.value.plaintext)));
  }
  return entries.sort((a, b) => a.id.localeCompare(b.id));
}

/** The same entries whatever ids an import gave them. */
export const withoutIds = (entries: readonly Entry[]): string[] =>
  entries.map(({ id: _id, ...rest }) => JSON.stringify(rest)).sort();
