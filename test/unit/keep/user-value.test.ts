// Whose value is in a field (keep/core/user-value.ts): event sequences as the browsers raise them
// for a user's keys, IME, paste and drop, and as a page script can raise them (execCommand, a
// silent rewrite, a browser `change` after it, forged events), with the value each leaves.
import { describe, expect, it } from 'vitest';
import { nextFieldState, UNTOUCHED, userValueOf, type FieldEvent } from '../../../src/keep/core/user-value';

/** The events a real key press raises on a field that holds `before`. */
const key = (k: string, before: string, after: string, inputType = 'insertText', data: string | null = k): FieldEvent[] => [
  { type: 'keydown', trusted: true, key: k, shortcut: false, value: before },
  { type: 'input', trusted: true, inputType, data, value: after },
  { type: 'keyup', trusted: true },
];

/** Typing `text` one key at a time into an empty field. */
const typing = (text: string): FieldEvent[] => Array.from(text).flatMap((c, i) => key(c, text.slice(0, i), text.slice(0, i + 1)));

/** What document.execCommand('insertText') raises: a trusted input event and no key. */
const execCommand = (data: string, after: string): FieldEvent => ({ type: 'input', trusted: true, inputType: 'insertText', data, value: after });

const run = (events: FieldEvent[]) => events.reduce(nextFieldState, UNTOUCHED);
const valueAfter = (events: FieldEvent[], current: string) => userValueOf(run(events), current);

describe('the user\'s own value', () => {
  it.each<[string, FieldEvent[], string, string | null]>([
    ['typed key by key', typing('Pass-1'), 'Pass-1', 'Pass-1'],
    ['typed, then corrected with Backspace', [...typing('Pass-12'), ...key('Backspace', 'Pass-12', 'Pass-1', 'deleteContentBackward', null)], 'Pass-1', 'Pass-1'],
    ['pasted (the paste event, then its input)', [
      { type: 'paste', trusted: true, value: '' },
      { type: 'input', trusted: true, inputType: 'insertFromPaste', data: 'Pasted-9', value: 'Pasted-9' },
    ], 'Pasted-9', 'Pasted-9'],
    ['dropped', [
      { type: 'drop', trusted: true, value: '' },
      { type: 'input', trusted: true, inputType: 'insertFromDrop', data: null, value: 'Dropped-9' },
    ], 'Dropped-9', 'Dropped-9'],
    ['composed with an IME, Chrome\'s order (compositionend after the last input)', [
      { type: 'compositionstart', trusted: true, value: '' },
      { type: 'keydown', trusted: true, key: 'Process', shortcut: false, value: '' },
      { type: 'input', trusted: true, inputType: 'insertCompositionText', data: 'ぱ', value: 'ぱ' },
      { type: 'input', trusted: true, inputType: 'insertCompositionText', data: 'ぱす', value: 'ぱす' },
      { type: 'compositionend', trusted: true },
    ], 'ぱす', 'ぱす'],
    ['composed with an IME, Firefox\'s order (the last input after compositionend)', [
      { type: 'compositionstart', trusted: true, value: '' },
      { type: 'input', trusted: true, inputType: 'insertCompositionText', data: 'ж', value: 'ж' },
      { type: 'compositionend', trusted: true },
      { type: 'input', trusted: true, inputType: 'insertCompositionText', data: 'ж', value: 'ж' },
    ], 'ж', 'ж'],
    ['a dead key then its letter', [
      { type: 'keydown', trusted: true, key: 'Dead', shortcut: false, value: '' },
      { type: 'keyup', trusted: true },
      ...key('e', '', 'é', 'insertText', 'é'),
    ], 'é', 'é'],
    ['typed, then emptied and typed again after a script\'s change', [...typing('ab'), execCommand('X', 'abX'), ...key('Backspace', 'abX', '', 'deleteContentBackward', null), ...typing('cd')], 'cd', 'cd'],
  ])('%s: counts', (_name, events, current, expected) => {
    expect(valueAfter(events, current)?.value ?? null).toBe(expected);
  });

  it.each<[string, FieldEvent[], string]>([
    ['document.execCommand(\'insertText\') with no user input', [execCommand('planted@mail.test', 'planted@mail.test')], 'planted@mail.test'],
    ['execCommand inside the user\'s keydown (another character than the key\'s)', [
      { type: 'keydown', trusted: true, key: 'a', shortcut: false, value: '' },
      execCommand('Planted-1', 'Planted-1'),
      { type: 'input', trusted: true, inputType: 'insertText', data: 'a', value: 'Planted-1a' },
    ], 'Planted-1a'],
    ['execCommand, then the user types after it', [execCommand('Planted-', 'Planted-'), ...key('1', 'Planted-', 'Planted-1')], 'Planted-1'],
    // The browser's `change` on blur that may follow is no user action and is not listened to.
    ['typed, then rewritten silently by a script', typing('Typed-1'), 'Rewritten-2'],
    ['typed, rewritten silently, then the user types on', [...typing('Typed-1'), ...key('x', 'Rewritten-2', 'Rewritten-2x')], 'Rewritten-2x'],
    ['forged key and input events (a page script\'s, untrusted)', [
      { type: 'keydown', trusted: false, key: 'P', shortcut: false, value: '' },
      { type: 'input', trusted: false, inputType: 'insertText', data: 'P', value: 'P' },
    ], 'P'],
    ['a plain input event with no inputType after a key (the browser\'s own autofill, a script\'s Event)', [
      { type: 'keydown', trusted: true, key: 'a', shortcut: false, value: '' },
      { type: 'input', trusted: true, inputType: '', data: null, value: 'Autofilled-1' },
    ], 'Autofilled-1'],
    ['undo (the undo stack may hold a script\'s edit)', [...typing('ab'), ...key('z', 'ab', 'Planted', 'historyUndo', null)], 'Planted'],
    ['a shortcut that inserts text', [
      { type: 'keydown', trusted: true, key: 'k', shortcut: true, value: '' },
      { type: 'input', trusted: true, inputType: 'insertText', data: 'k', value: 'k' },
    ], 'k'],
    ['a key whose input inserts more than its character', [...key('a', '', 'abc', 'insertText', 'abc')], 'abc'],
    ['Backspace followed by an insertion', [...key('Backspace', '', 'Planted', 'insertText', 'Planted')], 'Planted'],
    ['a paste event followed by a typed-text input', [
      { type: 'paste', trusted: true, value: '' },
      { type: 'input', trusted: true, inputType: 'insertText', data: 'Planted', value: 'Planted' },
    ], 'Planted'],
    ['a value the page put there before the user typed on', [...key('1', 'Prefilled-', 'Prefilled-1')], 'Prefilled-1'],
    ['a composition input with no composition', [{ type: 'input', trusted: true, inputType: 'insertCompositionText', data: 'x', value: 'x' }], 'x'],
  ])('%s: counts for nobody', (_name, events, current) => {
    expect(valueAfter(events, current)).toBeNull();
  });

  it('keeps our own fill, until a script changes it', () => {
    const filled: FieldEvent[] = [{ type: 'filled', value: 'Filled-1', source: 'filled' }];
    expect(valueAfter(filled, 'Filled-1')).toEqual({ value: 'Filled-1', source: 'filled' });
    expect(valueAfter(filled, 'Other-2')).toBeNull();
    expect(valueAfter([...filled, execCommand('x', 'Filled-1x')], 'Filled-1x')).toBeNull();
    // The user editing our fill makes it theirs.
    expect(valueAfter([...filled, ...key('x', 'Filled-1', 'Filled-1x')], 'Filled-1x')).toEqual({ value: 'Filled-1x', source: 'typed' });
  });

  it('ignores events a page script raised, whatever they claim', () => {
    const typed = run(typing('Typed-1'));
    const forged: FieldEvent = { type: 'input', trusted: false, inputType: 'insertText', data: 'x', value: 'Typed-1x' };
    expect(nextFieldState(typed, forged)).toBe(typed);
  });
});
