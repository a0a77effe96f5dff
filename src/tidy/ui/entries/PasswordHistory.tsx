// Runs in: the options page. An entry's old passwords by date, each restorable in one click. The
// passwords themselves stay in the background (entries/history answers dates only).
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../shared/platform/i18n';
import { send } from '../../../shared/platform/messaging';
import { formatDate } from '../../../pages/options/format-date';

interface PasswordHistoryProps { id: string; version: number; onRestored(): void; onError(message: string): void }

export function PasswordHistory({ id, version, onRestored, onError }: PasswordHistoryProps) {
  const [history, setHistory] = useState<{ changedAt: number }[] | null>(null);

  useEffect(() => {
    void send('entries/history', { id }).then((reply) => (reply.ok ? setHistory(reply.value.history) : onError(reply.error.message)));
  }, [id, version, onError]);

  async function restore(index: number, changedAt: number) {
    const reply = await send('entries/restore-password', { id, index, changedAt });
    if (reply.ok) onRestored();
    else onError(reply.error.message);
  }

  if (!history) return null;
  return (
    <section class="history" aria-labelledby="history-heading" data-testid="password-history" data-count={history.length}>
      <h3 id="history-heading">{t('historyHeading')}</h3>
      {history.length === 0 && <p class="muted">{t('historyEmpty')}</p>}
      <ol class="plain">
        {history.map((item, index) => (
          <li key={`${item.changedAt}-${index}`} class="history-item">
            <span>{t('historyReplacedOn', formatDate(item.changedAt))}</span>
            <button type="button" class="small secondary" data-testid="history-restore" aria-label={t('historyRestoreLabel', formatDate(item.changedAt))}
              onClick={() => void restore(index, item.changedAt)}>{t('historyRestore')}</button>
          </li>
        ))}
      </ol>
    </section>
  );
}
