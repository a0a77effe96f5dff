// Runs anywhere. Keep's slice of the message protocol (assembled in shared/protocol/messages.ts):
// what content scripts report, the offers our pages show and the user's answers to them.
import * as z from 'zod/mini';
import type { MessageSpec } from '../../shared/protocol/message-spec';
import { FillReason } from '../../shared/protocol/commands';
import { Kept } from '../../shared/protocol/shapes';
import { EntrySummary } from '../../vault/core/summary';
import { Choice } from './accept';
import { PageObservation } from './observation';
import { OfferView } from './offer-view';
import { SubmitReply, SubmitRequest } from './submit-request';

export const keepMessages = {
  /**
   * Fill a password the sender generated into the tab's new-password fields and
   * save it at once, pending (keep/background/generated.ts). Carries a password because the
   * sender made it; the reply carries none. A framed page of ours fills only its own tab.
   */
  'fill/generated': {
    from: ['extension', 'embedded'],
    request: z.object({ tabId: z.nullable(z.number()), password: z.string().check(z.minLength(1), z.maxLength(4096)) }),
    response: z.object({ filled: z.boolean(), reason: FillReason, saved: z.nullable(EntrySummary) }),
  },
  /**
   * A content script reports a submit: the page as it was then and the values of the forms it may
   * have come from; the background classifies the page and picks the form (submit-request.ts).
   * Tab, frame, URL and origin are taken from the sender (the snapshot's URL must be of its
   * origin). The reply says whether it was kept, and which form with which roles it read.
   */
  'keep/submit': { from: ['content'], request: SubmitRequest, response: SubmitReply },
  /** A content script reports what happened after a submit (form gone, form shown again, load status). */
  'keep/observe': { from: ['content'], request: PageObservation, response: Kept },
  /**
   * Save/update offers for a tab (null: every tab), for the popup and the in-page prompt (our
   * framed page only sees its own tab's). No passwords in the answer. `judging`: submits in the
   * tab whose outcome is not known yet; at 0, every submit Keep received there has been decided,
   * so an empty `offers` is Keep's answer rather than a wait.
   */
  'keep/offers': {
    from: ['extension', 'embedded'],
    request: z.object({ tabId: z.nullable(z.number()) }),
    response: z.object({ offers: z.array(OfferView), locked: z.boolean(), judging: z.number() }),
  },
  /** Save, update (or pick a candidate), revert. Locked: answers `locked` and unlocking completes it. */
  'keep/accept': { from: ['extension', 'embedded'], request: z.object({ offerId: z.string(), choice: Choice }), response: EntrySummary },
  /** "Not now" (kept for the popup) or, with `forget`, removed. */
  'keep/dismiss': {
    from: ['extension', 'embedded'],
    request: z.object({ offerId: z.string(), forget: z.boolean() }),
    response: z.object({ dismissed: z.boolean() }),
  },
  /** "Never for this site": adds the offer's site to settings.neverSave. */
  'keep/never': { from: ['extension', 'embedded'], request: z.object({ offerId: z.string() }), response: z.object({ site: z.string() }) },
} as const satisfies Record<string, MessageSpec>;
