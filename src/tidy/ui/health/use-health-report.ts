// Runs in: the options page. The health report, asked for again while the background is still
// scoring passwords (each answer is one time slice of scoring; health/report in the background),
// and again after every change to the vault (`version`: any value that changes with it).
import { useEffect, useState } from 'preact/hooks';
import type { HealthReport } from '../../core/health/report-schema';
import { send } from '../../../shared/platform/messaging';

export function useHealthReport(oldAfterDays: number, version: string, enabled: boolean, onError: (message: string) => void): HealthReport | null {
  const [report, setReport] = useState<HealthReport | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    void (async () => {
      for (;;) {
        const reply = await send('health/report', { oldAfterDays });
        if (stopped) return;
        if (!reply.ok) return onError(reply.error.message);
        setReport(reply.value);
        if (reply.value.strength.unchecked === 0) return;
      }
    })();
    return () => {
      stopped = true;
    };
  }, [oldAfterDays, version, enabled, onError]);
  return report;
}
