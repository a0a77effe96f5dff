// Runs in: the guide page framed in the shop's page by the content script (embedded: the
// background answers for the frame's own tab). Any website may load this page (it is
// web-accessible, so the content script can frame it): opened any other way it stays blank, and
// the background would not answer it anyway (shared/protocol/sender.ts). The guide for a tab in a
// window of its own is window.html, which no website can load.
import { render } from 'preact';
import { loadStrings, t, uiLanguage } from '../../shared/platform/i18n';
import '../../shared/components/theme.css';
import './guide.css';
import { linkToParent } from '../../inpage/ui/parent-link';
import { Guide } from './Guide';

document.documentElement.lang = uiLanguage();
await loadStrings();
document.title = t('guideTitle');
const app = document.getElementById('app');
if (app && window.top !== window) {
  // Nothing until the host hands over its channel (the prompt's rule: opened in another site's
  // frame, the page stays blank).
  void linkToParent(location.hash.slice(1)).then((link) => render(<Guide tabId={null} link={link} />, app));
}
