// Runs in: content script. Keeps a page's report current as the page changes (SPA routes, login
// modals, forms rendered late). Reads the page once, then batches mutations (debounced, with a
// maximum wait so a busy page still gets reports), re-reads only the forms whose subtree changed
// (per-form snapshots cached in a WeakMap keyed by container), and hands on the snapshot only when
// it changed; the background classifies it (classified.ts). Typing counts as a change of its form
// (whether a field is filled, whether two passwords are equal: the classifier reads both), so the
// form a user fills in has usually been classified as it is when fill asks for it. The first read
// waits for the page's first rendered frame (after-paint.ts says why).
// All state lives in this call's closure and everything stops when `signal` aborts.
// While a guide follows the tab (`texts.on`), the report also carries the page's visible texts and
// any change of text counts (a toast that says "password changed" after load); other pages pay
// for neither.
import type { FormSnapshot, PageSnapshot } from '../core/snapshot-types';
import { afterNextPaint } from './after-paint';
import { snapshotPage } from './snapshot';
import type { VisibilityCheck } from './visibility';

export interface WatchOptions {
  debounceMs?: number;
  maxWaitMs?: number;
  /** The visibility check (default: the browser's layout; unit tests without layout pass their own). */
  visibility?: VisibilityCheck;
  /** Read and watch the page's texts while `on` (content/feature.ts: the tab's guide). */
  texts?: { readonly on: boolean };
}

/** Call `refresh` after `texts.on` changed: the page is read again with or without its texts. */
export interface Watch {
  refresh(): void;
}

const FIELDS = 'input,select,textarea,form,iframe';
const ATTRS = ['class', 'style', 'hidden', 'aria-hidden', 'type', 'autocomplete', 'name', 'id', 'placeholder', 'disabled', 'readonly', 'open'];

function mayHoldFields(n: Node): boolean {
  if (n.nodeType !== 1) return false; // ELEMENT_NODE; instanceof fails across frames
  const el = n as Element;
  // Custom elements may render fields into a shadow root the light-DOM query cannot see.
  return el.matches(FIELDS) || el.tagName.includes('-') || !!el.shadowRoot || !!el.querySelector(FIELDS);
}

// Text of the page, not one of our own empty boxes (the guide's pointer, the framed panel's host).
const hasText = (n: Node): boolean => n.nodeType === 3 || (n.nodeType === 1 && n.hasChildNodes());

/** `ms`: the time the snapshot took in the page. */
export type OnSnapshot = (snapshot: PageSnapshot, ms: number) => void;

export function watchPage(doc: Document, signal: AbortSignal, onSnapshot: OnSnapshot, opts: WatchOptions = {}): Watch {
  const debounceMs = opts.debounceMs ?? 200;
  const maxWaitMs = opts.maxWaitMs ?? 1000;
  const cache = new WeakMap<Element, FormSnapshot>();
  let containers: Element[] = [];
  let dirty: Node[] = [];
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;

  const run = (): void => {
    timer = undefined; firstPending = 0;
    if (signal.aborted) return;
    const changed = dirty; dirty = [];
    const seen: Element[] = [];
    const start = performance.now();
    const snap = snapshotPage(doc, {
      visibility: opts.visibility,
      reuse: (c) => (changed.some((n) => c.contains(n) || n.contains(c)) ? undefined : cache.get(c)),
      remember: (c, s) => { cache.set(c, s); },
      onContainer: (c) => { seen.push(c); },
      texts: opts.texts?.on,
    });
    containers = seen;
    const ms = performance.now() - start;
    const signature = JSON.stringify(snap);
    if (signature !== last) { last = signature; onSnapshot(snap, ms); }
  };

  const schedule = (): void => {
    const now = performance.now();
    if (!firstPending) firstPending = now;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, now - firstPending >= maxWaitMs ? 0 : debounceMs);
  };

  // A mutation matters when it lands inside a known form, or adds/removes/changes something that
  // can hold fields (a modal's class flipping to visible, an SPA view replacing the old one).
  const relevant = (m: MutationRecord): boolean => {
    if (containers.some((c) => c.contains(m.target))) return true;
    if (opts.texts?.on && (m.type === 'characterData' || (m.type === 'attributes' && hasText(m.target))
      || [...Array.from(m.addedNodes), ...Array.from(m.removedNodes)].some(hasText))) return true;
    if (m.type === 'attributes') return mayHoldFields(m.target);
    return [...Array.from(m.addedNodes), ...Array.from(m.removedNodes)].some(mayHoldFields);
  };

  const observer = new MutationObserver((records) => {
    let any = false;
    for (const m of records) if (relevant(m)) { dirty.push(m.target); any = true; }
    if (any) schedule();
  });
  // Again with or without character data when the guide comes or goes (a fresh registration: the
  // spec replaces the options of an observed node, not every DOM implementation does).
  const observe = () => (observer.disconnect(), observer.observe(doc, { subtree: true, childList: true, attributes: true, attributeFilter: ATTRS, characterData: opts.texts?.on === true }));
  observe();
  // A value is a property, not an attribute: typing changes no DOM. Trusted or not, it is only read.
  doc.addEventListener('input', (e) => {
    const t = e.target as Node | null;
    if (t && containers.some((c) => c.contains(t))) { dirty.push(t); schedule(); }
  }, { capture: true, signal });
  // Same-origin frames fill in after their own load event, which the parent's observer never sees.
  doc.addEventListener('load', (e) => {
    const t = e.target as Element | null;
    if (t && t.nodeType === 1 && t.tagName === 'IFRAME') { dirty.push(t); schedule(); }
  }, { capture: true, signal });
  signal.addEventListener('abort', () => { observer.disconnect(); if (timer !== undefined) clearTimeout(timer); }, { once: true });
  // The first read takes in every change made before it: a read already scheduled for one is not needed.
  const first = () => {
    if (timer !== undefined) clearTimeout(timer);
    run();
  };
  const win = doc.defaultView;
  if (win) afterNextPaint(win, signal, first);
  else first();
  return { refresh: () => { observe(); schedule(); } };
}
