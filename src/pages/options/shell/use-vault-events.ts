// Runs in: the options page. When to ask the background again: the vault changed (the background
// says so: a Keep save in a shop's tab, a popup edit, a lock), or the page comes back into view (a
// user returning from a shop's change page). Events, not polling: a page left open costs nothing.
// Several close together (an import's write, then the page shown again) make one refresh.
import { useEffect, useRef } from 'preact/hooks';
import { onPageEvent } from '../../../shared/platform/page-events';

/** Events this close together make one refresh. */
const COALESCE_MS = 50;

export function useVaultEvents(refresh: () => void): void {
  const latest = useRef(refresh);
  latest.current = refresh;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const soon = () => {
      timer ??= setTimeout(() => {
        timer = null;
        latest.current();
      }, COALESCE_MS);
    };
    const stop = onPageEvent(soon);
    const shown = () => {
      if (document.visibilityState === 'visible') soon();
    };
    document.addEventListener('visibilitychange', shown);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', shown);
      if (timer !== null) clearTimeout(timer);
    };
  }, []);
}
