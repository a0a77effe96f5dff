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
