// Runs anywhere. What every message of the protocol declares: who may send it and the schemas of
// both directions. Each feature declares its own messages with it (<feature>/core/messages.ts);
// messages.ts assembles them into the one table.
import * as z from 'zod/mini';
import type { SenderKind } from './sender';

export interface MessageSpec {
  /** Which senders may send this message at all; anyone else gets `forbidden`. */
  from: readonly SenderKind[];
  request: z.ZodMiniType;
  response: z.ZodMiniType;
}

/** A request that carries nothing, or a reply that says nothing but "done". */
export const Empty = z.object({});
