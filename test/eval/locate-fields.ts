// Runs in: corpus pages (evaluation only). Finds each labelled field in the detector's report:
// the form snapshot it belongs to (by key) and its index there, so the role the classifier gave it
// can be scored now and again offline. Uses the detector's own grouping, as capture and fill do.
import { groupFields } from '../../src/detect/content/field-groups';
import { DEFAULT_LIMITS } from '../../src/detect/core/limits';
import { groupKey } from '../../src/detect/content/snapshot';
import type { PageReport } from '../../src/detect/core/model';

/** A field label from the corpus index: `form` is the <form>'s index in document order (none: whole page). */
export interface FieldLabel {
  form?: number;
  selector: string;
  /** Accepted roles; 'none' for a field that has no credential role. */
  roles: string[];
}

export interface LocatedField {
  selector: string;
  roles: string[];
  /** Key of the form snapshot holding the field, '' when the detector grouped it nowhere. */
  formKey: string;
  index: number;
  predicted: string;
}

function elementsFor(doc: Document, label: FieldLabel): Element[] {
  const scope = label.form === undefined ? doc : doc.querySelectorAll('form')[label.form];
  if (!scope) return [];
  try {
    return Array.from(scope.querySelectorAll(label.selector));
  } catch {
    return [];
  }
}

export function locateFields(doc: Document, report: Pick<PageReport, 'forms'>, labels: FieldLabel[]): LocatedField[] {
  // Only the document's own root (index 0): labelled corpus forms are never in shadow roots or frames.
  const groups = groupFields(doc, DEFAULT_LIMITS);
  const out: LocatedField[] = [];
  for (const label of labels) {
    for (const el of elementsFor(doc, label)) {
      let formKey = '';
      let index = -1;
      groups.forEach((g, i) => {
        const at = g.fields.indexOf(el as (typeof g.fields)[number]);
        if (at >= 0 && !formKey) { formKey = groupKey('document', 0, g, i); index = at; }
      });
      const form = report.forms.find((f) => f.key === formKey);
      const predicted = form?.fields.find((f) => f.index === index)?.role ?? 'none';
      out.push({ selector: label.selector, roles: label.roles, formKey, index, predicted });
    }
  }
  return out;
}
