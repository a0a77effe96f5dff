// Runs in: the guide window (window.html?tab=ID): the guide for a tab beside the shop's page,
// opened by the popup or, where the in-page panel may not fill a password (ui/decide), by the
// panel's own button through the background. Not web-accessible: no website can load it, so it
// may name any tab (shared/protocol/sender.ts classes it as an extension page).
import { render } from 'preact';
import { loadStrings, t, uiLanguage } from '../../shared/platform/i18n';
import '../../shared/components/theme.css';
import './guide.css';
import { Guide } from './Guide';

function tabFromQuery(search: string): number | null {
  const id = Number(new URLSearchParams(search).get('tab'));
  return Number.isInteger(id) && id > 0 ? id : null;
}

document.documentElement.lang = uiLanguage();
await loadStrings();
document.title = t('guideTitle');
const app = document.getElementById('app');
if (app) render(<Guide tabId={tabFromQuery(location.search)} link={null} />, app);
