// Runs in: background. What the browser says about the user being away from it: the system's idle
// state (Chrome reports `locked` when the screen locks; Firefox reports only `idle` and `active`)
// and browser windows closing. vault/core/lock-signals.ts decides what locks the vault.
import browser from 'webextension-polyfill';

export function onIdleState(listener: (state: string) => void): void {
  browser.idle.onStateChanged.addListener((state) => listener(state));
}

/** After a browser window closed: how many normal windows are left. */
export function onWindowClosed(listener: (left: number) => void): void {
  browser.windows.onRemoved.addListener(() => {
    void browser.windows.getAll({ windowTypes: ['normal'] }).then((windows) => listener(windows.length));
  });
}

/** `idle` is reported after this many seconds without input; null keeps the browser's default. */
export function setIdleDetection(seconds: number | null): void {
  if (seconds !== null) browser.idle.setDetectionInterval(seconds);
}
