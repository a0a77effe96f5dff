// Runs in: every context. Identity of the running extension and its lifetime in a page.
import browser from 'webextension-polyfill';

export function extensionVersion(): string {
  return browser.runtime.getManifest().version;
}

export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

/**
 * False once the extension was reloaded, updated or disabled: Chrome leaves the old content
 * script running with a dead `runtime` (Dark Reader tears down on the same check).
 */
export function isContextValid(): boolean {
  try {
    return Boolean(browser.runtime.id);
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
  let port: ReturnType<typeof browser.runtime.connect>;
  try {
    port = browser.runtime.connect({ name: 'lifeline' });
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

/** Background only: keep content scripts' lifeline ports open so their disconnect means something. */
export function acceptLifelines(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== 'lifeline') port.disconnect();
  });
}

/**
 * Background: opens the options page in a new tab. runtime.openOptionsPage() does nothing for a
 * just-installed add-on in Firefox (no window has focus yet), tabs.create works in both.
 */
export async function openOptionsTab(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('src/ui/options/index.html') });
}

/** Background only: first install opens the options page, where the vault is created. */
export function onFirstInstall(listener: () => void): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install') listener();
  });
}
