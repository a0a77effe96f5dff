// Runs in: the options page (its own tab).
import { render } from 'preact';
import { loadStrings, t, uiLanguage } from '../../platform/i18n';
import '../theme.css';
import './options.css';
import { Options } from './Options';

document.documentElement.lang = uiLanguage();
await loadStrings();
document.title = t('optionsTitle');
const app = document.getElementById('app');
if (app) render(<Options />, app);
