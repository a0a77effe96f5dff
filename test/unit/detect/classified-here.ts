// The page read and classified in one place, as the content script's `classified` hands it to fill
// and capture once the background has answered (detect/content/classified.ts).
import type { Classification } from '../../../src/detect/content/classified';
import { snapshotPage } from '../../../src/detect/content/snapshot';
import type { VisibilityCheck } from '../../../src/detect/content/visibility';
import { classifyPage } from '../../../src/detect/core/classify';

export function classifiedHere(doc: Document, visibility?: VisibilityCheck): Classification {
  const snapshot = snapshotPage(doc, { visibility });
  return { snapshot, forms: classifyPage(snapshot).forms };
}
