// Runs in: content script. The detected fields of the page with their elements, for the guide: the
// page report's roles (detectPage, the same report the background gets) joined to the elements of
// the detector's own grouping, the page's main form first. Top document and its open shadow roots
// only: the guide neither points into nor fills a frame.
import type { FieldRole } from '../../detect/core/model';
import { detectPage } from '../../detect/content/detector';
import { groupFields } from '../../detect/content/field-groups';
import type { FieldElement } from '../../detect/content/field-snapshot';
import { DEFAULT_LIMITS } from '../../detect/core/limits';
import { collectRoots } from '../../detect/content/roots';
import { groupKey } from '../../detect/content/snapshot';

export function pageFields(doc: Document): { el: FieldElement; role: FieldRole }[] {
  const report = detectPage(doc);
  const fields: { el: FieldElement; role: FieldRole }[] = [];
  collectRoots(doc, DEFAULT_LIMITS).forEach(({ root, host }, r) => {
    if (host !== 'same-origin-frame') groupFields(root, DEFAULT_LIMITS).forEach((g, i) => {
      const form = report.forms.find((f) => f.key === groupKey(host, r, g, i));
      for (const f of form?.fields ?? []) {
        const el = g.fields[f.index];
        if (el) fields[form?.class === report.pageClass ? 'unshift' : 'push']({ el, role: f.role });
      }
    });
  });
  return fields;
}
