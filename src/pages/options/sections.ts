// Runs in: the options page. The sections loaded on first use (shell/lazy.ts): everything but the
// passwords section. Sections that share most of their code come from one module, so they are one
// file: health and the first run's health check; import and export and the first run's steps.
import { lazySection } from './shell/lazy';

export const HealthView = lazySection(() => import('../../tidy/ui/health/views').then((m) => m.HealthSection));
export const FirstCheckView = lazySection(() => import('../../tidy/ui/health/views').then((m) => m.FirstCheck));
export const TransferView = lazySection(() => import('./transfer-views').then((m) => m.TransferPage));
export const WelcomeView = lazySection(() => import('./transfer-views').then((m) => m.Welcome));
export const SettingsView = lazySection(() => import('./SettingsPage').then((m) => m.SettingsPage));

/** Fetches every section ahead, once the first screen is up. */
export function preloadSections(): void {
  for (const section of [HealthView, FirstCheckView, TransferView, WelcomeView, SettingsView]) void section.preload();
}
