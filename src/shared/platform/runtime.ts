// Runs in: every context. Identity of the running extension and its lifetime in a page.
import browser from 'webextension-polyfill';
import { MESSAGES_PORT } from './message-port';

export function extensionVersion(): string {
  return browser.runtime.getManifest().version;
}

export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

/**
 * Background only: keep content scripts' lifeline ports open so their disconnect means something.
 * The pages' message port is listen.ts's; any other port is closed.
 */
export function acceptLifelines(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== 'lifeline' && port.name !== MESSAGES_PORT) port.disconnect();
  });
}

/**
 * Background: opens the options page in a new tab. runtime.openOptionsPage() does nothing for a
 * just-installed add-on in Firefox (no window has focus yet), tabs.create works in both.
 */
export async function openOptionsTab(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('src/pages/options/index.html') });
}

/** Background only: first install opens the options page, where the vault is created. */
export function onFirstInstall(listener: () => void): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install') listener();
  });
}

