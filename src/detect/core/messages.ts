// Runs anywhere. Detection's slice of the message protocol (assembled in
// shared/protocol/messages.ts): a content script announces itself and reports its page; our pages
// read what the background knows about a tab.
import * as z from 'zod/mini';
import type { MessageSpec } from '../../shared/protocol/message-spec';
import { Hello, Stored, TabState } from '../../shared/protocol/shapes';
import { KEYWORD_LIST_COUNT } from './keyword-lists';
import { LOADABLE_SCRIPTS } from './keyword-match';
import { PageReport } from './model';

export const detectMessages = {
  /**
   * A content script announces itself; the background answers with the tab and frame it speaks
   * for. It claims nothing: URL, origin, tab and frame are the sender's, and a payload that
   * claims any of them is refused (strict).
   */
  'content/hello': { from: ['content'], request: z.strictObject({}), response: Hello },
  /**
   * A content script's detection report for its frame. Its URL is the page's own location (a
   * same-document navigation moves it; the sender's stays the URL the document loaded at), so it
   * is refused unless it is of the sender's origin, and it only says which step of a flow the page
   * shows: what an entry may be used on comes from the sender.
   */
  'page/report': { from: ['content'], request: PageReport, response: Stored },
  /**
   * A content script asks for the keyword lists of a script it does not carry (Cyrillic, CJK...),
   * the first time a page's text is written in it: one source per list, keyword-lists.ts order.
   */
  'detect/keywords': {
    from: ['content'],
    request: z.strictObject({ script: z.enum(LOADABLE_SCRIPTS) }),
    response: z.object({ sources: z.array(z.string()).check(z.length(KEYWORD_LIST_COUNT)) }),
  },
  /** What the background knows about a tab (popup: "On this page: ..."). */
  'tab/state': { from: ['extension'], request: z.object({ tabId: z.number() }), response: TabState },
} as const satisfies Record<string, MessageSpec>;
