// Runs in: the guide page, framed in the shop's page by the content script (embedded: the
// background answers for the frame's own tab) or opened as an extension page with ?tab=ID (the
// popup's guide window, tests).
import { render } from 'preact';
import { loadStrings, t, uiLanguage } from '../../platform/i18n';
import '../theme.css';
import './guide.css';
import { linkToParent } from '../prompt/parent-link';
import { Guide } from './Guide';

function tabFromQuery(search: string): number | null {
  const id = Number(new URLSearchParams(search).get('tab'));
  return Number.isInteger(id) && id > 0 ? id : null;
}

document.documentElement.lang = uiLanguage();
await loadStrings();
document.title = t('guideTitle');
const app = document.getElementById('app');
if (app && window.top !== window) {
  // Framed by the content script: nothing until the host hands over its channel (the prompt's
  // rule: opened in another site's frame, the page stays blank). The background answers for the
  // frame's own tab.
  void linkToParent(location.hash.slice(1)).then((link) => render(<Guide tabId={null} link={link} />, app));
} else if (app) {
  render(<Guide tabId={tabFromQuery(location.search)} link={null} />, app);
}
