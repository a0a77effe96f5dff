// Runs anywhere. A recipe: how to recover or change the password on one site, as data. Recipes
// live in src/guide/recipes/ (one file per site) and are parsed against this schema when loaded, so a
// wrong field is reported with the recipe id and the path to it (src/guide/recipes/index.ts).
import * as z from 'zod/mini';
import { parsePasswordRules } from '../../../shared/passwords/rules/parse';
import { PathRegex } from './recognise-schema';
import { Step, StepId, noteWhenUnconfirmed, unconfirmedFields } from './step-schema';

export { Message, MessageKey } from './message';
export { PointAt } from './point-at-schema';
export { Recognise, UrlPattern } from './recognise-schema';
export { Step, StepId } from './step-schema';

const Host = z.string().check(z.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'a lowercase host name such as aliexpress.com'));

/** An absolute https URL, or a path resolved against the page's origin (regional sites). */
const UrlOrPath = z.string().check(z.regex(/^(https:\/\/[^\s]+|\/[^\s]*)$/, 'an https:// URL or a path starting with /'));

export const FlowName = z.enum(['recover', 'change']);
export type FlowName = z.infer<typeof FlowName>;

export const Flow = z
  .strictObject({
    /** Where the flow starts (the change-password page); optional for recover (starts at login). */
    startUrl: z.optional(UrlOrPath),
    steps: z.array(Step).check(z.minLength(1, 'a flow needs at least one step')),
    ...unconfirmedFields,
  })
  .check(
    noteWhenUnconfirmed,
    z.superRefine((flow, ctx) => {
      const ids = new Set(flow.steps.map((s) => s.id));
      flow.steps.forEach((step, i) =>
        (step.next ?? []).forEach((next, j) => {
          if (!ids.has(next)) ctx.issues.push({ code: 'custom', message: `next step "${next}" is not in this flow`, input: next, path: ['steps', i, 'next', j] });
        }),
      );
    }),
  );
export type Flow = z.infer<typeof Flow>;

function rulesReadable(text: string): boolean {
  return parsePasswordRules(text).ok;
}

/** The site's password rules: Apple's syntax inline, or the host to look up in src/core/rules. */
export const RecipeRules = z
  .strictObject({
    text: z.optional(z.string().check(z.refine(rulesReadable, 'rules text is not valid Apple password-rules syntax'))),
    lookup: z.optional(Host),
    ...unconfirmedFields,
  })
  .check(
    noteWhenUnconfirmed,
    z.refine((r) => (r.text === undefined) !== (r.lookup === undefined), 'rules need exactly one of `text` or `lookup`'),
  );
export type RecipeRules = z.infer<typeof RecipeRules>;

export const Recipe = z
  .strictObject({
    id: StepId,
    name: z.string().check(z.minLength(1)),
    /** Every regional domain; subdomains match too (login.aliexpress.com is aliexpress.com). */
    domains: z.array(Host),
    /** Paths that identify the platform on any domain (Shopify stores on their own domains). */
    pathSignatures: z.optional(z.array(PathRegex)),
    /** Account page, the last-resort guess for changing the password. */
    accountUrl: z.optional(UrlOrPath),
    rules: z.optional(RecipeRules),
    flows: z.strictObject({ recover: z.optional(Flow), change: z.optional(Flow) }),
    ...unconfirmedFields,
  })
  .check(
    noteWhenUnconfirmed,
    z.refine((r) => r.flows.recover !== undefined || r.flows.change !== undefined, 'a recipe needs a recover or a change flow'),
    z.superRefine((recipe, ctx) => {
      // Step ids are unique across the recipe's flows: fixtures and message keys are named after them.
      const seen = new Set<string>();
      for (const name of FlowName.options) {
        recipe.flows[name]?.steps.forEach((step, i) => {
          if (seen.has(step.id)) ctx.issues.push({ code: 'custom', message: `step id "${step.id}" is used twice`, input: step.id, path: ['flows', name, 'steps', i, 'id'] });
          seen.add(step.id);
        });
      }
    }),
  );
export type Recipe = z.infer<typeof Recipe>;
export type RecipeInput = z.input<typeof Recipe>;
