// What the in-page pointer looks for: a step's own targets first, then the generic recipe's for
// the same kind of page (a site that renamed its button still gets the field), signals turned
// into the link texts and addresses behind them (the content script does no keyword work), texts
// lowercased, nothing twice.
import { describe, expect, it } from 'vitest';
import { pointTargets } from '../../../src/guide/core/point-targets';
import type { Step } from '../../../src/guide/core/recipes/step-schema';
import { GENERIC_RECIPE, SITE_RECIPES } from '../../../src/guide/recipes/index';

const stepOf = (recipeId: string, flow: 'recover' | 'change', id: string): Step => {
  const recipe = recipeId === 'generic' ? GENERIC_RECIPE : SITE_RECIPES.find((r) => r.id === recipeId);
  const step = recipe?.flows[flow]?.steps.find((s) => s.id === id);
  if (!step) throw new Error(`no step ${recipeId}/${id}`);
  return step;
};

describe('pointTargets', () => {
  it('keeps the step\'s own targets first, then adds the generic ones for the same page class', () => {
    const targets = pointTargets(stepOf('shopify', 'recover', 'login'), 'recover');
    expect(targets[0]).toEqual({ by: 'css', selector: 'a[href="#recover"]' });
    // The forgot-link signal became its link texts and addresses.
    expect(targets).toContainEqual(expect.objectContaining({ by: 'text', texts: expect.arrayContaining(['forgot', 'olvidaste']) }));
    expect(targets).toContainEqual({ by: 'css', selector: 'a[href*="forgot" i],a[href*="reset" i],a[href*="recover" i]' });
    expect(targets.some((t) => t.by === 'signal')).toBe(false);
  });

  it('falls back to the generic field by role when a site names only a selector', () => {
    const step: Step = { id: 'x', instruction: { key: 'k', en: 'x' }, recognise: { pageClass: ['set-new-password'] }, pointAt: [{ by: 'css', selector: '#gone' }] };
    expect(pointTargets(step, 'recover').slice(0, 2)).toEqual([{ by: 'css', selector: '#gone' }, { by: 'role', role: 'new-password' }]);
    // A page the generic recipe has no step for (no page class) keeps only its own.
    expect(pointTargets({ ...step, recognise: { keywords: ['verify'] } }, 'recover')).toEqual([{ by: 'css', selector: '#gone' }]);
    const withClass = pointTargets({ ...step, recognise: { pageClass: ['forgot-password'] } }, 'recover');
    expect(withClass.slice(0, 2)).toEqual([{ by: 'css', selector: '#gone' }, { by: 'role', role: 'email' }]);
  });

  it('lowercases texts and lists nothing twice', () => {
    const step: Step = {
      id: 'x', instruction: { key: 'k', en: 'x' }, recognise: { pageClass: ['forgot-password'] },
      pointAt: [{ by: 'text', element: 'button', texts: ['Continue', 'SEND'] }, { by: 'role', role: 'email' }],
    };
    const targets = pointTargets(step, 'recover');
    expect(targets[0]).toEqual({ by: 'text', element: 'button', texts: ['continue', 'send'] });
    expect(targets.filter((t) => t.by === 'role' && t.role === 'email')).toHaveLength(1);
  });

  it('gives every step of every recipe targets the content script understands (css, text or role)', () => {
    for (const recipe of [...SITE_RECIPES, GENERIC_RECIPE]) {
      for (const flow of ['recover', 'change'] as const) {
        for (const step of recipe.flows[flow]?.steps ?? []) {
          for (const target of pointTargets(step, flow)) {
            expect(['css', 'text', 'role'], `${recipe.id}/${step.id}`).toContain(target.by);
            if (target.by === 'text') expect(target.texts.every((t) => t === t.toLowerCase())).toBe(true);
          }
        }
      }
    }
  });
});
