// Runs anywhere. Sync's slice of the message protocol (assembled in shared/protocol/messages.ts).
import * as z from 'zod/mini';
import { Empty, type MessageSpec } from '../../shared/protocol/message-spec';
import { SyncStatus } from './status';
import { VaultChange } from '../../shared/protocol/shapes';

const SyncState = z.object({ on: z.boolean(), status: z.nullable(SyncStatus) });

export const syncMessages = {
  /** Whether sync is on here and what its last run did (sizes and refusals, never contents). */
  'sync/state': { from: ['extension'], request: Empty, response: SyncState },
  /** Turn sync on or off on this computer; off with `removeCopy` also deletes the synced copy. */
  'sync/turn': { from: ['extension'], request: z.object({ on: z.boolean(), removeCopy: z.boolean() }), response: SyncState },
  /** First run: whether the browser account holds a synced vault this computer could take. */
  'sync/offer': { from: ['extension'], request: Empty, response: z.object({ exists: z.boolean() }) },
  /** First run: take the synced vault, proven by its master password (sync turns on here). */
  'sync/adopt': { from: ['extension'], request: z.object({ password: z.string() }), response: VaultChange },
} as const satisfies Record<string, MessageSpec>;
