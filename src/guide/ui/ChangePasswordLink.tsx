// Runs in: the options page. The fix for a weak, reused or old password: change it on the site.
// Opens the site's change-password page in a new tab; saving the new one there updates the entry
// through the save prompt (Keep), or here by hand. "Change it with the guide" opens it with the
// guide started for this entry (the panel walks the user through the site's steps).
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/platform/i18n';
import { send } from '../../shared/platform/messaging';

export function ChangePasswordLink({ origin, host, entryId }: { origin: string; host: string; entryId?: string }) {
  const [href, setHref] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void import('./change-link').then(({ changeLinkFor }) => current && setHref(changeLinkFor(origin)));
    return () => {
      current = false;
    };
  }, [origin]);
  if (!href) return null;
  return (
    <p>
      <a href={href} target="_blank" rel="noopener noreferrer" data-testid="change-password-link">{t('changePasswordOnSite', host)}</a>
      {entryId && (
        <>
          {' '}
          <button type="button" class="link" data-testid="change-with-guide" onClick={() => void send('guide/open-change', { origin, entryId })}>{t('guideChangeWithGuide')}</button>
        </>
      )}
    </p>
  );
}
