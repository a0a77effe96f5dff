// Runs anywhere. Caps that keep a pathological page (thousands of inputs, huge text,
// deep shadow/iframe nesting) bounded; the detector runs on every page load and every SPA change.
export interface SnapshotLimits {
  maxForms: number;
  maxFieldsPerForm: number;
  /** Inputs examined per document or shadow root. */
  maxInputs: number;
  maxText: number;
  /** Elements examined when looking for shadow roots, and text nodes per container. */
  maxNodes: number;
  /** Nesting of shadow roots and same-origin frames. */
  maxDepth: number;
  maxLinks: number;
}

export const DEFAULT_LIMITS: SnapshotLimits = {
  maxForms: 40,
  maxFieldsPerForm: 40,
  maxInputs: 600,
  maxText: 300,
  maxNodes: 20_000,
  maxDepth: 3,
  maxLinks: 150,
};

/**
 * What a reported snapshot may hold (snapshot-schema.ts), so that a page cannot make the
 * background classify an unbounded one. The content script's own caps stay within these: every
 * string it reads is cut at `maxText` or less, every list at `maxItems` or less (links at
 * `maxLinks`), so a snapshot over them is a broken or forged one and is refused, not cut.
 */
export const SNAPSHOT_BOUNDS = {
  /** Lists other than forms, fields and the page's links: buttons, headings, texts, hints. */
  maxItems: 40,
  /** A page URL; longer ones (some carry whole states in the query) are refused. */
  maxUrl: 8_192,
} as const;
