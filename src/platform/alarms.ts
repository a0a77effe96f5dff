// Runs in: background. Alarms wake a stopped service worker, so a deadline set before the worker
// stopped still fires (auto-lock).
import browser from 'webextension-polyfill';

export function setAlarm(name: string, when: number): Promise<void> {
  return browser.alarms.create(name, { when }) as unknown as Promise<void>;
}

export async function clearAlarm(name: string): Promise<void> {
  await browser.alarms.clear(name);
}

export function onAlarm(listener: (name: string) => void): void {
  browser.alarms.onAlarm.addListener((alarm) => listener(alarm.name));
}

/** The system locked its screen: lock the vault too (DESIGN.md rule 2). */
export function onSystemLocked(listener: () => void): void {
  browser.idle.onStateChanged.addListener((state) => {
    if (state === 'locked') listener();
  });
}
