// Runs anywhere. The background's messages about itself as a whole rather than one feature: its
// status, and the popup's first screen, which gathers several features' answers in one round trip.
import * as z from 'zod/mini';
import { Empty, type MessageSpec } from './message-spec';
import { PopupOpen, Status } from './shapes';

export const statusMessages = {
  /** Liveness and identity of the background, for our own pages. */
  status: { from: ['extension', 'embedded'], request: Empty, response: Status },
  /** The popup's first screen in one round trip (status, vault, tab, first page, settings it needs). */
  'popup/open': {
    from: ['extension'],
    request: z.object({ tabId: z.nullable(z.number()), limit: z.number().check(z.int(), z.minimum(0), z.maximum(500)) }),
    response: PopupOpen,
  },
} as const satisfies Record<string, MessageSpec>;
