// Runs in: the action popup. The menu of an entry row (WAI-ARIA menu button pattern): opened from
// its button, the menu key or Shift+F10, it takes the focus on its first item; arrows, Home and
// End move, a letter jumps to the next item starting with it, Enter or Space runs the item,
// Escape closes it and gives the focus back to the list, Tab or a click elsewhere closes it.
// Drawn fixed beside its button, outside the scrolling list, so the list never clips it.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface MenuItem {
  label: string;
  testId: string;
  danger?: boolean;
  run(): void;
}

interface RowMenuProps {
  label: string;
  items: readonly MenuItem[];
  /** The button it opened from, to sit beside. */
  anchor: DOMRect;
  /** `refocus`: give the focus back to the list (Escape, an item run); false when it went elsewhere. */
  onClose(refocus: boolean): void;
}

const GAP = 4;

export function RowMenu({ label, items, anchor, onClose }: RowMenuProps) {
  const menu = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState(0);
  const [top, setTop] = useState(anchor.bottom + GAP);

  // Below the button, or above it when the popup has no room below.
  useLayoutEffect(() => {
    const height = menu.current?.offsetHeight ?? 0;
    if (anchor.bottom + GAP + height > window.innerHeight) setTop(Math.max(GAP, anchor.top - GAP - height));
  }, [anchor]);
  useLayoutEffect(() => {
    menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[focused]?.focus();
  }, [focused]);
  useEffect(() => {
    const outside = (event: Event) => {
      if (!menu.current?.contains(event.target as Node)) onClose(false);
    };
    // A scroll moves the button away from the menu: close rather than float beside nothing.
    const scrolled = () => onClose(false);
    document.addEventListener('mousedown', outside, true);
    document.addEventListener('scroll', scrolled, true);
    return () => {
      document.removeEventListener('mousedown', outside, true);
      document.removeEventListener('scroll', scrolled, true);
    };
  }, [onClose]);

  function onKeyDown(event: KeyboardEvent) {
    const last = items.length - 1;
    const to = (index: number) => {
      event.preventDefault();
      setFocused(index);
    };
    switch (event.key) {
      case 'ArrowDown': return to(focused === last ? 0 : focused + 1);
      case 'ArrowUp': return to(focused === 0 ? last : focused - 1);
      case 'Home': return to(0);
      case 'End': return to(last);
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        return onClose(true);
      case 'Tab':
        event.preventDefault();
        return onClose(true);
    }
    if ([...event.key].length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const letter = event.key.toLocaleLowerCase();
      const order = items.map((_, i) => (focused + 1 + i) % items.length);
      const next = order.find((i) => items[i]?.label.toLocaleLowerCase().startsWith(letter));
      if (next !== undefined) to(next);
    }
  }

  return (
    <div ref={menu} id="row-menu" role="menu" aria-label={label} class="row-menu" data-testid="row-menu" onKeyDown={onKeyDown}
      style={{ top: `${top}px`, right: `${Math.max(GAP, window.innerWidth - anchor.right)}px` }}>
      {items.map((item, i) => (
        <button key={item.testId} type="button" role="menuitem" tabIndex={i === focused ? 0 : -1} class={item.danger ? 'menu-item danger-text' : 'menu-item'}
          data-testid={item.testId} onClick={() => { onClose(true); item.run(); }}>{item.label}</button>
      ))}
    </div>
  );
}
