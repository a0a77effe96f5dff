// Runs anywhere. THE message protocol: every request the background answers, who may send it,
// and the schemas of both directions. Adding a message here without a handler is a compile
// error in background/handlers.ts (the handler map is total over this table).
import * as z from 'zod/mini';
import { PageReport } from '../detect/model';
import { Settings, SettingsPatch } from '../settings';
import { Hello, Status, Stored } from './content-api';
import type { SenderKind } from './sender';

export { Hello, Status };

export interface MessageSpec {
  /** Which senders may send this message at all; anyone else gets `forbidden`. */
  from: readonly SenderKind[];
  request: z.ZodMiniType;
  response: z.ZodMiniType;
}

const Empty = z.object({});

export const TabState = z.object({
  /** The last content-script hello from this tab's top frame, if any. */
  hello: z.nullable(z.object({ url: z.string(), at: z.number() })),
  report: z.nullable(PageReport),
});
export type TabState = z.infer<typeof TabState>;


export const protocol = {
  /** Liveness and identity of the background; anyone of ours may ask. */
  status: { from: ['content', 'extension', 'embedded'], request: Empty, response: Status },
  /** A content script announces itself; the background answers with the tab and frame it speaks for. */
  'content/hello': { from: ['content'], request: z.object({ url: z.string() }), response: Hello },
  /** A content script's detection report for its frame. */
  'page/report': { from: ['content'], request: PageReport, response: Stored },
  /** What the background knows about a tab (popup: "On this page: ..."). */
  'tab/state': { from: ['extension'], request: z.object({ tabId: z.number() }), response: TabState },
  'settings/get': { from: ['extension'], request: Empty, response: Settings },
  'settings/set': { from: ['extension'], request: SettingsPatch, response: Settings },
} as const satisfies Record<string, MessageSpec>;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = z.infer<Protocol[T]['request']>;
export type ResponseOf<T extends MessageType> = z.infer<Protocol[T]['response']>;

export const MessageEnvelope = z.object({ type: z.string(), payload: z.unknown() });
