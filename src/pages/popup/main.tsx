// Runs in: the action popup (and tests open it as a page with ?tab=ID).
import { render } from 'preact';
import { loadStrings, uiLanguage } from '../../shared/platform/i18n';
import { applyTheme } from '../../shared/components/apply-theme';
import '../../shared/components/theme.css';
import './popup.css';
import { englishFallback } from '../../shared/platform/english-fallback';
import { firstRequest } from './first-request';
import { loadFirstScreen } from './first-screen';
import { Popup } from './Popup';

// When the browser's catalog is not answering, the English table is read now, beside the first
// screen's answer rather than after it (shared/platform/english-fallback.ts); loadStrings awaits
// this same read.
void englishFallback();
// The first screen was asked for by index.html's first script (first-request.ts says why). The
// popup renders once, with its answer and in the language it names: a "Loading" render first
// would only cost the answer a frame (a Preact effect waits for the next one).
const first = await loadFirstScreen(firstRequest());
document.documentElement.lang = uiLanguage();
applyTheme(first.theme);
await loadStrings(first.language);
const app = document.getElementById('app');
if (app) render(<Popup first={first} />, app);
