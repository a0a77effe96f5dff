// Runs anywhere. Builds what our pages see of a guide (view-schema.ts) from its stored state and
// the recipe: steps, the current one, and the site's password rules.
import type { PageView } from './recipes/page-view';
import { recogniseStep } from './recipes/recognise';
import { rulesFor } from './recipes/rules-for';
import type { Recipe } from './recipes/schema';
import type { FlowName } from './recipes/schema';
import type { Step } from './recipes/step-schema';
import { GENERIC_RECIPE, SITE_RECIPES } from '../recipes/index';
import { pointTargets } from './point-targets';
import type { Place } from './placement';
import { recipeUrl } from './site-key';
import type { GuideState } from './state';
import type { GuideOutcome, GuideView, StepView } from './view-schema';

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

/** What the view is for besides the guide: the page of the asking tab, and what the background knows. */
export interface ViewContext {
  /** The password field's maxlength on the tab's page. */
  fieldMaxLength?: number | null;
  /** The tab's page now; undefined when unknown (the step's controls are shown). */
  page?: PageView | null;
  outcome?: GuideOutcome | null;
  place?: Place | null;
}

// Does the tab's page still show the step (recognised as following the guide would)? After a
// submit the next page may be one no step recognises: the panel must not keep the controls of the
// step the user has left.
function shownOn(recipe: Recipe, guide: GuideState, page: PageView | null | undefined): boolean {
  if (!page) return page === undefined;
  const previousStepId = guide.step?.recipeId === guide.recipeId ? guide.step.stepId : undefined;
  const found = recogniseStep(recipe, guide.flow, { ...page, url: recipeUrl(page.url, guide.host), previousStepId });
  return found?.recipeId === guide.step?.recipeId && found?.stepId === guide.step?.stepId;
}

export function guideView(guide: GuideState, context: ViewContext = {}): GuideView | null {
  const recipe = recipeById(guide.recipeId);
  const steps = recipe?.flows[guide.flow]?.steps;
  if (!recipe || !steps) return null;
  const currentRecipe = guide.step ? recipeById(guide.step.recipeId) : null;
  const currentStep = currentRecipe?.flows[guide.flow]?.steps.find((s) => s.id === guide.step?.stepId);
  const rules = rulesFor(guide.host, recipe);
  const current = currentStep && currentRecipe
    ? { ...stepView(currentStep, guide.flow), recipeId: currentRecipe.id, onPage: shownOn(recipe, guide, context.page) }
    : null;
  return {
    id: guide.id,
    recipeId: recipe.id,
    recipeName: recipe.name,
    flow: guide.flow,
    host: guide.host,
    entryId: guide.entryId,
    status: guide.status,
    steps: steps.map((s) => stepView(s, guide.flow)),
    current,
    reached: guide.reached,
    rules: rules ? { text: rules.text, source: rules.source, unconfirmed: rules.unconfirmed } : null,
    fieldMaxLength: context.fieldMaxLength ?? null,
    notice: guide.notice ?? null,
    outcome: current?.last ? (context.outcome ?? null) : null,
    place: context.place ?? null,
  };
}
