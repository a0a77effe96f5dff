// Runs anywhere. The password rules the guide checks and generates against: the recipe's own
// (inline Apple syntax, or the host it points the lookup at), else Latchkey's and Apple's data
// for the host (src/shared/passwords/rules/lookup.ts). Null means "no known rules": use the generic generator.
import { rulesForHost, type SiteRules } from '../../../shared/passwords/rules/lookup';
import { parsePasswordRules } from '../../../shared/passwords/rules/parse';
import type { Recipe } from './schema';

export interface GuideRules extends Omit<SiteRules, 'source'> {
  source: SiteRules['source'] | 'recipe';
  /** The recipe marked these rules unconfirmed: check the site's own hint too. */
  unconfirmed: boolean;
}

export function rulesFor(host: string, recipe: Recipe): GuideRules | null {
  const own = recipe.rules;
  const unconfirmed = own?.unconfirmed === true;
  if (own?.text !== undefined) {
    const parsed = parsePasswordRules(own.text);
    // The schema refuses unreadable rules, so this only fails for data built around the schema.
    if (parsed.ok) return { domain: recipe.id, source: 'recipe', text: own.text, rules: parsed.value, unconfirmed };
  }
  const found = rulesForHost(own?.lookup ?? host);
  return found ? { ...found, unconfirmed } : null;
}
