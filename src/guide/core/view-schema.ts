// Runs anywhere. What our pages see of a guide (the reply of guide/* messages): the flow's steps
// with their instructions and tips, which one the user is on, and the site's password rules as
// Apple-syntax text (the page parses and checks them itself, so no password crosses a message).
// Schemas only: the protocol table imports this, and the popup must not carry the recipes.
import * as z from 'zod/mini';
import { Message } from './recipes/message';
import { PointAt } from './recipes/point-at-schema';
import { Problem } from './recipes/says/kinds';
import { Place } from './placement';

/** The recipes' FlowName, restated so this file does not pull in the recipe schema. */
export const GuideFlow = z.enum(['recover', 'change']);
export type GuideFlow = z.infer<typeof GuideFlow>;

export const GuideStatus = z.enum(['open', 'collapsed', 'dismissed']);
export type GuideStatus = z.infer<typeof GuideStatus>;

export const StepView = z.object({
  id: z.string(),
  instruction: Message,
  tips: z.array(Message),
  pointAt: z.array(PointAt),
  /** Done outside the site (the mailbox): the guide waits for the user to come back. */
  external: z.boolean(),
  /** The step where a new password is typed: the page shows live checks and the generator. */
  newPassword: z.boolean(),
  /** The last step of the flow. */
  last: z.boolean(),
});
export type StepView = z.infer<typeof StepView>;

/**
 * What became of the new password once the flow ended, as Keep knows it: kept for the entry
 * (`saved`, or `pending` until a sign-in with it confirms it), an update offer waiting in the
 * page, not seen at all (`missed`: the user updates the entry by hand), or unknown while the vault
 * is locked.
 */
export const GuideOutcome = z.object({
  kind: z.enum(['saved', 'pending', 'offer', 'missed', 'locked']),
  /** The entry it is about (the options page opens it), when there is one. */
  entryId: z.nullable(z.string()),
});
export type GuideOutcome = z.infer<typeof GuideOutcome>;

export const GuideView = z.object({
  id: z.string(),
  recipeId: z.string(),
  recipeName: z.string(),
  flow: GuideFlow,
  host: z.string(),
  entryId: z.nullable(z.string()),
  status: GuideStatus,
  steps: z.array(StepView),
  /**
   * The step the user is on (a generic one when the site's own recognisers failed), or null.
   * `onPage`: the tab's page shows it now (else the page moved on and the panel shows no controls
   * of the step).
   */
  current: z.nullable(z.extend(StepView, { recipeId: z.string(), onPage: z.boolean() })),
  /** A problem the site's latest page states: the panel says what to do next. */
  notice: z.nullable(Problem),
  /** At the flow's end: what became of the new password. */
  outcome: z.nullable(GuideOutcome),
  /** Where the user put the panel on this site, if they moved it. */
  place: z.nullable(Place),
  reached: z.array(z.string()),
  rules: z.nullable(z.object({ text: z.string(), source: z.string(), unconfirmed: z.boolean() })),
  /** The page's password field maxlength, when the tab's page has one. */
  fieldMaxLength: z.nullable(z.number()),
});
export type GuideView = z.infer<typeof GuideView>;
