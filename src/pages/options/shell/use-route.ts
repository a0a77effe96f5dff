// Runs in: the options page. The route in the address bar (routes.ts), followed as it changes:
// a link, back and forward all go through `hashchange`. `replace` moves without a history entry
// (a first-run step the vault's state decided, not the user).
import { useCallback, useEffect, useState } from 'preact/hooks';
import { parseRoute, routeHash, type Route } from './routes';

export type Go = (route: Route, options?: { replace?: boolean }) => void;

export function useRoute(): [Route | null, Go] {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const follow = () => setHash(location.hash);
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  const go = useCallback<Go>((route, options) => {
    const next = routeHash(route);
    if (next === location.hash) return;
    if (options?.replace) {
      history.replaceState(history.state, '', next);
      setHash(next);
    } else {
      location.hash = next;
    }
  }, []);
  return [parseRoute(hash), go];
}
