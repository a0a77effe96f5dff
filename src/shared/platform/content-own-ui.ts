// Runs in: content script. Is this element the host of our own in-page UI (the prompt and the
// guide, inpage/content/frame-host.ts)? Our UI sitting over a field hides it from nobody the page
// could fool: the visibility check looks past it. A page can create neither such a host nor its
// look-alike: the root is closed, and the frame in it is of one of our pages, whose URL the page
// cannot know (Chrome's per-session dynamic URL, Firefox's per-install origin).
import { framedPage, GUIDE_PANEL_PAGE, KEEP_PROMPT_PAGE } from './content-framed-page';

interface ClosedRootApi { dom?: { openOrClosedShadowRoot?(el: Element): ShadowRoot | null } }

/** The element's shadow root, closed ones included (a content script's privilege in both browsers). */
function shadowOf(el: Element): ShadowRoot | null {
  const chromeDom = (globalThis as { chrome?: ClosedRootApi }).chrome?.dom;
  if (chromeDom?.openOrClosedShadowRoot) return chromeDom.openOrClosedShadowRoot(el);
  // Firefox gives content scripts the property itself.
  return (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? null;
}

export function isOwnUiHost(el: Element): boolean {
  const root = shadowOf(el);
  if (!root || root.mode !== 'closed') return false;
  const origins = [...framedPage(KEEP_PROMPT_PAGE).origins, ...framedPage(GUIDE_PANEL_PAGE).origins];
  return Array.from(root.querySelectorAll('iframe')).some((frame) => origins.some((origin) => frame.src.startsWith(`${origin}/`)));
}
