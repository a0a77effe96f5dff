// Runs in: the options page (request: on the user's click) and the background (contains).
// Optional host permissions (manifest `optional_host_permissions`): asked for at the moment the
// user turns on the feature that needs one. `request` must be the first call of a click handler,
// not after an await: Firefox grants it only while the user's click is being handled.
import browser from 'webextension-polyfill';

export const requestHostPermission = (origin: string): Promise<boolean> => browser.permissions.request({ origins: [origin] });

export async function hasHostPermission(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [origin] });
  } catch {
    return false;
  }
}
