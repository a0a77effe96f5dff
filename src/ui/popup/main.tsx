// Runs in: the action popup (and tests open it as a page with ?tab=ID).
import { render } from 'preact';
import { uiLanguage } from '../../platform/i18n';
import { targetTabId } from '../../platform/tabs';
import '../theme.css';
import './popup.css';
import { Popup } from './Popup';

document.documentElement.lang = uiLanguage();
const app = document.getElementById('app');
if (app) render(<Popup tabId={targetTabId(location.search)} />, app);
