// Runs in: the action popup. What Latchkey sees on the current tab, and the way to the options page.
import { useEffect, useState } from 'preact/hooks';
import type { Status, TabState } from '../../core/protocol/messages';
import type { Reply } from '../../core/protocol/reply';
import { t } from '../../platform/i18n';
import { send } from '../../platform/messaging';
import { openOptionsPage } from '../../platform/runtime';
import { markReady } from '../ready';
import { PageSummary } from './PageSummary';

interface PopupProps { tabId: Promise<number | null> }

interface Loaded { status: Reply<Status>; tab: TabState | null }

export function Popup({ tabId }: PopupProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    void (async () => {
      const status = await send('status', {});
      const id = await tabId;
      const tab = id === null ? null : await send('tab/state', { tabId: id });
      setLoaded({ status, tab: tab?.ok ? tab.value : null });
    })();
  }, [tabId]);

  useEffect(() => {
    if (loaded) markReady();
  }, [loaded]);

  if (!loaded) return <main><p class="muted">{t('optionsLoading')}</p></main>;
  const { status, tab } = loaded;
  return (
    <main>
      <h1>{t('popupHeading')}</h1>
      {status.ok ? <PageSummary tab={tab} /> : (
        <p class="error" role="alert">{t('popupBackgroundDown', status.error.message)}</p>
      )}
      <footer>
        <a href="#" onClick={(e) => { e.preventDefault(); void openOptionsPage(); }}>{t('popupOpenOptions')}</a>
        {status.ok && <span class="muted" data-testid="version">{t('popupVersion', status.value.version)}</span>}
      </footer>
    </main>
  );
}
