// Runs in: extension pages. The colours the settings force, if any (theme.css): 'system' leaves
// them to the system's light or dark preference.
import type { Theme } from '../../settings/core/settings';

export function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}
