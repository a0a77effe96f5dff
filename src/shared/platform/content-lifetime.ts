// Runs in: content script. The content script's lifetime in a page: it must stop when the
// extension that injected it goes away.
import type { Runtime } from 'webextension-polyfill';
import { nativeApi } from './native-api';

/**
 * False once the extension was reloaded, updated or disabled: Chrome leaves the old content
 * script running with a dead `runtime` (Dark Reader tears down on the same check).
 */
export function isContextValid(): boolean {
  try {
    return Boolean(nativeApi().runtime.id);
  } catch {
    return false;
  }
}

/**
 * Calls `onInvalidated` when the extension context goes away. A port disconnects both when the
 * extension goes away and when an idle service worker stops, so the disconnect is only a hint:
 * the context check decides. Chrome still reports a runtime id while it delivers the disconnect
 * and invalidates the context just after, so the check is repeated briefly. We do not reconnect:
 * that would keep the worker awake for every open tab.
 */
export function watchContext(signal: AbortSignal, onInvalidated: () => void): void {
  let port: Runtime.Port;
  try {
    port = nativeApi().runtime.connect({ name: 'lifeline' });
  } catch {
    onInvalidated();
    return;
  }
  port.onDisconnect.addListener(() => {
    for (const delay of [0, 250, 1000, 3000]) {
      setTimeout(() => {
        if (!signal.aborted && !isContextValid()) onInvalidated();
      }, delay);
    }
  });
  signal.addEventListener('abort', () => port.disconnect(), { once: true });
}
