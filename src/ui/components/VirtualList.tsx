// Runs in: extension pages. A list that renders only the rows in view (plus a few either side), so
// the popup opens and scrolls fast with 10,000 entries. Rows have one fixed height: the position
// of any row is index * rowHeight, with no measuring.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface VirtualListProps<T> {
  items: readonly T[];
  /** Height of every row in CSS pixels. */
  rowHeight: number;
  /** Height of the scrolling viewport in CSS pixels. */
  height: number;
  /** Rows rendered beyond each edge of the viewport, so fast scrolling shows no gap. */
  overscan?: number;
  itemKey(item: T): string;
  renderRow(item: T, index: number): ComponentChildren;
  label: string;
  testId?: string;
}

/** The slice [start, end) of rows to render for a scroll offset. Exported for unit tests. */
export function visibleRange(count: number, scrollTop: number, rowHeight: number, height: number, overscan: number): [number, number] {
  const first = Math.floor(scrollTop / rowHeight);
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, first + Math.ceil(height / rowHeight) + overscan);
  return [start, Math.max(start, end)];
}

export function VirtualList<T>({ items, rowHeight, height, overscan = 4, itemKey, renderRow, label, testId }: VirtualListProps<T>) {
  const [scrollTop, setScrollTop] = useState(0);
  const [start, end] = visibleRange(items.length, scrollTop, rowHeight, height, overscan);
  const total = items.length * rowHeight;
  return (
    <div class="virtual-list" role="list" aria-label={label} data-testid={testId} data-count={items.length}
      style={{ height: `${Math.min(height, total)}px`, overflowY: 'auto', position: 'relative' }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <div style={{ height: `${total}px`, position: 'relative' }}>
        {items.slice(start, end).map((item, offset) => (
          <div key={itemKey(item)} role="listitem" aria-posinset={start + offset + 1} aria-setsize={items.length}
            style={{ position: 'absolute', top: `${(start + offset) * rowHeight}px`, left: 0, right: 0, height: `${rowHeight}px` }}>
            {renderRow(item, start + offset)}
          </div>
        ))}
      </div>
    </div>
  );
}
