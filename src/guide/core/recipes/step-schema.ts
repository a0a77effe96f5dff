// Runs anywhere. One step of a flow: what the user does (instruction), how we know they are on it
// (recognise), what to point at, tips, and which step comes next. Steps that happen outside the
// site (reading the mail) are `external`: the guide says what to do there and waits for the user
// to come back through the link or with the code.
import * as z from 'zod/mini';
import { Message } from './message';
import { PointAt } from './point-at-schema';
import { Recognise } from './recognise-schema';

export const StepId = z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, 'ids are lowercase-with-dashes'));

/** Facts we could not confirm from the site's own help pages carry a note saying what is assumed. */
export const unconfirmedFields = {
  unconfirmed: z.optional(z.literal(true)),
  note: z.optional(z.string().check(z.minLength(1))),
};
export const noteWhenUnconfirmed = z.refine<{ unconfirmed?: true; note?: string }>(
  (v) => v.unconfirmed !== true || v.note !== undefined,
  'unconfirmed: true needs a note saying what could not be confirmed',
);

export const Step = z
  .strictObject({
    id: StepId,
    instruction: Message,
    recognise: Recognise,
    pointAt: z.optional(z.array(PointAt)),
    tips: z.optional(z.array(Message)),
    /** Step ids that may follow; empty or absent for the last step. */
    next: z.optional(z.array(StepId)),
    /** The user does this outside the site (the mailbox); `recognise` is the site's "we sent it" page. */
    external: z.optional(z.literal(true)),
    ...unconfirmedFields,
  })
  .check(noteWhenUnconfirmed);
export type Step = z.infer<typeof Step>;
