// Runs in: extension pages. A list that renders only the rows in view (plus a few either side), so
// the popup opens and scrolls fast with 10,000 entries. Rows have one fixed height: the position
// of any row is index * rowHeight, with no measuring. Rows are addressed by index, so the data
// behind them can arrive page by page (onRange says which rows are about to be shown).
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

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
}

/** The slice [start, end) of rows to render for a scroll offset. Exported for unit tests. */
export function visibleRange(count: number, scrollTop: number, rowHeight: number, height: number, overscan: number): [number, number] {
  const first = Math.floor(scrollTop / rowHeight);
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, first + Math.ceil(height / rowHeight) + overscan);
  return [start, Math.max(start, end)];
}

export function VirtualList({ count, rowHeight, height, overscan = 4, rowKey, renderRow, onRange, label, testId, dataQuery }: VirtualListProps) {
  const [scrollTop, setScrollTop] = useState(0);
  const [start, end] = visibleRange(count, scrollTop, rowHeight, height, overscan);
  useEffect(() => onRange?.(start, end), [start, end, onRange]);
  const total = count * rowHeight;
  const rows = [];
  for (let index = start; index < end; index++) {
    rows.push(
      <div key={rowKey(index)} role="listitem" aria-posinset={index + 1} aria-setsize={count}
        style={{ position: 'absolute', top: `${index * rowHeight}px`, left: 0, right: 0, height: `${rowHeight}px` }}>
        {renderRow(index)}
      </div>,
    );
  }
  return (
    <div class="virtual-list" role="list" aria-label={label} data-testid={testId} data-count={count} data-query={dataQuery}
      style={{ height: `${Math.min(height, total)}px`, overflowY: 'auto', position: 'relative' }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <div style={{ height: `${total}px`, position: 'relative' }}>{rows}</div>
    </div>
  );
}
