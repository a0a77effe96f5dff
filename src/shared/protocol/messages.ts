// Runs anywhere. THE message protocol: every request the background answers, who may send it,
// and the schemas of both directions. Each feature declares its own messages beside its code
// (<feature>/core/messages.ts); this file only puts them in one table. Adding a message without a
// handler is a compile error in background/handlers.ts (the handler map is total over this table).
import * as z from 'zod/mini';
import { detectMessages } from '../../detect/core/messages';
import { fillMessages } from '../../fill/core/messages';
import { guideMessages } from '../../guide/core/messages';
import { inpageMessages } from '../../inpage/core/messages';
import { keepMessages } from '../../keep/core/messages';
import { settingsMessages } from '../../settings/core/messages';
import { syncMessages } from '../../sync/core/messages';
import { tidyMessages } from '../../tidy/core/messages';
import { vaultMessages } from '../../vault/core/messages';
import type { MessageSpec } from './message-spec';
import { statusMessages } from './status-messages';

// A type declared in two slices would silently take the later one's schemas:
// test/unit/protocol/slices.test.ts fails on that.
export const protocol = {
  ...statusMessages,
  ...detectMessages,
  ...settingsMessages,
  ...syncMessages,
  ...vaultMessages,
  ...tidyMessages,
  ...fillMessages,
  ...keepMessages,
  ...inpageMessages,
  ...guideMessages,
} as const satisfies Record<string, MessageSpec>;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = z.infer<Protocol[T]['request']>;
export type ResponseOf<T extends MessageType> = z.infer<Protocol[T]['response']>;
/** The messages a content script may send: those whose `from` names it. */
export type ContentMessage = { [T in MessageType]: 'content' extends Protocol[T]['from'][number] ? T : never }[MessageType];

export const MessageEnvelope = z.object({ type: z.string(), payload: z.unknown() });
