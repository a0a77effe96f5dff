// Runs in: the in-page prompt, framed by the content script (inpage/content/frame-host.ts). Renders
// nothing until the host hands over its channel: opened any other way (a tab, a window, another
// site's frame), the page stays blank, and the background would not answer it anyway
// (shared/protocol/sender.ts: a web-accessible page speaks only when framed).
import { render } from 'preact';
import { loadStrings, uiLanguage } from '../../../shared/platform/i18n';
import '../../../shared/components/theme.css';
import './prompt.css';
import { useState } from 'preact/hooks';
import { useFrameSize } from './frame-size';
import { linkToParent, type ParentLink } from '../../../inpage/ui/parent-link';
import { Prompt } from './Prompt';
import { Trouble } from '../../../guide/ui/Trouble';

// No offer for this tab: the guide's "Trouble signing in?" card, if a login just failed here.
function Card({ link }: { link: ParentLink }) {
  const [trouble, setTrouble] = useState(false);
  useFrameSize(link);
  const place = { kind: 'framed', link } as const;
  const close = () => link.close();
  return trouble
    ? <Trouble place={place} tabId={null} onDone={close} />
    : <Prompt tabId={null} place={place} onNone={() => setTrouble(true)} onDone={close} />;
}

document.documentElement.lang = uiLanguage();
await loadStrings();
const app = document.getElementById('app');
if (app && window.top !== window) {
  void linkToParent(location.hash.slice(1)).then((link) => render(<Card link={link} />, app));
}
