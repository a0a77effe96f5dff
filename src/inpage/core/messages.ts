// Runs anywhere. The in-page cards' slice of the message protocol (assembled in
// shared/protocol/messages.ts).
import * as z from 'zod/mini';
import type { MessageSpec } from '../../shared/protocol/message-spec';

export const inpageMessages = {
  /**
   * Our in-page card asks for our own window to take a decision it may not take in the page (in a
   * browser that cannot tell us the card is seen, or after it said it was not): the review window
   * for the card's offer or trouble, or the guide window to fill a new password. Always for the
   * frame's own tab (from the sender); opening it decides nothing.
   */
  'review/open': {
    from: ['embedded'],
    request: z.object({ card: z.enum(['offer', 'trouble', 'guide']) }),
    response: z.object({ opened: z.boolean() }),
  },
} as const satisfies Record<string, MessageSpec>;
