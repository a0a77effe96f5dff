// Runs in: the options page (its own tab).
import { render } from 'preact';
import { loadStrings, t, uiLanguage } from '../../shared/platform/i18n';
import { storedTheme } from '../../shared/platform/stored-theme';
import { applyTheme } from '../../shared/components/apply-theme';
import '../../shared/components/theme.css';
import './options.css';
import { Options } from './Options';

document.documentElement.lang = uiLanguage();
const [, theme] = await Promise.all([loadStrings(), storedTheme()]);
applyTheme(theme);
document.title = t('extName');
const app = document.getElementById('app');
if (app) render(<Options />, app);
