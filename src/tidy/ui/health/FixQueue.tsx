// Runs in: the options page. The fix-it queue: what to change first, riskiest first
// (tidy/core/health/fix-queue.ts). The sites of one reused password stay together and each has its own
// "Fix": such a group is fixed site by site. An item leaves the queue by itself when its password
// changes (Keep saw the change, the vault told the page, the page asked again).
import { useState } from 'preact/hooks';
import type { FixItem, HealthReport } from '../../core/health/report-schema';
import { t } from '../../../shared/platform/i18n';
import { send } from '../../../shared/platform/messaging';
import { FixItemRow } from './FixItemRow';
import { useFixQueue } from './use-fix-queue';

/** Items shown at first, and added by each "Show more". */
const PAGE = 10;

interface FixQueueProps { report: HealthReport; oldAfterDays: number; onError(message: string): void }

type Run = { group: string | null; items: FixItem[] };

/** Consecutive items of one reuse group, kept together. */
function runs(items: readonly FixItem[]): Run[] {
  const out: Run[] = [];
  for (const item of items) {
    const last = out.at(-1);
    if (item.reusedGroup !== null && last?.group === item.reusedGroup) last.items.push(item);
    else out.push({ group: item.tier === 'reused' ? item.reusedGroup : null, items: [item] });
  }
  return out;
}

export function FixQueue({ report, oldAfterDays, onError }: FixQueueProps) {
  const [limit, setLimit] = useState(PAGE);
  const [asked, setAsked] = useState(0);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const queue = useFixQueue(oldAfterDays, report, limit, asked, onError);

  async function fix(item: FixItem) {
    setMessage(null);
    const reply = await send('health/fix', { entryId: item.id });
    if (!reply.ok) return onError(reply.error.message);
    setMessage(reply.value.opened ? { error: false, text: t('fixOpened', item.host) } : { error: true, text: t('fixNotOpened', item.host) });
    setAsked((n) => n + 1);
  }

  return (
    <section aria-labelledby="queue-heading" data-testid="fix-queue" data-total={queue?.total ?? ''}>
      <h2 id="queue-heading">{t('fixHeading', String(queue?.total ?? 0))}</h2>
      <p class="muted small-text">{t('fixHelp')}</p>
      <p role={message?.error ? 'alert' : 'status'} class={message?.error ? 'error' : 'ok'} data-testid="fix-message">{message?.text ?? ''}</p>
      {queue && queue.total === 0 && <p class="ok" data-testid="fix-queue-empty">{t('fixNothing')}</p>}
      {queue && queue.items.length > 0 && (
        <ol class="plain fix-list">
          {runs(queue.items).map((run) =>
            run.group === null ? (
              run.items.map((item) => <FixItemRow key={item.id} item={item} onFix={(i) => void fix(i)} />)
            ) : (
              <li key={`group-${run.group}`} class="fix-group" data-testid="fix-group">
                <p class="fix-group-title">{t('fixGroupTitle', String(run.items[0]?.reusedSites ?? run.items.length))}</p>
                <ol class="plain">{run.items.map((item) => <FixItemRow key={item.id} item={item} onFix={(i) => void fix(i)} />)}</ol>
              </li>
            ),
          )}
        </ol>
      )}
      {queue && queue.items.length < queue.total && (
        <button type="button" class="secondary small" data-testid="fix-more" onClick={() => setLimit((n) => n + PAGE)}>
          {t('fixMore', String(queue.total - queue.items.length))}
        </button>
      )}
    </section>
  );
}
