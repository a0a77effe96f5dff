// The popup's entry grid by keyboard (grid-keys.ts): where each key moves the active cell, and
// which keys act, open the row's menu or go back to the search box.
import { describe, expect, it } from 'vitest';
import { gridKey, type GridCell, type KeyLike } from '../../../src/pages/popup/grid-keys';

const shape = { rows: 50, cols: 3, pageRows: 6 };
const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods });
const at = (row: number, col: number): GridCell => ({ row, col });
const to = (row: number, col: number) => ({ kind: 'move', to: at(row, col) });

describe('entry grid keys', () => {
  it.each([
    ['ArrowDown', at(3, 1), to(4, 1)],
    ['ArrowDown', at(49, 0), to(49, 0)],
    ['ArrowUp', at(3, 2), to(2, 2)],
    ['ArrowRight', at(3, 0), to(3, 1)],
    ['ArrowRight', at(3, 2), to(3, 2)],
    ['ArrowLeft', at(3, 1), to(3, 0)],
    ['ArrowLeft', at(3, 0), to(3, 0)],
    ['Home', at(3, 2), to(3, 0)],
    ['End', at(3, 0), to(3, 2)],
    ['PageDown', at(3, 1), to(9, 1)],
    ['PageDown', at(47, 1), to(49, 1)],
    ['PageUp', at(3, 1), to(0, 1)],
  ])('%s from %o moves to the expected cell', (k, from, expected) => {
    expect(gridKey(key(k), from, shape)).toEqual(expected);
  });

  it('moves to the first and last row with Ctrl+Home and Ctrl+End', () => {
    expect(gridKey(key('Home', { ctrlKey: true }), at(20, 1), shape)).toEqual(to(0, 1));
    expect(gridKey(key('End', { ctrlKey: true }), at(20, 1), shape)).toEqual(to(49, 1));
  });

  it('goes back to the search box above the first row, and with whatever is typed', () => {
    expect(gridKey(key('ArrowUp'), at(0, 1), shape)).toEqual({ kind: 'search', typed: '', erase: false });
    expect(gridKey(key('a'), at(5, 0), shape)).toEqual({ kind: 'search', typed: 'a', erase: false });
    expect(gridKey(key('Ж'), at(5, 0), shape)).toEqual({ kind: 'search', typed: 'Ж', erase: false });
    expect(gridKey(key('Backspace'), at(5, 0), shape)).toEqual({ kind: 'search', typed: '', erase: true });
  });

  it('acts with Enter and Space, opens the menu with the menu key and Shift+F10', () => {
    expect(gridKey(key('Enter'), at(2, 0), shape)).toEqual({ kind: 'activate' });
    expect(gridKey(key(' '), at(2, 1), shape)).toEqual({ kind: 'activate' });
    expect(gridKey(key('ContextMenu'), at(2, 0), shape)).toEqual({ kind: 'menu' });
    expect(gridKey(key('F10', { shiftKey: true }), at(2, 0), shape)).toEqual({ kind: 'menu' });
  });

  it('leaves shortcuts and other keys to the browser', () => {
    for (const k of [key('c', { ctrlKey: true }), key('v', { metaKey: true }), key('F10'), key('Tab'), key('Escape'), key('Enter', { altKey: true }), key('Shift')]) {
      expect(gridKey(k, at(2, 0), shape), k.key).toEqual({ kind: 'none' });
    }
  });
});
