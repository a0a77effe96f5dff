// Runs anywhere. Parses recipe data against the schema. A bad recipe is reported with its id, the
// path to the wrong field and the problem ("amazon: flows.recover.steps[2].recognise.pageClass[0]:
// Invalid option..."), and left out: one broken recipe must not take the guide down for every
// site. The unit test fails on any issue, so a broken recipe never ships.
import * as z from 'zod/mini';
import { Recipe } from './schema';

export interface RecipeIssue {
  recipeId: string;
  path: string;
  problem: string;
}

function pathText(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('') || '(recipe)';
}

function idOf(raw: unknown, index: number): string {
  if (typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string') return raw.id;
  return `#${index}`;
}

// zod/mini ships no English messages ("Invalid input"); say what was expected, in the author's terms.
function explain(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(issue.input)}`;
    case 'invalid_type':
      return `expected ${issue.expected}, got ${issue.input === undefined ? 'nothing' : typeof issue.input}`;
    case 'unrecognized_keys':
      return `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'too_small':
      return `too short (at least ${String(issue.minimum)})`;
    case 'invalid_union':
      return 'matches none of the allowed shapes';
    default:
      return undefined;
  }
}

export function loadRecipes(raws: readonly unknown[]): { recipes: Recipe[]; issues: RecipeIssue[] } {
  const recipes: Recipe[] = [];
  const issues: RecipeIssue[] = [];
  raws.forEach((raw, index) => {
    const parsed = Recipe.safeParse(raw, { error: explain });
    if (parsed.success) recipes.push(parsed.data);
    else for (const issue of parsed.error.issues) issues.push({ recipeId: idOf(raw, index), path: pathText(issue.path), problem: issue.message });
  });
  return { recipes, issues };
}

export const formatIssue = (i: RecipeIssue): string => `${i.recipeId}: ${i.path}: ${i.problem}`;

/** The build's refusal (vite.config.ts): every issue on its own line, or null when all recipes parse. */
export function recipeBuildError(issues: readonly RecipeIssue[]): string | null {
  if (issues.length === 0) return null;
  return ['recipe data does not match src/guide/core/recipes/schema.ts:', ...issues.map(formatIssue)].join('\n  ');
}

/** The zod error as one readable block, for callers that parse a single recipe. */
export const prettyRecipeError = (error: z.core.$ZodError): string => z.prettifyError(error);
