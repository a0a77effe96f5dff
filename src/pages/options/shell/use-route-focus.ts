// Runs in: the options page. What a change of section does beyond the content: the tab's title
// names the section, and after a move within the page (a link, back, forward) the keyboard and
// screen readers start at the new section's heading, as they would on a new page. The first
// section shown once the vault's state is known (`settled`) leaves the focus where the page put it.
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../../shared/platform/i18n';
import { routeHash, type Route } from './routes';

const TITLE: Record<Route['section'], string> = {
  passwords: 'navPasswords',
  health: 'navHealth',
  import: 'navImport',
  settings: 'navSettings',
  welcome: 'welcomeTitle',
};

export function useRouteFocus(route: Route, settled: boolean): void {
  const hash = routeHash(route);
  const first = useRef(true);
  useEffect(() => {
    document.title = `${t(TITLE[route.section])} · ${t('extName')}`;
    if (!settled) return;
    if (first.current) {
      first.current = false;
      return;
    }
    // An entry's editor takes the focus itself (its first field).
    if (route.section === 'passwords' && route.entryId !== null) return;
    // After the new section has rendered.
    requestAnimationFrame(() => document.getElementById('main-heading')?.focus({ preventScroll: false }));
    // `hash` stands for `route`.
  }, [hash, settled]);
}
