// Runs in: background. Handlers for the vault and its entries (extension pages only, per the
// protocol table). Passwords leave only through `entries/password` (copy) and fills.
import type { Handlers } from '../../shared/protocol/dispatch';
import type { VaultChange, VaultState } from '../../shared/protocol/shapes';
import { ReplyFailure } from '../../shared/protocol/reply';
import { createEntry, type Entry } from '../core/entry';
import { changePassword } from '../core/password-change';
import { summarize } from '../core/summary';
import { keepHooks } from '../../keep/background/handlers';
import { readTab } from '../../detect/background/tab-state';
import { entryList } from './search';
import { toChoice } from '../core/crypto/kdf-choice';
import { changeMasterPassword, currentKdf } from './master-password';
import { changeEntries } from './entry-writes';
import { createVault, lockVault, openVault, unlocked, unlockVault } from './vault';

type VaultHandlers = Pick<
  Handlers,
  'vault/state' | 'vault/create' | 'vault/unlock' | 'vault/lock' | 'vault/change-master' | 'vault/kdf' | 'vault/change-kdf' | 'entries/list' | 'entries/save' | 'entries/delete' | 'entries/password'
>;

async function state(now: number): Promise<VaultState> {
  return (await openVault(now)).state;
}

async function entryOrFail(id: string, now: number): Promise<Entry> {
  const entry = (await unlocked(now)).entries.get(id);
  if (!entry) throw new ReplyFailure('bad-request', 'no such entry');
  return entry;
}

export const vaultHandlers: VaultHandlers = {
  'vault/state': () => state(Date.now()),
  'vault/create': async ({ password }): Promise<VaultChange> => {
    await createVault(password, Date.now());
    return { state: await state(Date.now()), failure: null };
  },
  'vault/unlock': async ({ password }): Promise<VaultChange> => {
    const failure = await unlockVault(password, Date.now());
    // Offers accepted while locked are completed now (unlocking completes the save).
    if (failure === null) await keepHooks.unlocked();
    return { state: await state(Date.now()), failure };
  },
  'vault/lock': async () => {
    await lockVault();
    return state(Date.now());
  },
  'vault/change-master': async ({ current, next }) => {
    const failure = await changeMasterPassword(current, next, Date.now());
    return { state: await state(Date.now()), failure };
  },
  'vault/kdf': async () => {
    const kdf = await currentKdf();
    return { kdf: kdf ? toChoice(kdf) : null };
  },
  // The same re-encryption as a master password change, keeping the password: it proves the
  // user knows it, and the floors are checked again here (changeMasterPassword) whatever the page did.
  'vault/change-kdf': async ({ current, kdf }) => {
    const failure = await changeMasterPassword(current, current, Date.now(), kdf);
    return { state: await state(Date.now()), failure };
  },
  'entries/list': async ({ tabId, query, offset, limit }) => {
    const [{ entries }, tab] = await Promise.all([unlocked(Date.now()), tabId === null ? null : readTab(tabId)]);
    return entryList(entries, tab?.hello?.url ?? null, query, offset, limit);
  },
  'entries/save': async (draft) => {
    const now = Date.now();
    const newId = crypto.randomUUID();
    // An edit applies to the entry as it is when the write's turn comes: a "last used" or a Keep
    // update written since the page opened it is kept, and its password history too.
    const entry = await changeEntries(now, (current) => {
      const existing = draft.id ? current.get(draft.id) : undefined;
      if (draft.id && !existing) throw new ReplyFailure('bad-request', 'no such entry');
      let saved: Entry;
      if (!existing) {
        saved = createEntry({ id: newId, site: draft.site, username: draft.username, password: draft.password, notes: draft.notes, name: draft.name ?? '' }, now);
        if (draft.holdsPayment !== undefined) saved.holdsPayment = draft.holdsPayment;
      } else {
        // A new password goes through changePassword so the old one lands in history.
        const base = existing.password === draft.password ? existing : changePassword(existing, draft.password, now, { pending: false });
        saved = { ...base, site: draft.site, username: draft.username, notes: draft.notes, name: draft.name ?? base.name, updated: now };
        if (draft.holdsPayment !== undefined) saved.holdsPayment = draft.holdsPayment;
      }
      return { put: [saved], result: saved };
    });
    return summarize(entry);
  },
  'entries/delete': ({ id }) => changeEntries(Date.now(), (current) => ({ remove: [id], result: { deleted: current.has(id) } })),
  'entries/password': async ({ id }) => ({ password: (await entryOrFail(id, Date.now())).password }),
};
