// Runs anywhere. What the in-page pointer looks for on a step (guide/content/target.ts): the
// step's own targets, then the generic recipe's for the same kind of page, so a site that renamed
// its button still gets a pointer at the field by role (the issue's "elements gone: fall back to
// the generic recognition"). The content script is in every page and has a byte budget, so the
// work it need not do is done here: a signal becomes the link texts and addresses that raise it,
// and texts are lowercased once.
import { GENERIC_RECIPE } from '../recipes/index';
import { CHANGE_LINK_TEXTS, FORGOT_LINK_TEXTS } from '../recipes/words';
import type { PageSignalKind } from '../../detect/core/model';
import type { PointAt } from './recipes/point-at-schema';
import type { FlowName } from './recipes/schema';
import type { Step } from './recipes/step-schema';

/** The links behind the two link signals, by their words and, for an icon-only link, their address. */
const SIGNAL_TARGETS: Partial<Record<PageSignalKind, PointAt[]>> = {
  'forgot-password-link': [
    { by: 'text', element: 'link', texts: FORGOT_LINK_TEXTS },
    { by: 'css', selector: 'a[href*="forgot" i],a[href*="reset" i],a[href*="recover" i]' },
  ],
  'change-password-link': [
    { by: 'text', element: 'any', texts: CHANGE_LINK_TEXTS },
    { by: 'css', selector: 'a[href*="password" i]' },
  ],
};

function expand(at: PointAt): PointAt[] {
  if (at.by === 'signal') return SIGNAL_TARGETS[at.signal] ?? [];
  if (at.by === 'text') return [{ ...at, texts: at.texts.map((t) => t.toLowerCase()) }];
  return [at];
}

export function pointTargets(step: Step, flow: FlowName): PointAt[] {
  const classes = step.recognise.pageClass ?? [];
  const generic = (GENERIC_RECIPE.flows[flow]?.steps ?? [])
    .filter((s) => s !== step && (s.recognise.pageClass ?? []).some((c) => c !== 'none' && classes.includes(c)))
    .flatMap((s) => s.pointAt ?? []);
  const seen = new Set<string>();
  return [...(step.pointAt ?? []), ...generic].flatMap(expand).filter((at) => {
    const key = JSON.stringify(at);
    return !seen.has(key) && Boolean(seen.add(key));
  });
}
