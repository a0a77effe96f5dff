// Runs in: the in-page prompt, framed by the content script (content/prompt/frame-host.ts). Renders
// nothing until the host hands over its channel: opened any other way (a tab, another site's
// frame), the page stays blank.
import { render } from 'preact';
import { stringsReady, uiLanguage } from '../../platform/i18n';
import '../theme.css';
import './prompt.css';
import { linkToParent } from './parent-link';
import { Prompt } from './Prompt';

document.documentElement.lang = uiLanguage();
await stringsReady;
const app = document.getElementById('app');
if (app && window.top !== window) {
  void linkToParent(location.hash.slice(1)).then((link) => render(<Prompt link={link} />, app));
}
