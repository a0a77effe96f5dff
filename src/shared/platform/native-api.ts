// Runs in: content script. The content script uses the browser's own extension API rather than
// webextension-polyfill, which every other context uses. In Firefox the polyfill hands back
// `browser` unchanged; in Chrome MV3 the calls made here (sendMessage, connect, id) already return
// promises or plain values, and the one listener answers through `sendResponse`, which both
// browsers support. The polyfill would cost 10 KB of the content script's 66 KB budget in every
// page the user opens (scripts/check-build.mjs fails the build if it comes back).
import type { Browser } from 'webextension-polyfill';

const scope = globalThis as { browser?: Browser; chrome?: Browser };

/** The `browser` namespace (Firefox) or `chrome` (Chrome), typed as the polyfill's API. */
export function nativeApi(): Browser {
  const api = scope.browser ?? scope.chrome;
  if (!api?.runtime) throw new Error('not running in an extension');
  return api;
}
