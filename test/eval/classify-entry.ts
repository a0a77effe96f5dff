// Runs in: Node (evaluation only). The pure classifier, for scripts/eval-detect.mjs --offline: a
// page's snapshot saved by an earlier run is classified again after a rule changes, in seconds.
export { classifyPage } from '../../src/detect/core/classify';
