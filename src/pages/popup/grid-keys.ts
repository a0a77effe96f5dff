// Runs in: the action popup. What a key does in the entry grid (the WAI-ARIA grid pattern: arrows
// move between cells, Home/End to the row's ends, Ctrl+Home/End to the first and last row, Page
// Up/Down by a screenful), plus what a launcher needs: Enter or Space acts on the cell, the menu
// key or Shift+F10 opens the row's menu, and typing goes back to the search box. Pure, so the
// whole table is unit tested.

export interface GridCell { row: number; col: number }

export type GridMove =
  | { kind: 'move'; to: GridCell }
  | { kind: 'activate' }
  | { kind: 'menu' }
  /** Back to the search box, with the character typed (or one erased) on the way. */
  | { kind: 'search'; typed: string; erase: boolean }
  | { kind: 'none' };

export interface KeyLike { key: string; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }

export interface GridShape { rows: number; cols: number; pageRows: number }

const clamp = (value: number, max: number) => Math.max(0, Math.min(max, value));

export function gridKey(event: KeyLike, at: GridCell, { rows, cols, pageRows }: GridShape): GridMove {
  const move = (row: number, col: number): GridMove => ({ kind: 'move', to: { row: clamp(row, rows - 1), col: clamp(col, cols - 1) } });
  const ctrl = event.ctrlKey || event.metaKey;
  switch (event.key) {
    case 'ArrowDown': return move(at.row + 1, at.col);
    // Above the first row is the search box the list answers.
    case 'ArrowUp': return at.row === 0 ? { kind: 'search', typed: '', erase: false } : move(at.row - 1, at.col);
    case 'ArrowRight': return move(at.row, at.col + 1);
    case 'ArrowLeft': return move(at.row, at.col - 1);
    case 'Home': return ctrl ? move(0, at.col) : move(at.row, 0);
    case 'End': return ctrl ? move(rows - 1, at.col) : move(at.row, cols - 1);
    case 'PageDown': return move(at.row + pageRows, at.col);
    case 'PageUp': return move(at.row - pageRows, at.col);
    case 'Enter':
    case ' ': return event.altKey || ctrl ? { kind: 'none' } : { kind: 'activate' };
    case 'ContextMenu': return { kind: 'menu' };
    case 'F10': return event.shiftKey ? { kind: 'menu' } : { kind: 'none' };
    case 'Backspace': return { kind: 'search', typed: '', erase: true };
  }
  // A printable character (one code point, no shortcut modifier) is more of the search.
  if ([...event.key].length === 1 && !ctrl && !event.altKey) return { kind: 'search', typed: event.key, erase: false };
  return { kind: 'none' };
}
