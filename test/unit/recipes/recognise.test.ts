// Every step of every recipe is recognised on its own fixture page, and no other step of the same
// flow holds there (so recognition does not depend on the order of steps or on luck).
import { describe, expect, it } from 'vitest';
import { matchStep } from '../../../src/guide/core/recipes/match-step';
import { recogniseStep } from '../../../src/guide/core/recipes/recognise';
import type { FlowName, Recipe } from '../../../src/guide/core/recipes/schema';
import { GENERIC_RECIPE, SITE_RECIPES } from '../../../src/guide/recipes/index';
import { fixtureSteps, loadFixture } from './fixtures';

const ALL: Recipe[] = [...SITE_RECIPES, GENERIC_RECIPE];
const FLOWS: FlowName[] = ['recover', 'change'];

const cases = ALL.flatMap((recipe) =>
  FLOWS.flatMap((flow) => (recipe.flows[flow]?.steps ?? []).map((step) => ({ recipe, flow, step: step.id, name: `${recipe.id}/${step.id}` }))),
);

describe('step recognition on fixture pages', () => {
  it.each(cases)('$name is recognised on its own page', ({ recipe, flow, step }) => {
    const page = loadFixture(recipe.id, step);
    const found = recogniseStep(recipe, flow, page);
    expect(found, `nothing recognised on ${recipe.id}/${step}.json`).not.toBeNull();
    expect({ recipe: found?.recipeId, step: found?.stepId }).toEqual({ recipe: recipe.id, step });
    expect(found?.reasons.length).toBeGreaterThan(0);
  });

  it.each(cases)('$name holds on no other step page of its flow', ({ recipe, flow, step }) => {
    const own = recipe.flows[flow]?.steps.find((s) => s.id === step);
    if (!own) throw new Error('step vanished');
    const others = (recipe.flows[flow]?.steps ?? []).filter((s) => s.id !== step);
    const wrongly = others.filter((other) => matchStep(own, loadFixture(recipe.id, other.id)) !== null).map((s) => s.id);
    expect(wrongly, `${recipe.id}/${step} also holds on these pages`).toEqual([]);
  });

  it.each(ALL.map((r) => ({ recipe: r, id: r.id })))('$id has a fixture for every step and none left over', ({ recipe }) => {
    const stepIds = FLOWS.flatMap((flow) => recipe.flows[flow]?.steps.map((s) => s.id) ?? []).sort();
    expect(fixtureSteps(recipe.id)).toEqual(stepIds);
  });
});
