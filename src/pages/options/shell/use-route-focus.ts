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
  // Where the focus was when the route changed, read as the new route renders: effects run a
  // frame later, and a user (or a driver) may have moved the focus in between.
  const moved = useRef({ hash: '', leftAt: null as Element | null });
  if (moved.current.hash !== hash) moved.current = { hash, leftAt: document.activeElement };
  useEffect(() => {
    document.title = `${t(TITLE[route.section])} · ${t('extName')}`;
    if (!settled) return;
    if (first.current) {
      first.current = false;
      return;
    }
    // An entry's editor takes the focus itself (its first field).
    if (route.section === 'passwords' && route.entryId !== null) return;
    return focusHeadingWhenShown(document, moved.current.leftAt);
    // `hash` stands for `route`.
  }, [hash, settled]);
}

/**
 * Focuses the section's heading (`#main-heading`) now if it is there, or when it first appears:
 * a section loaded on first use (shell/lazy.ts), or one waiting for its data, renders its heading
 * some time after the route changed. By then the user may have moved on (clicked or tabbed
 * elsewhere): their focus wins, and the heading is focused only while the focus is still where
 * the move left it (`leftAt`). Returns the cleanup, for a route that changes again first.
 */
export function focusHeadingWhenShown(doc: Document, leftAt: Element | null = doc.activeElement): () => void {
  const focusIfUnmoved = (heading: HTMLElement) => {
    const now = doc.activeElement;
    // A focused element that left the page (the old section's) leaves the focus on the body.
    if (now === leftAt || now === doc.body || now === null) heading.focus({ preventScroll: false });
  };
  const heading = doc.getElementById('main-heading');
  if (heading) {
    focusIfUnmoved(heading);
    return () => {};
  }
  const observer = new MutationObserver(() => {
    const shown = doc.getElementById('main-heading');
    if (!shown) return;
    observer.disconnect();
    focusIfUnmoved(shown);
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  return () => observer.disconnect();
}
