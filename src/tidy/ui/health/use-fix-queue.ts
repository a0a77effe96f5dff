// Runs in: the options page. The first `limit` items of the fix-it queue, asked again with every
// new health report (which the page asks for after any change to the vault) and after a "Fix".
import { useEffect, useState } from 'preact/hooks';
import type { FixQueuePage, HealthReport } from '../../core/health/report-schema';
import { send } from '../../../shared/platform/messaging';

export function useFixQueue(oldAfterDays: number, report: HealthReport | null, limit: number, asked: number, onError: (message: string) => void): FixQueuePage | null {
  const [queue, setQueue] = useState<FixQueuePage | null>(null);
  useEffect(() => {
    if (!report) return;
    let live = true;
    void send('health/queue', { oldAfterDays, offset: 0, limit }).then((reply) => {
      if (!live) return;
      if (reply.ok) setQueue(reply.value);
      else onError(reply.error.message);
    });
    return () => {
      live = false;
    };
  }, [oldAfterDays, report, limit, asked, onError]);
  return queue;
}
