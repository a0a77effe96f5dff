// Runs in: content script. The detected fields of the page with their elements, for the guide: the
// newest page report's roles (the background's classification of the page's newest snapshot)
// joined to the elements of the snapshot's own grouping, by form key, the page's main form first.
// The guide only points with them (it looks again every second); it neither fills nor captures.
// Top document and its open shadow roots only: the guide neither points into nor fills a frame.
import type { FieldRole, PageReport } from '../../detect/core/model';
import { groupFields } from '../../detect/content/field-groups';
import type { FieldElement } from '../../detect/content/field-snapshot';
import { DEFAULT_LIMITS } from '../../detect/core/limits';
import { collectRoots } from '../../detect/content/roots';
import { groupKey } from '../../detect/content/snapshot';

export function pageFields(doc: Document, report: PageReport): { el: FieldElement; role: FieldRole }[] {
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
