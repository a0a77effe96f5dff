// Runs in: extension pages. The theme chosen in the settings, read from storage as the page starts
// so a forced dark page never flashes light (the background stays the settings' only writer; the
// one field is parsed, and anything else is 'system'). The popup gets it in its first answer instead.
import browser from 'webextension-polyfill';
import { Theme } from '../../settings/core/settings';

export async function storedTheme(): Promise<Theme> {
  try {
    const stored: unknown = (await browser.storage.local.get('settings')).settings;
    const data: unknown = typeof stored === 'object' && stored !== null ? (stored as { data?: unknown }).data : undefined;
    const theme: unknown = typeof data === 'object' && data !== null ? (data as { theme?: unknown }).theme : undefined;
    const parsed = Theme.safeParse(theme);
    return parsed.success ? parsed.data : 'system';
  } catch {
    return 'system';
  }
}
