// Runs anywhere. What our pages see of a guide (the reply of guide/* messages): the flow's steps
// with their instructions and tips, which one the user is on, and the site's password rules as
// Apple-syntax text (the page parses and checks them itself, so no password crosses a message).
// Schemas only: the protocol table imports this, and the popup must not carry the recipes.
import * as z from 'zod/mini';
import { Message } from './recipes/message';
import { PointAt } from './recipes/point-at-schema';

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

export const GuideView = z.object({
  id: z.string(),
  recipeId: z.string(),
  recipeName: z.string(),
  flow: GuideFlow,
  host: z.string(),
  entryId: z.nullable(z.string()),
  status: GuideStatus,
  steps: z.array(StepView),
  /** The step the user is on (a generic one when the site's own recognisers failed), or null. */
  current: z.nullable(z.extend(StepView, { recipeId: z.string() })),
  reached: z.array(z.string()),
  rules: z.nullable(z.object({ text: z.string(), source: z.string(), unconfirmed: z.boolean() })),
  /** The page's password field maxlength, when the tab's page has one. */
  fieldMaxLength: z.nullable(z.number()),
});
export type GuideView = z.infer<typeof GuideView>;
