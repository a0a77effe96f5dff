// Runs in: the options page. "Move to site…" for the selected entries: the user types the site
// they belong to (any URL or host); the background checks it, moves them in one write and holds
// what they had for an undo (workbench/moves.ts). Escape closes the form.
import { useState } from 'preact/hooks';
import { t } from '../../../shared/platform/i18n';

interface MoveToSiteProps { count: number; onMove(site: string): Promise<string | null>; onClose(): void }

export function MoveToSite({ count, onMove, onClose }: MoveToSiteProps) {
  const [site, setSite] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy || site.trim() === '') return;
    setBusy(true);
    const failure = await onMove(site);
    setBusy(false);
    if (failure) setError(failure);
  }

  return (
    <form class="undo-bar" data-testid="move-form" aria-busy={busy} onSubmit={submit}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); onClose(); } }}>
      <label for="move-site">{t('moveLabel', String(count))}</label>
      <input id="move-site" type="text" inputMode="url" autocomplete="off" spellcheck={false} autoFocus value={site}
        placeholder="aliexpress.com" aria-describedby="move-error" aria-invalid={error !== null}
        onInput={(e) => { setSite(e.currentTarget.value); setError(null); }} />
      <button type="submit" class="small" data-testid="move-submit" disabled={busy || site.trim() === ''}>{t('moveSubmit')}</button>
      <button type="button" class="small secondary" onClick={onClose}>{t('moveCancel')}</button>
      <span id="move-error" class="error" role="alert" data-testid="move-error">{error ?? ''}</span>
    </form>
  );
}
