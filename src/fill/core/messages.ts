// Runs anywhere. Fill's slice of the message protocol (assembled in shared/protocol/messages.ts).
import * as z from 'zod/mini';
import type { MessageSpec } from '../../shared/protocol/message-spec';
import { FillOutcome } from '../../shared/protocol/commands';

export const fillMessages = {
  /** Fill an entry into a tab's login form; sent on a click in the popup (a user gesture). */
  'fill/entry': { from: ['extension'], request: z.object({ tabId: z.number(), entryId: z.string() }), response: FillOutcome },
} as const satisfies Record<string, MessageSpec>;
