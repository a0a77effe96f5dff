// Runs in: the options page (settings). Sync on or off on this computer, what it sends and who can
// see what, and what its last run did: a refusal, a vault too large for the browser's sync quota,
// or one synced with its oldest history left out is said here, with what it means.
import { useEffect, useState } from 'preact/hooks';
import type { SyncStatus } from '../core/status';
import { t } from '../../shared/platform/i18n';
import { send } from '../../shared/platform/messaging';

type SyncView = { on: boolean; status: SyncStatus | null };

const kb = (bytes: number) => String(Math.ceil(bytes / 1024));

function statusText(status: SyncStatus): string {
  switch (status.kind) {
    case 'too-large':
      // Whether the other computers keep an earlier copy or have none: either way, never part of one.
      return t(status.kept === false ? 'syncTooLargeFirst' : 'syncTooLarge', [kb(status.bytes ?? 0), kb(status.quota ?? 0)]);
    case 'ok': {
      const size = [kb(status.bytes ?? 0), kb(status.quota ?? 0)];
      if (!status.history) return t('syncOk', size);
      // Over the quota with the oldest history left out (sync/core/trim.ts): what the others get,
      // and that the rest stays here.
      const { keep, left } = status.history;
      return keep === 1 ? t('syncTrimmedOne', [...size, String(left)]) : t('syncTrimmed', [...size, String(left), String(keep)]);
    }
    case 'tampered':
      return t('syncTampered', status.item ?? '');
    default:
      return t(`syncStatus_${status.kind.replace('-', '_')}`);
  }
}

export function SyncSection() {
  const [view, setView] = useState<SyncView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function refresh() {
    const reply = await send('sync/state', {});
    if (reply.ok) setView(reply.value);
  }
  useEffect(() => {
    void refresh();
  }, []);

  async function turn(on: boolean, removeCopy: boolean) {
    setBusy(true);
    const reply = await send('sync/turn', { on, removeCopy });
    setBusy(false);
    if (!reply.ok) return setError(t('errorGeneric', reply.error.message));
    setError(null);
    setView(reply.value);
  }

  if (!view) return null;
  const problem = view.status !== null && view.status.kind !== 'ok';
  return (
    <fieldset data-testid="sync-setting" data-on={String(view.on)} aria-describedby="sync-what">
      <legend>{t('syncHeading')}</legend>
      <p id="sync-what" class="small-text">{t('syncWhat')}</p>
      <div class="actions">
        <button type="button" class={view.on ? 'secondary' : ''} aria-pressed={view.on} disabled={busy} data-testid="sync-toggle"
          onClick={() => void turn(!view.on, false)}>
          {view.on ? t('syncTurnOff') : t('syncTurnOn')}
        </button>
        {!view.on && (
          <button type="button" class="secondary" disabled={busy} data-testid="sync-remove" aria-describedby="sync-remove-note"
            onClick={() => void turn(false, true)}>
            {t('syncRemoveCopy')}
          </button>
        )}
        <button type="button" class="secondary" disabled={busy} data-testid="sync-refresh" onClick={() => void refresh()}>{t('syncRefresh')}</button>
      </div>
      {!view.on && <p id="sync-remove-note" class="muted small-text">{t('syncRemoveNote')}</p>}
      <p role="status" data-testid="sync-status" data-kind={view.status?.kind ?? 'none'} class={problem || error ? 'error' : 'ok'}>
        {error ?? (view.on && view.status ? statusText(view.status) : view.on ? t('syncStatus_pending') : t('syncOff'))}
      </p>
    </fieldset>
  );
}
