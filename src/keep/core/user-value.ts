// Runs anywhere. Whose value is in a field: the user's (their own keys, IME composition, paste,
// drop, cut), ours (a fill), or nobody's we can vouch for (DESIGN.md rule 8). A pure state machine
// over what the content script saw of each event (keep/content/provenance.ts), so each rule is
// table-tested without a browser.
//
// Why not simply "a trusted input event": `document.execCommand('insertText')` raises trusted
// input events with no user input at all, and a `change` is raised by the browser after a script
// rewrote what the user typed. So an input event counts only as the effect of a user action that
// came just before it on the same field and fits it (the key's character, a paste's paste), the
// field must hold exactly what the last such action left (a script's silent change since then
// makes it nobody's), and a change nothing explains leaves the field tainted until it is emptied.
// The browser's own autofill is not counted either: no event tells it from a script's change in
// both browsers, and those values already sit in the browser's own store (import them instead).
// When in doubt, nobody's: Keep then captures nothing from the field.
import type { ValueSource } from './capture';

/** One event on one field, as plain data (`value`: the field's value when the event was seen). */
export type FieldEvent =
  | { type: 'keydown'; trusted: boolean; key: string; shortcut: boolean; value: string }
  | { type: 'keyup'; trusted: boolean }
  | { type: 'paste' | 'drop' | 'cut' | 'compositionstart'; trusted: boolean; value: string }
  | { type: 'compositionend'; trusted: boolean }
  | { type: 'input'; trusted: boolean; inputType: string; data: string | null; value: string }
  /** Our own fill put `value` there (content/fill). */
  | { type: 'filled'; value: string; source: ValueSource };

type Gesture =
  | { kind: 'key'; key: string; shortcut: boolean; afterDead: boolean }
  | { kind: 'paste' | 'drop' | 'cut' }
  /** A composition just ended: Firefox sends its last input after compositionend. */
  | { kind: 'composed' };

export interface FieldState {
  /** The value the last user action (or our fill) left, and where it came from; null: none. */
  vouched: { value: string; source: ValueSource } | null;
  /** Something no user action explains changed the value since the field was last empty. */
  tainted: boolean;
  /** A user action whose input event has not come yet. */
  gesture: Gesture | null;
  composing: boolean;
  /** The last key was a dead key: the next one's character is composed (é from ´ and e). */
  dead: boolean;
}

export const UNTOUCHED: FieldState = { vouched: null, tainted: false, gesture: null, composing: false, dead: false };

// Keys whose character is not the key's name: an IME's, a virtual keyboard's.
const COMPOSING_KEYS = new Set(['Process', 'Unidentified']);
// insertCompositionText, deleteCompositionText, insertFromComposition, deleteByComposition.
const isComposition = (inputType: string) => inputType.includes('Composition');
// deleteContentBackward, deleteWordForward, deleteSoftLineBackward...: what Backspace and Delete do.
const isKeyDelete = (inputType: string) => /^delete(Content|Word|SoftLine|HardLine)/.test(inputType);

const characters = (text: string) => Array.from(text).length;

/** Does this input event follow from the user action under way? */
function explains(state: FieldState, inputType: string, data: string | null): boolean {
  if (isComposition(inputType)) return state.composing || state.gesture?.kind === 'composed';
  const gesture = state.gesture;
  if (!gesture) return false;
  switch (gesture.kind) {
    case 'paste':
      return inputType === 'insertFromPaste' || inputType === 'insertFromPasteAsQuotation';
    case 'drop':
      return inputType === 'insertFromDrop';
    case 'cut':
      return inputType === 'deleteByCut';
    case 'composed':
      return false;
    case 'key': {
      if (isKeyDelete(inputType)) return gesture.key === 'Backspace' || gesture.key === 'Delete';
      // History (undo, redo) may bring back a script's edit; autocorrect and suggestions replace
      // text with what the browser chose: neither is a key's own character.
      if (inputType !== 'insertText' || gesture.shortcut || data === null || data === '') return false;
      if (COMPOSING_KEYS.has(gesture.key) || gesture.afterDead) return characters(data) === 1;
      return characters(gesture.key) === 1 && data === gesture.key;
    }
  }
}

/**
 * A user action begins on the field: the value must be what the last one left. If a script
 * changed it silently since (no event), the field is nobody's until it is emptied.
 */
function begin(state: FieldState, value: string, gesture: Gesture): FieldState {
  if (value === '') return { ...UNTOUCHED, composing: state.composing, dead: state.dead, gesture };
  const intact = state.vouched !== null && state.vouched.value === value;
  return intact ? { ...state, gesture } : { ...state, vouched: null, tainted: true, gesture };
}

export function nextFieldState(state: FieldState, event: FieldEvent): FieldState {
  if (event.type === 'filled') return { ...UNTOUCHED, vouched: { value: event.value, source: event.source } };
  // A page script can raise any event; only the browser's own are the user's.
  if (!event.trusted) return state;
  switch (event.type) {
    case 'keydown': {
      const next = begin(state, event.value, { kind: 'key', key: event.key, shortcut: event.shortcut, afterDead: state.dead });
      return { ...next, dead: event.key === 'Dead' };
    }
    case 'keyup':
      return state.gesture?.kind === 'key' ? { ...state, gesture: null } : state;
    case 'paste':
    case 'drop':
    case 'cut':
      return begin(state, event.value, { kind: event.type });
    case 'compositionstart':
      return { ...begin(state, event.value, { kind: 'composed' }), composing: true, gesture: null };
    case 'compositionend':
      return { ...state, composing: false, gesture: { kind: 'composed' } };
    case 'input': {
      const explained = explains(state, event.inputType, event.data);
      // A composition sends many inputs; every other action sends one.
      const gesture = state.composing ? state.gesture : null;
      const dead = state.dead && !explained;
      if (event.value === '') return { ...UNTOUCHED, composing: state.composing, gesture, dead };
      if (!explained || state.tainted) return { ...state, vouched: null, tainted: true, gesture, dead };
      return { ...state, vouched: { value: event.value, source: 'typed' }, gesture, dead };
    }
  }
}

/** The field's value as the user's (or our fill's), or null when nobody's can be vouched for. */
export function userValueOf(state: FieldState | undefined, current: string): { value: string; source: ValueSource } | null {
  if (!state?.vouched || state.tainted || state.vouched.value !== current) return null;
  return state.vouched;
}
