// Runs in: content script. The values a submit may send (`keep/submit`, keep/core/submit-request.ts):
// only visible fields, only values typed by the user or filled by us; anything else is null. The
// background picks them by role and filters them again (keep/core/clean.ts). What Keep may never
// keep does not leave the page at all: a field the page marks as a one-time code or a payment
// card's (its `autocomplete`), and a value that is a card number wherever it was typed.
import type { CapturedValue } from '../core/capture';
import { isCardNumber } from '../core/value-filters';
import type { FieldElement } from '../../detect/content/field-snapshot';
import type { VisibilityCheck } from '../../detect/content/visibility';
import type { Provenance } from './provenance';

/** A field's value that may be captured (visible, typed by the user or filled by us), or null. */
export type ReadField = (el: FieldElement) => CapturedValue | null;

/** `autocomplete` tokens of values that are never a username or password (WHATWG autofill names). */
const NEVER_SENT = /^(?:one-time-code|cc-.+)$/;

const neverSent = (el: HTMLInputElement): boolean =>
  // The attribute, not the property: a browser reads a token list it finds invalid as "".
  (el.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/).some((token) => NEVER_SENT.test(token)) || isCardNumber(el.value);

/** Reads each field as it is now. */
export function liveFields(provenance: Pick<Provenance, 'sourceOf'>, visible: VisibilityCheck): ReadField {
  return (el) => {
    if (!(el instanceof HTMLInputElement) || el.value === '' || neverSent(el) || !visible(el).visible) return null;
    const source = provenance.sourceOf(el);
    return source ? { value: el.value, source } : null;
  };
}
