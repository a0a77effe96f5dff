// Runs in: background. Alarms wake a stopped service worker, so a deadline set before the worker
// stopped still fires (auto-lock).
import browser from 'webextension-polyfill';

export function setAlarm(name: string, when: number): Promise<void> {
  return browser.alarms.create(name, { when }) as unknown as Promise<void>;
}

/** An alarm due every `minutes`, the first one `minutes` from now. */
export function setRepeatingAlarm(name: string, minutes: number): Promise<void> {
  return browser.alarms.create(name, { delayInMinutes: minutes, periodInMinutes: minutes }) as unknown as Promise<void>;
}

export async function clearAlarm(name: string): Promise<void> {
  await browser.alarms.clear(name);
}

/** `due`: when the alarm was due (it fires late after the system slept). */
export function onAlarm(listener: (name: string, due: number) => void): void {
  browser.alarms.onAlarm.addListener((alarm) => listener(alarm.name, alarm.scheduledTime));
}
