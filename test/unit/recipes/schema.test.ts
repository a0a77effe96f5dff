// Every shipped recipe parses; a recipe with a wrong field is reported with its id, the path to
// the field and the problem, so a broken recipe fails this test (and npm test) with a clear message.
import { describe, expect, it } from 'vitest';
import { formatIssue, loadRecipes, recipeBuildError } from '../../../src/guide/core/recipes/load';
import { GENERIC_RECIPE, RAW_RECIPES, RECIPE_ISSUES, SITE_RECIPES } from '../../../src/guide/recipes/index';
import { dsersRecipe } from '../../../src/guide/recipes/dsers';

describe('recipe schema', () => {
  it('parses every recipe', () => {
    expect(RECIPE_ISSUES.map(formatIssue)).toEqual([]);
    expect(SITE_RECIPES.length + 1).toBe(RAW_RECIPES.length);
    expect(GENERIC_RECIPE.id).toBe('generic');
  });

  it('gives every site recipe a domain no other recipe claims', () => {
    const owners = new Map<string, string>();
    for (const recipe of SITE_RECIPES) {
      expect(recipe.domains.length, recipe.id).toBeGreaterThan(0);
      for (const domain of recipe.domains) {
        expect(owners.get(domain), `${domain} in ${recipe.id}`).toBeUndefined();
        owners.set(domain, recipe.id);
      }
    }
  });

  it('names the recipe, the path and the problem for a wrong field', () => {
    const broken = structuredClone(dsersRecipe) as unknown as { flows: { recover: { steps: Record<string, unknown>[] } } };
    const step = broken.flows.recover.steps[1];
    if (!step) throw new Error('fixture recipe changed');
    step.recognise = { pageClass: ['forgot-pasword'] };
    step.tip = [];
    const { recipes, issues } = loadRecipes([broken]);
    expect(recipes).toEqual([]);
    expect(issues.map(formatIssue)).toEqual([
      expect.stringMatching(/^dsers: flows\.recover\.steps\[1\]\.recognise\.pageClass\[0\]: expected one of .*got "forgot-pasword"$/),
      'dsers: flows.recover.steps[1]: unknown field "tip"',
    ]);
  });

  it('fails the build with every issue on its own line (vite.config.ts), and passes the shipped recipes', () => {
    const broken = { ...structuredClone(dsersRecipe), domains: ['DSers.com'] };
    const error = recipeBuildError(loadRecipes([broken]).issues);
    expect(error?.split('\n')).toEqual(['recipe data does not match src/guide/core/recipes/schema.ts:', expect.stringMatching(/^ {2}dsers: domains\[0\]: /)]);
    expect(recipeBuildError(RECIPE_ISSUES)).toBeNull();
  });

  it.each([
    ['a next step that does not exist', { next: ['nowhere'] }, 'next step "nowhere" is not in this flow'],
    ['a path regex that does not compile', { recognise: { url: [{ path: '(' }] } }, 'path is not a valid regular expression'],
    ['an unconfirmed fact without a note', { unconfirmed: true }, 'unconfirmed: true needs a note'],
    ['a recogniser with no criterion', { recognise: {} }, 'recognise needs at least one of'],
    ['a message key outside the guide_ namespace', { instruction: { key: 'Login', en: 'x' } }, 'message key must look like'],
  ])('refuses %s', (_name, patch, problem) => {
    const raw = { id: 'test', name: 'Test', domains: ['test.example'], flows: { recover: { steps: [{ id: 'a', instruction: { key: 'guide_a', en: 'A' }, recognise: { pageClass: ['login'] }, ...patch }] } } };
    const { issues } = loadRecipes([raw]);
    expect(issues.map(formatIssue).join('\n')).toContain(problem);
  });

  it('refuses rules that are not in Apple syntax, and two flows sharing a step id', () => {
    const step = { id: 'a', instruction: { key: 'guide_a', en: 'A' }, recognise: { pageClass: ['login'] } };
    const raw = { id: 'test', name: 'Test', domains: ['test.example'], rules: { text: 'minlength: six;' }, flows: { recover: { steps: [step] }, change: { steps: [step] } } };
    const text = loadRecipes([raw]).issues.map(formatIssue).join('\n');
    expect(text).toContain('test: rules.text: rules text is not valid Apple password-rules syntax');
  });

  it('refuses a step id used in both flows', () => {
    const step = { id: 'a', instruction: { key: 'guide_a', en: 'A' }, recognise: { pageClass: ['login'] } };
    const raw = { id: 'test', name: 'Test', domains: ['test.example'], flows: { recover: { steps: [step] }, change: { steps: [step] } } };
    expect(loadRecipes([raw]).issues.map(formatIssue)).toEqual(['test: flows.change.steps[0].id: step id "a" is used twice']);
  });
});
