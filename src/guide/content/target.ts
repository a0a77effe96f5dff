// Runs in: content script. The element a guide step points at: the first of the step's targets
// (guide/core/recipes/point-at-schema.ts; guide/core/point-targets.ts adds the generic recipe's as
// fallbacks and turns signals into their link texts) that is on the page and visible. Nothing
// found is an answer too: the panel's instruction still guides.
import type { PageReport } from '../../detect/core/model';
import type { PointAt } from '../core/recipes/point-at-schema';
import { pageFields } from './page-fields';

/** `report`: the page's newest classified report (a role is found only with one). */
export function findTarget(doc: Document, targets: readonly PointAt[], report: PageReport | null): Element | null {
  // One detection per look, however many roles the step lists.
  let fields: ReturnType<typeof pageFields> | undefined;
  for (const at of targets) {
    let el: Element | null | undefined;
    // A target from a recipe is data: a selector the page's engine refuses is just not found.
    try {
      el = at.by === 'css'
        ? doc.querySelector(at.selector)
        : at.by === 'role'
          ? (fields ??= report ? pageFields(doc, report) : []).find((f) => f.role === at.role)?.el
          // Links and buttons alike: a recipe's "link" is a button on some regional site.
          : at.by === 'text' ? [...doc.querySelectorAll('a,button,[role=button],[role=link]')].find((e) => at.texts.some((w) => e.textContent?.toLowerCase().includes(w))) : null;
    } catch {
      // not found
    }
    if (el?.getClientRects().length) return el;
  }
  return null;
}
