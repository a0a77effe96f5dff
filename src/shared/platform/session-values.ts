// Runs in: background. Small values in storage.session: kept in memory by the browser, gone when
// the browser restarts, readable only by extension pages and the background (never content
// scripts). The unlocked vault key and the auto-lock deadline live here.
import browser from 'webextension-polyfill';

export async function readSession(key: string): Promise<unknown> {
  return (await browser.storage.session.get(key))[key];
}

export async function writeSession(values: Record<string, unknown>): Promise<void> {
  await browser.storage.session.set(values);
}

export async function removeSession(keys: readonly string[]): Promise<void> {
  await browser.storage.session.remove([...keys]);
}
