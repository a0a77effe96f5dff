// Runs in: the action popup. The guide's entry points for the tab's site: "Forgot your password
// for this site?" and "Change your password on this site" start a guide (a change also opens the
// site's change-password page in the tab); a guide already running can be shown in a window of its
// own, or resumed after the user closed it.
import { useEffect, useState } from 'preact/hooks';
import type { GuideView } from '../core/view-schema';
import { openGuideWindow } from '../../shared/platform/guide-window';
import { t } from '../../shared/platform/i18n';
import { send } from '../../shared/platform/messaging';

interface GuideStartProps {
  tabId: number;
  /** The saved entry the guide is for (the first one for this site), if any. */
  entryId: string | null;
}

export function GuideStart({ tabId, entryId }: GuideStartProps) {
  const [guide, setGuide] = useState<GuideView | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    void send('guide/state', { tabId }).then((reply) => reply.ok && setGuide(reply.value.guide));
  }, [tabId]);

  async function start(flow: 'recover' | 'change') {
    const reply = await send('guide/start', { tabId, flow, entryId });
    if (!reply.ok) return setError(reply.error.message);
    setGuide(reply.value.guide);
  }

  async function resume(id: string) {
    const reply = await send('guide/resume', { guideId: id, tabId });
    if (!reply.ok) return setError(reply.error.message);
    setGuide(reply.value.guide);
  }

  return (
    <section class="guide-start" data-testid="guide-start" data-guide={guide?.status ?? 'none'}>
      <button type="button" class="link" data-testid="guide-forgot" onClick={() => void start('recover')}>{t('popupGuideForgot')}</button>
      <button type="button" class="link" data-testid="guide-change" onClick={() => void start('change')}>{t('popupGuideChange')}</button>
      {guide?.status === 'dismissed' && (
        <button type="button" data-testid="guide-resume" onClick={() => void resume(guide.id)}>{t('popupGuideResume')}</button>
      )}
      {guide && guide.status !== 'dismissed' && (
        <button type="button" class="link" data-testid="guide-show" onClick={() => void openGuideWindow(tabId)}>{t('popupGuideShow')}</button>
      )}
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}
