// Runs in: the action popup (and tests open it as a page with ?tab=ID).
import { render } from 'preact';
import { stringsReady, uiLanguage } from '../../platform/i18n';
import { targetTabId } from '../../platform/tabs';
import '../theme.css';
import './popup.css';
import { loadFirstScreen } from './first-screen';
import { Popup } from './Popup';

// The first screen's questions go out before anything else waits (first-screen.ts says why).
const first = loadFirstScreen(targetTabId(location.search));
document.documentElement.lang = uiLanguage();
await stringsReady;
const app = document.getElementById('app');
if (app) render(<Popup first={first} />, app);
