// Runs in: content script. The guide's pointer: an outline around the step's element, an empty box
// of ours (nothing in it for the page to read; the guide's text is in its own frame) that takes no
// clicks. It follows scrolling (the browser sends at most one scroll event a frame: one rectangle
// read each); a resize, or an element the page removes or hides, is caught up a second later: the
// next target of the list, or none (the panel's instruction still guides).
// Each time the window's size or the pointed element's place changes, the guide frame is told
// (`onView`), so the panel moves out of the way of what the user must click: the element's form,
// unless that form is most of the window.
import type { PointAt } from '../core/recipes/point-at-schema';
import type { PageReport } from '../../detect/core/model';
import { important } from '../../inpage/content/frame-host';
import { findTarget } from './target';

export interface Pointer {
  point(targets: readonly PointAt[]): void;
  remove(): undefined;
}

/** `report`: the page's newest classified report, whose field roles a step may point at. */
export function showPointer(win: Window, onView: (view: { t: 'view'; vw: number; vh: number; target: { x: number; y: number; w: number; h: number } | null }) => void, report: () => PageReport | null): Pointer {
  const doc = win.document;
  const host = doc.createElement('div');
  let targets: readonly PointAt[] = [];
  let el: Element | null = null;
  let told = '';
  const place = () => {
    const r = el?.isConnected ? el.getBoundingClientRect() : null;
    if (!r?.width) el = null;
    // Above the page's own stacking (below the top layer: our panels, the page's dialogs).
    host.setAttribute('style', important(el && r
      ? `position:fixed;left:${r.left - 7}px;top:${r.top - 7}px;width:${r.width + 8}px;height:${r.height + 8}px;margin:0;border:3px solid #f59e0b;border-radius:6px;pointer-events:none;z-index:2147483647;`
      : 'display:none;'));
    const form = el?.closest('form')?.getBoundingClientRect();
    const keep = form && form.height < win.innerHeight * 0.6 ? form : r;
    const view = { t: 'view' as const, vw: win.innerWidth, vh: win.innerHeight, target: el && keep ? { x: keep.left, y: keep.top, w: keep.width, h: keep.height } : null };
    const key = JSON.stringify(view);
    if (key !== told) onView(view);
    told = key;
  };
  const events = new AbortController();
  win.addEventListener('scroll', place, { capture: true, passive: true, signal: events.signal });
  win.addEventListener('resize', place, { passive: true, signal: events.signal });
  const timer = setInterval(() => {
    el ??= findTarget(doc, targets, report());
    place();
  }, 1000);
  doc.documentElement.append(host);
  return {
    point(next) {
      targets = next;
      el = findTarget(doc, next, report());
      place();
    },
    remove() {
      events.abort();
      clearInterval(timer);
      host.remove();
    },
  };
}
