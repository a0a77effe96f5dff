// Runs anywhere. Builds what our pages see of a guide (view-schema.ts) from its stored state and
// the recipe: steps, the current one, and the site's password rules.
import { rulesFor } from './recipes/rules-for';
import type { Recipe } from './recipes/schema';
import type { FlowName } from './recipes/schema';
import type { Step } from './recipes/step-schema';
import { GENERIC_RECIPE, SITE_RECIPES } from '../recipes/index';
import { pointTargets } from './point-targets';
import type { GuideState } from './state';
import type { GuideView, StepView } from './view-schema';

const NEW_PASSWORD_CLASSES = new Set(['set-new-password', 'change-password']);

export function recipeById(id: string): Recipe | null {
  if (id === GENERIC_RECIPE.id) return GENERIC_RECIPE;
  return SITE_RECIPES.find((r) => r.id === id) ?? null;
}

function stepView(step: Step, flow: FlowName): StepView {
  return {
    id: step.id,
    instruction: step.instruction,
    tips: step.tips ?? [],
    pointAt: pointTargets(step, flow),
    external: step.external === true,
    newPassword: (step.recognise.pageClass ?? []).some((c) => NEW_PASSWORD_CLASSES.has(c)),
    last: (step.next ?? []).length === 0,
  };
}

export function guideView(guide: GuideState, fieldMaxLength: number | null): GuideView | null {
  const recipe = recipeById(guide.recipeId);
  const steps = recipe?.flows[guide.flow]?.steps;
  if (!recipe || !steps) return null;
  const currentRecipe = guide.step ? recipeById(guide.step.recipeId) : null;
  const currentStep = currentRecipe?.flows[guide.flow]?.steps.find((s) => s.id === guide.step?.stepId);
  const rules = rulesFor(guide.host, recipe);
  return {
    id: guide.id,
    recipeId: recipe.id,
    recipeName: recipe.name,
    flow: guide.flow,
    host: guide.host,
    entryId: guide.entryId,
    status: guide.status,
    steps: steps.map((s) => stepView(s, guide.flow)),
    current: currentStep && currentRecipe ? { ...stepView(currentStep, guide.flow), recipeId: currentRecipe.id } : null,
    reached: guide.reached,
    rules: rules ? { text: rules.text, source: rules.source, unconfirmed: rules.unconfirmed } : null,
    fieldMaxLength,
  };
}
