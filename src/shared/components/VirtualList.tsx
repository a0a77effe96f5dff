// Runs in: extension pages. A list that renders only the rows in view (plus a few either side), so
// the popup opens and scrolls fast with 10,000 entries. Rows have one fixed height: the position
// of any row is index * rowHeight, with no measuring. Rows are addressed by index, so the data
// behind them can arrive page by page (onRange says which rows are about to be shown).
//
// As a grid (`grid`), it is the WAI-ARIA grid pattern with aria-activedescendant: the container is
// the one tab stop and keeps the focus while the active cell moves, so a row scrolled out of the
// DOM never takes the focus with it; the owner keeps the active row in view with `keepInView`.
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface GridOptions {
  id: string;
  /** The id of the active cell, set only while its row is rendered (an idref must resolve). */
  activeDescendant: string | undefined;
  onKeyDown(event: KeyboardEvent): void;
  /** A row to scroll into view, whenever it changes. */
  keepInView: number | null;
}

interface VirtualListProps {
  count: number;
  /** Height of every row in CSS pixels. */
  rowHeight: number;
  /** Height of the scrolling viewport in CSS pixels. */
  height: number;
  /** Rows rendered beyond each edge of the viewport, so fast scrolling shows no gap. */
  overscan?: number;
  rowKey(index: number): string;
  renderRow(index: number): ComponentChildren;
  /** Called with the rows [start, end) about to be rendered, to load them if needed. */
  onRange?(start: number, end: number): void;
  label: string;
  testId?: string;
  /** Extra attributes for tests and assistive tech (e.g. which query the rows answer). */
  dataQuery?: string;
  grid?: GridOptions;
}

/** The slice [start, end) of rows to render for a scroll offset. Exported for unit tests. */
export function visibleRange(count: number, scrollTop: number, rowHeight: number, height: number, overscan: number): [number, number] {
  const first = Math.floor(scrollTop / rowHeight);
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, first + Math.ceil(height / rowHeight) + overscan);
  return [start, Math.max(start, end)];
}

/** The scroll offset that shows row `index` whole, moving as little as possible. Exported for unit tests. */
export function scrollToShow(index: number, scrollTop: number, rowHeight: number, height: number): number {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + height) return top + rowHeight - height;
  return scrollTop;
}

export function VirtualList({ count, rowHeight, height, overscan = 4, rowKey, renderRow, onRange, label, testId, dataQuery, grid }: VirtualListProps) {
  const [scrollTop, setScrollTop] = useState(0);
  const viewport = useRef<HTMLDivElement>(null);
  const [start, end] = visibleRange(count, scrollTop, rowHeight, height, overscan);
  useEffect(() => onRange?.(start, end), [start, end, onRange]);
  const keepInView = grid?.keepInView ?? null;
  useLayoutEffect(() => {
    const box = viewport.current;
    if (keepInView === null || !box) return;
    const next = scrollToShow(keepInView, box.scrollTop, rowHeight, Math.min(height, count * rowHeight));
    if (next !== box.scrollTop) box.scrollTop = next;
  }, [keepInView, rowHeight, height, count]);
  const total = count * rowHeight;
  const rows = [];
  for (let index = start; index < end; index++) {
    const position: JSX.HTMLAttributes<HTMLDivElement> = grid ? { role: 'row', 'aria-rowindex': index + 1 } : { role: 'listitem', 'aria-posinset': index + 1, 'aria-setsize': count };
    rows.push(
      <div key={rowKey(index)} {...position}
        style={{ position: 'absolute', top: `${index * rowHeight}px`, left: 0, right: 0, height: `${rowHeight}px` }}>
        {renderRow(index)}
      </div>,
    );
  }
  const semantics: JSX.HTMLAttributes<HTMLDivElement> = grid
    ? { id: grid.id, role: 'grid', 'aria-rowcount': count, 'aria-activedescendant': grid.activeDescendant, tabIndex: 0, onKeyDown: grid.onKeyDown }
    : { role: 'list' };
  return (
    <div ref={viewport} class="virtual-list" {...semantics} aria-label={label} data-testid={testId} data-count={count} data-query={dataQuery}
      style={{ height: `${Math.min(height, total)}px`, overflowY: 'auto', position: 'relative' }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <div role="presentation" style={{ height: `${total}px`, position: 'relative' }}>{rows}</div>
    </div>
  );
}
