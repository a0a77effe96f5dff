// Runs in: content script. Where each field's value came from: the user's own action (keys, IME
// composition, paste, drop) or our fill. Only those values may be captured (DESIGN.md rule 8);
// the rules live in keep/core/user-value.ts, this file only turns DOM events into its plain facts.
// Listeners run in the capture phase on the document: a page that stops an event before us only
// makes its field nobody's (its next input goes unexplained), never the user's.
import type { ValueSource } from '../core/capture';
import { nextFieldState, UNTOUCHED, userValueOf, type FieldEvent, type FieldState } from '../core/user-value';

export interface Provenance {
  /** Our fill put `value` into `el` (content/fill). */
  filled(el: Element, value: string, source?: ValueSource): void;
  /** The source of the field's current value, or null when neither the user nor we set it. */
  sourceOf(el: Element & { value: string }): ValueSource | null;
  /** The field the user typed into or we filled last, if it is still in the page. */
  lastTouched(): Element | null;
}

type Read = (e: Event, el: HTMLInputElement) => FieldEvent;

const keydown: Read = (e, el) => {
  const k = e as KeyboardEvent;
  // Ctrl or Cmd makes a key a shortcut; Ctrl with Alt is AltGr on Windows, which types.
  return { type: 'keydown', trusted: e.isTrusted, key: k.key, shortcut: (k.ctrlKey && !k.altKey) || k.metaKey, value: el.value };
};
const begins = (type: 'paste' | 'drop' | 'cut' | 'compositionstart'): Read => (e, el) => ({ type, trusted: e.isTrusted, value: el.value });
const input: Read = (e, el) => {
  // A plain Event (no inputType) is no user's edit: InputEvent is what the browser raises for one.
  const edit = e instanceof InputEvent ? e : null;
  return { type: 'input', trusted: e.isTrusted, inputType: edit?.inputType ?? '', data: edit?.data ?? null, value: el.value };
};

const READERS: Record<string, Read> = {
  keydown,
  keyup: (e) => ({ type: 'keyup', trusted: e.isTrusted }),
  paste: begins('paste'),
  drop: begins('drop'),
  cut: begins('cut'),
  compositionstart: begins('compositionstart'),
  compositionend: (e) => ({ type: 'compositionend', trusted: e.isTrusted }),
  input,
};

export function trackProvenance(doc: Document, signal: AbortSignal): Provenance {
  const states = new WeakMap<Element, FieldState>();
  let last: WeakRef<Element> | null = null;
  const note = (el: Element, event: FieldEvent) => {
    const next = nextFieldState(states.get(el) ?? UNTOUCHED, event);
    states.set(el, next);
    if (next.vouched && (event.type === 'input' || event.type === 'filled')) last = new WeakRef(el);
  };
  for (const [type, read] of Object.entries(READERS)) {
    doc.addEventListener(type, (e) => {
      // composedPath: the real input inside an open shadow root, not its retargeted host.
      const el = e.composedPath()[0];
      if (el instanceof HTMLInputElement) note(el, read(e, el));
    }, { capture: true, signal });
  }
  return {
    filled(el, value, source = 'filled') {
      note(el, { type: 'filled', value, source });
    },
    sourceOf(el) {
      return userValueOf(states.get(el), el.value)?.source ?? null;
    },
    lastTouched: () => {
      const el = last?.deref();
      return el?.isConnected ? el : null;
    },
  };
}
