// Runs in: extension pages. The theme chosen in the settings, read from storage as the page starts
// so a forced dark page never flashes light (the background stays the settings' only writer;
// settings that cannot be read count as the defaults). The popup gets it in its first answer instead.
import { SETTINGS_SPEC, type Theme } from '../../settings/core/settings';
import { readItem } from './storage-item';

export async function storedTheme(): Promise<Theme> {
  try {
    return (await readItem(SETTINGS_SPEC)).value.theme;
  } catch {
    return 'system';
  }
}
