// Runs in: the options page, while the online check is on. Asks the background for the next batch
// of the online exposed-password check (tidy/background/breach-check.ts) until every password
// is checked or one fails, and again after a change to the vault or a "Try again". When the number
// of breached passwords differs from what the report last showed, the report is asked again, so
// they count in the score and the queue.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { BreachStatus } from '../../core/health/breach';
import { send } from '../../../shared/platform/messaging';

export function useBreachCheck(online: boolean, changes: string, onFound: () => void, onError: (message: string) => void): { status: BreachStatus | null; retry(): void } {
  const [status, setStatus] = useState<BreachStatus | null>(null);
  const [tries, setTries] = useState(0);
  // Breached passwords the report has been asked about (0 before any: none count yet).
  const shown = useRef(0);
  useEffect(() => {
    if (!online) {
      setStatus(null);
      shown.current = 0;
      return;
    }
    let stopped = false;
    void (async () => {
      for (;;) {
        const reply = await send('health/breach', { action: 'check' });
        if (stopped) return;
        if (!reply.ok) return onError(reply.error.message);
        setStatus(reply.value);
        if (reply.value.found !== shown.current) {
          shown.current = reply.value.found;
          onFound();
        }
        if (reply.value.failure !== null || reply.value.unchecked === 0) return;
      }
    })();
    return () => {
      stopped = true;
    };
  }, [online, changes, tries, onFound, onError]);
  return { status, retry: () => setTries((n) => n + 1) };
}
