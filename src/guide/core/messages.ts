// Runs anywhere. The guide's slice of the message protocol (assembled in
// shared/protocol/messages.ts).
import * as z from 'zod/mini';
import { Empty, type MessageSpec } from '../../shared/protocol/message-spec';
import { Place } from './placement';
import { GuideFlow, GuideView } from './view-schema';

/** A guide as our pages see it, or null (no guide for that tab's site, or gone). */
const GuideReply = z.object({ guide: z.nullable(GuideView) });

export const guideMessages = {
  /**
   * The guide. The popup starts one for its tab's site (a change flow also opens the
   * change-password page); our pages read it for a tab (our framed page: its own tab only) and
   * collapse, dismiss or resume it. Page reports move it along in the background.
   */
  'guide/start': {
    // Embedded: the "Trouble signing in?" card starts the recover guide for its own tab only.
    from: ['extension', 'embedded'],
    // tabId null: the sender's own tab (our framed card); a framed page may name no other.
    request: z.object({ tabId: z.nullable(z.number()), flow: GuideFlow, entryId: z.nullable(z.string()) }),
    response: z.object({ guide: z.nullable(GuideView), opened: z.nullable(z.string()) }),
  },
  /**
   * The health report's "Change it with the guide": starts the change guide for the entry's site
   * and opens its change-password page in a new tab (the guide follows the site, not a tab).
   */
  'guide/open-change': {
    from: ['extension'],
    request: z.object({ origin: z.string(), entryId: z.nullable(z.string()) }),
    response: z.object({ guide: z.nullable(GuideView), opened: z.nullable(z.string()) }),
  },
  /** Our in-page card after a failed login: the site of its tab's fresh trouble (shown once), or null. */
  'guide/trouble': { from: ['embedded'], request: Empty, response: z.object({ host: z.nullable(z.string()) }) },
  'guide/state': { from: ['extension', 'embedded'], request: z.object({ tabId: z.nullable(z.number()) }), response: GuideReply },
  'guide/collapse': { from: ['extension', 'embedded'], request: z.object({ guideId: z.string(), collapsed: z.boolean() }), response: GuideReply },
  'guide/dismiss': { from: ['extension', 'embedded'], request: z.object({ guideId: z.string() }), response: GuideReply },
  /** The framed panel was dragged: where it goes on this site from now on (embedded: its own tab's guide only). */
  'guide/place': { from: ['embedded'], request: z.object({ guideId: z.string(), place: Place }), response: Empty },
  /** "Update it here": the options page, opened on the entry (or on the list) in a new tab. */
  'guide/open-entry': { from: ['extension', 'embedded'], request: z.object({ entryId: z.nullable(z.string().check(z.maxLength(200))) }), response: Empty },
  /** From the popup, which names its tab so the panel shows there again at once. */
  'guide/resume': { from: ['extension'], request: z.object({ guideId: z.string(), tabId: z.nullable(z.number()) }), response: GuideReply },
} as const satisfies Record<string, MessageSpec>;
