// Text that does not fit, in the real page of either browser: what a longer translation (German,
// French) breaks first. Measured on the page as rendered, from the browser's own boxes:
//   - clipped: an element that hides what overflows it (overflow hidden or clip, or an ellipsis)
//     and whose content is wider or taller than its box: text cut off;
//   - spills: an element whose own text runs past the right edge of the page, or a page that
//     scrolls sideways (the popup's window cannot: it is as wide as the page asks, up to a limit).
// Text for screen readers only is left alone, and so are scroll containers (overflow auto or scroll): they show what overflows by
// scrolling. Only the innermost offender of a chain is named, with a selector-like path and its
// text, so a failure says which string to shorten or which rule to fix.
import type { TestPage } from './page';

export interface Overflow {
  kind: 'clipped' | 'spills' | 'page-scrolls';
  path: string;
  text: string;
  /** How many pixels do not fit. */
  by: number;
}

/** Runs in the page: every overflow, innermost first. Self-contained (it is serialised into the page). */
function findOverflows(): Overflow[] {
  const SLACK = 1; // sub-pixel rounding of boxes
  const pathOf = (el: Element): string => {
    const parts: string[] = [];
    for (let node: Element | null = el; node && node !== document.body && parts.length < 4; node = node.parentElement) {
      const testid = node.getAttribute('data-testid');
      const cls = typeof node.className === 'string' && node.className ? `.${node.className.trim().split(/\s+/).join('.')}` : '';
      parts.unshift(testid ? `${node.localName}[data-testid="${testid}"]` : `${node.localName}${cls}`);
    }
    return parts.join(' > ');
  };
  const ownText = (el: Element): string =>
    [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('').trim();
  // Seen on screen: text for screen readers only (a 1 px clipped box, .visually-hidden) is
  // meant to be clipped.
  const visible = (el: Element): boolean => {
    const box = el.getBoundingClientRect();
    // checkVisibility: the inside of a closed <details> keeps boxes in Firefox, but is not drawn.
    return box.width > SLACK && box.height > SLACK && getComputedStyle(el).visibility !== 'hidden' && el.checkVisibility();
  };
  const found: (Overflow & { el: Element })[] = [];
  const right = document.documentElement.clientWidth;
  for (const el of document.body.querySelectorAll('*')) {
    if (!visible(el) || el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) continue;
    const style = getComputedStyle(el);
    const hides = (o: string) => o === 'hidden' || o === 'clip';
    const clipsX = hides(style.overflowX) || style.textOverflow === 'ellipsis';
    const wider = el.scrollWidth - el.clientWidth;
    const taller = el.scrollHeight - el.clientHeight;
    // The user's own data (a site, a username) has no length limit: cut with an ellipsis, and
    // whole in its title, it is shown, not lost. A string of ours must fit.
    const userDataShownWhole = style.textOverflow === 'ellipsis' && el.getAttribute('title') === el.textContent;
    if (clipsX && wider > SLACK && !userDataShownWhole) found.push({ el, kind: 'clipped', path: pathOf(el), text: el.textContent?.trim().slice(0, 80) ?? '', by: wider });
    else if (hides(style.overflowY) && taller > SLACK) found.push({ el, kind: 'clipped', path: pathOf(el), text: el.textContent?.trim().slice(0, 80) ?? '', by: taller });
    else if (ownText(el) && el.getBoundingClientRect().right > right + SLACK) {
      found.push({ el, kind: 'spills', path: pathOf(el), text: ownText(el).slice(0, 80), by: Math.round(el.getBoundingClientRect().right - right) });
    }
  }
  // The innermost of a chain: an offender that contains another one is explained by it.
  const innermost = found.filter((o) => !found.some((other) => other !== o && o.el.contains(other.el)));
  const result: Overflow[] = innermost.map(({ kind, path, text, by }) => ({ kind, path, text, by }));
  const sideways = document.documentElement.scrollWidth - document.documentElement.clientWidth;
  if (sideways > SLACK && innermost.length === 0) result.push({ kind: 'page-scrolls', path: 'html', text: '', by: sideways });
  return result;
}

export function overflowsIn(page: Pick<TestPage, 'evaluate'>): Promise<Overflow[]> {
  return page.evaluate(findOverflows, null);
}

export const describeOverflow = (o: Overflow): string => `${o.kind} by ${o.by}px: ${o.path} “${o.text}”`;
