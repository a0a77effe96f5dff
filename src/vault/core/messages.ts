// Runs anywhere. The vault's slice of the message protocol (assembled in
// shared/protocol/messages.ts): create, unlock, lock, re-key, and the entries one at a time.
import * as z from 'zod/mini';
import { Empty, type MessageSpec } from '../../shared/protocol/message-spec';
import { EntryDraft, EntryList, VaultChange, VaultState } from '../../shared/protocol/shapes';
import { KdfChoice } from './crypto/kdf-choice';
import { VaultChangeFailure } from './failure';
import { EntrySummary } from './summary';

const MasterPassword = z.string().check(z.minLength(8), z.maxLength(1024));

export const vaultMessages = {
  'vault/state': { from: ['extension'], request: Empty, response: VaultState },
  'vault/create': { from: ['extension'], request: z.object({ password: MasterPassword }), response: VaultChange },
  'vault/unlock': { from: ['extension'], request: z.object({ password: z.string() }), response: VaultChange },
  'vault/lock': { from: ['extension'], request: Empty, response: VaultState },
  /** Re-encrypts everything under a new master password, atomically. */
  'vault/change-master': {
    from: ['extension'],
    request: z.object({ current: z.string(), next: MasterPassword }),
    response: z.object({
      state: VaultState,
      failure: z.nullable(VaultChangeFailure),
    }),
  },
  /** The vault's KDF parameters without the salt (public: they sit in plaintext in the header). */
  'vault/kdf': { from: ['extension'], request: Empty, response: z.object({ kdf: z.nullable(KdfChoice) }) },
  /** Re-derives the key with new KDF parameters and re-encrypts everything, like a master password change. */
  'vault/change-kdf': {
    from: ['extension'],
    request: z.object({ current: z.string(), kdf: KdfChoice }),
    response: z.object({
      state: VaultState,
      failure: z.nullable(VaultChangeFailure),
    }),
  },
  /** Summaries only, one page at a time: no password crosses this message. */
  'entries/list': {
    from: ['extension'],
    request: z.object({
      tabId: z.nullable(z.number()),
      query: z.string().check(z.maxLength(200)),
      offset: z.number().check(z.int(), z.minimum(0)),
      limit: z.number().check(z.int(), z.minimum(0), z.maximum(500)),
    }),
    response: EntryList,
  },
  'entries/save': { from: ['extension'], request: EntryDraft, response: EntrySummary },
  'entries/delete': { from: ['extension'], request: z.object({ id: z.string() }), response: z.object({ deleted: z.boolean() }) },
  /** The one way a password leaves the background for a page of ours: copy in the popup. */
  'entries/password': { from: ['extension'], request: z.object({ id: z.string() }), response: z.object({ password: z.string() }) },
  /** The popup copied a password: clear the clipboard after the user's delay (answers the time). */
  'clipboard/clear-later': { from: ['extension'], request: Empty, response: z.object({ at: z.number() }) },
} as const satisfies Record<string, MessageSpec>;
