// Runs anywhere. Detection's slice of the message protocol (assembled in
// shared/protocol/messages.ts): a content script announces itself and reports its page; our pages
// read what the background knows about a tab.
import * as z from 'zod/mini';
import type { MessageSpec } from '../../shared/protocol/message-spec';
import { Hello, TabState } from '../../shared/protocol/shapes';
import { Classified } from './model';
import { PageSnapshot } from './snapshot-schema';

/** Numbers each snapshot of one document in the order its content script took them, from 1. */
export const ReportRequest = z.strictObject({
  seq: z.int().check(z.positive()),
  snapshot: PageSnapshot,
  /** Milliseconds the snapshot took in the page. */
  ms: z.number().check(z.nonnegative()),
});
export type ReportRequest = z.infer<typeof ReportRequest>;

export const detectMessages = {
  /**
   * A content script announces itself; the background answers with the tab and frame it speaks
   * for. It claims nothing: URL, origin, tab and frame are the sender's, and a payload that
   * claims any of them is refused (strict).
   */
  'content/hello': { from: ['content'], request: z.strictObject({}), response: Hello },
  /**
   * A content script's snapshot of its frame, which the background classifies (detect/core), keeps
   * for the tab when it is the top frame's, and answers with the report, to the frame that sent it
   * only. The snapshot's URL is the page's own location (a same-document navigation moves it; the
   * sender's stays the URL the document loaded at), so it is refused unless it is of the sender's
   * origin, and it only says which step of a flow the page shows: what an entry may be used on
   * comes from the sender.
   */
  'page/report': { from: ['content'], request: ReportRequest, response: Classified },
  /** What the background knows about a tab (popup: "On this page: ..."). */
  'tab/state': { from: ['extension'], request: z.object({ tabId: z.number() }), response: TabState },
} as const satisfies Record<string, MessageSpec>;
