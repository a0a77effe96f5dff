// Runs in: Node (evaluation only). The pure classifier, for scripts/eval-detect.mjs --offline: a
// page's snapshot saved by an earlier run is classified again after a rule changes, in seconds.
// The shipped weights come along so the leave-one-source-out evaluation can tune from them.
export { classifyPage } from '../../src/detect/core/classify';
export { CLASS_WEIGHTS } from '../../src/detect/core/weights';
