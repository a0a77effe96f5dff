// Runs anywhere. Which step of a flow the user is on. A flow moves forward, so among the steps
// whose recogniser holds we prefer the ones the previous step leads to, then later steps, then the
// same step, and going back last (the user may retry an earlier page). When no step of the site's
// recipe holds (the site changed its URLs or wording), the generic recipe recognises the page by
// class and signals, and we map that to the site's step expecting the same page class.
import { GENERIC_RECIPE } from '../../recipes/index';
import type { FormClass } from '../../../detect/core/model';
import { matchStep, type StepMatch } from './match-step';
import type { PageView } from './page-view';
import type { FlowName, Recipe } from './schema';
import type { Step } from './step-schema';

export interface RecogniseInput extends PageView {
  previousStepId?: string;
}

export interface Recognised extends StepMatch {
  /** The recipe whose step this is: the site's, or `generic` when the site has no such step. */
  recipeId: string;
}

/** Generic evidence is weaker than the site's own recogniser. */
const GENERIC_DISCOUNT = 0.6;

function orderBonus(steps: readonly Step[], index: number, previousId: string | undefined): number {
  const prevIndex = steps.findIndex((s) => s.id === previousId);
  const prev = steps[prevIndex];
  if (!prev) return 0;
  const step = steps[index];
  if (step && prev.next?.includes(step.id)) return 0.3;
  if (index > prevIndex) return 0.15;
  return index === prevIndex ? 0.1 : 0;
}

function best(steps: readonly Step[], previousId: string | undefined, matchOf: (s: Step) => StepMatch | null): StepMatch | null {
  let top: { match: StepMatch; score: number } | null = null;
  steps.forEach((step, i) => {
    const match = matchOf(step);
    if (!match) return;
    const bonus = orderBonus(steps, i, previousId);
    const score = match.confidence + bonus;
    const reasons = bonus > 0 ? [...match.reasons, `follows ${previousId ?? ''}`] : match.reasons;
    // Strictly greater: on a tie the earlier step of the flow wins.
    if (!top || score > top.score) top = { match: { ...match, reasons }, score };
  });
  return top === null ? null : (top as { match: StepMatch }).match;
}

function viaGeneric(recipe: Recipe, flow: FlowName, input: RecogniseInput): Recognised | null {
  const generic = GENERIC_RECIPE.flows[flow]?.steps ?? [];
  const found = best(generic, undefined, (s) => matchStep(s, input));
  if (!found) return null;
  const pageClass: FormClass = input.report.pageClass;
  const reason = `site recogniser failed; generic step ${found.stepId}`;
  const steps = recipe.flows[flow]?.steps ?? [];
  const sameClass = (s: Step) => (s.recognise.pageClass?.includes(pageClass) && pageClass !== 'none' ? { stepId: s.id, confidence: found.confidence * GENERIC_DISCOUNT, reasons: [...found.reasons, reason] } : null);
  const mapped = best(steps, input.previousStepId, sameClass);
  if (mapped) return { ...mapped, recipeId: recipe.id };
  return { ...found, confidence: found.confidence * GENERIC_DISCOUNT, reasons: [...found.reasons, reason], recipeId: GENERIC_RECIPE.id };
}

export function recogniseStep(recipe: Recipe, flow: FlowName, input: RecogniseInput): Recognised | null {
  try {
    const steps = recipe.flows[flow]?.steps ?? [];
    const own = best(steps, input.previousStepId, (s) => matchStep(s, input));
    if (own) return { ...own, recipeId: recipe.id };
    return recipe.id === GENERIC_RECIPE.id ? null : viaGeneric(recipe, flow, input);
  } catch {
    // A report that does not have the shape we expect (an old content script, a page torn down
    // mid-detection) means "not recognised", never a broken guide.
    return null;
  }
}
