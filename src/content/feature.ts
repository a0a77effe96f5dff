// Runs in: content script. A feature is a function with a lifetime: everything it adds
// (listeners, observers, timers) must stop when `signal` aborts (Refined GitHub's pattern).
import type { sendFromContent } from '../shared/platform/content-messaging';
import type { Provenance } from '../keep/content/provenance';
import type { Detection } from '../detect/content/classified';
import type { PageSnapshot } from '../detect/core/snapshot-types';

export interface ContentContext {
  readonly document: Document;
  readonly send: typeof sendFromContent;
  /** Which field values the user typed or we filled (Keep captures only those). */
  readonly provenance: Provenance;
  /** Whether a guide follows this tab: only then are the page's texts read and watched. */
  readonly guided: Guided;
  /** The page's classification, which the background does from the content script's snapshots. */
  readonly detection: Detection;
  /** The page read now, as the watch reads it (with its texts while guided): what is reported. */
  readonly snapshot: () => PageSnapshot;
}

/** Set by the hello's answer and by the guide panel's coming and going; `changed` tells the watch. */
export interface Guided {
  on: boolean;
  changed?: () => void;
}

export type Feature = (ctx: ContentContext, signal: AbortSignal) => void | Promise<void>;
