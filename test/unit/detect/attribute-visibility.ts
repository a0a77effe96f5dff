// A visibility check for unit tests in a DOM emulator (happy-dom has no layout: every box is 0x0,
// so the product's check, detect/content/visibility.ts, would call everything hidden). It reads
// only what an emulator knows: the hidden attribute, aria-hidden and inline display/visibility.
// The product never uses it; the layout check is tested in real browsers (E2E) and its decision
// in test/unit/detect/visibility.test.ts.
import type { VisibilityCheck } from '../../../src/detect/content/visibility';

const HIDDEN_ANCESTOR = '[hidden],[aria-hidden="true"],[style*="display: none"],[style*="display:none"],[style*="visibility: hidden"]';

export const attributeVisibility: VisibilityCheck = (el) => ({ visible: !el.closest(HIDDEN_ANCESTOR), area: 0, top: 0 });
