// Runs in: content script. The values a submit may send (`keep/submit`, keep/core/submit-request.ts):
// only visible fields, only values typed by the user or filled by us; anything else is null. The
// background picks them by role and filters them again (keep/core/clean.ts).
import type { CapturedValue } from '../core/capture';
import type { FieldElement } from '../../detect/content/field-snapshot';
import type { VisibilityCheck } from '../../detect/content/visibility';
import type { Provenance } from './provenance';

/** A field's value that may be captured (visible, typed by the user or filled by us), or null. */
export type ReadField = (el: FieldElement) => CapturedValue | null;

/** Reads each field as it is now. */
export function liveFields(provenance: Pick<Provenance, 'sourceOf'>, visible: VisibilityCheck): ReadField {
  return (el) => {
    if (!(el instanceof HTMLInputElement) || el.value === '' || !visible(el).visible) return null;
    const source = provenance.sourceOf(el);
    return source ? { value: el.value, source } : null;
  };
}
