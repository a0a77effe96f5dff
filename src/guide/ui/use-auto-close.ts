// Runs in: the guide page, framed in the shop's page. A finished guide goes away by itself once it
// has said what happens next: a moment after a saved password, longer when the user has something
// to do (update the entry by hand), not while Keep's update prompt waits for an answer, and not
// while the pointer or the focus is on the panel (it looks again a moment later).
import { useEffect, useState } from 'preact/hooks';
import type { GuideOutcome } from '../core/view-schema';

export const CLOSE_AFTER_SAVED_MS = 8_000;
export const CLOSE_AFTER_MISSED_MS = 20_000;

const inUse = () => document.documentElement.matches(':hover') || (document.hasFocus() && document.activeElement !== document.body);

/** Whether the guide is about to close itself. */
export function useAutoClose(finished: boolean, outcome: GuideOutcome | null, close: () => void): boolean {
  const delay = !finished || !outcome || outcome.kind === 'offer' ? null : outcome.kind === 'saved' || outcome.kind === 'pending' ? CLOSE_AFTER_SAVED_MS : CLOSE_AFTER_MISSED_MS;
  const [looks, setLooks] = useState(0);
  useEffect(() => {
    if (delay === null) return;
    const timer = setTimeout(() => (inUse() ? setLooks((n) => n + 1) : close()), delay);
    return () => clearTimeout(timer);
  }, [delay, looks]);
  return delay !== null;
}
