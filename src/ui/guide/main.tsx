// Runs in: the guide page, framed in the shop's page by the content script (embedded: the
// background answers for the frame's own tab) or opened as an extension page with ?tab=ID.
import { render } from 'preact';
import { t, uiLanguage } from '../../platform/i18n';
import '../theme.css';
import './guide.css';
import { Guide } from './Guide';

function tabFromQuery(search: string): number | null {
  const id = Number(new URLSearchParams(search).get('tab'));
  return Number.isInteger(id) && id > 0 ? id : null;
}

document.documentElement.lang = uiLanguage();
document.title = t('guideTitle');
const app = document.getElementById('app');
if (app) render(<Guide tabId={tabFromQuery(location.search)} />, app);
