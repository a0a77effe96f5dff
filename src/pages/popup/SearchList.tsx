// Runs in: the action popup. Every saved login in one virtualised grid, the tab's site first, with a
// search box above it that has the focus when the popup opens. Rows come from the background a
// page at a time (paged-search.ts). Keyboard: type to search, Down into the list, arrows between
// rows and cells (grid-keys.ts), Enter for the row's primary action (also from the search box, on
// the active row), the menu key or Shift+F10 for the row's menu.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { EntryList } from '../../shared/protocol/shapes';
import type { EntrySummary } from '../../vault/core/summary';
import { t } from '../../shared/platform/i18n';
import { VirtualList } from '../../shared/components/VirtualList';
import { ConfirmDelete } from './ConfirmDelete';
import type { EntryActions } from './entry-actions';
import { cellId, ENTRY_ROW_HEIGHT, EntryRow, entryName, MENU_COLUMN, menuButtonId, ROW_COLUMNS } from './EntryRow';
import { gridKey, type GridCell } from './grid-keys';
import { usePagedSearch } from './paged-search';
import { primaryActionFor, type PrimaryAction } from './primary-action';
import { RowMenu, type MenuItem } from './RowMenu';

interface SearchListProps {
  first: EntryList;
  tabId: number | null;
  /** The tab shows a login form: rows for its site offer Fill first. */
  loginForm: boolean;
  actions: EntryActions;
  onEdit(entry: EntrySummary): void;
  onDeleted(): void;
  /** A list page could not be fetched (the background's message). */
  onError(message: string): void;
  /** Says something in the popup's status line. */
  say(message: string, kind: 'ok' | 'error'): void;
}

const VISIBLE_ROWS = 7;
const LIST_HEIGHT = ENTRY_ROW_HEIGHT * VISIBLE_ROWS;
const GRID_ID = 'entry-grid';

interface OpenMenu { row: number; entry: EntrySummary; anchor: DOMRect }

/** The search box keeps its own text, so typing re-renders the box alone; the list re-renders
 * once, when the results for the new query arrive. */
function SearchBox({ box, onQuery, onKeyDown }: { box: { current: HTMLInputElement | null }; onQuery(query: string): void; onKeyDown(event: KeyboardEvent): void }) {
  const [typed, setTyped] = useState('');
  return (
    <input ref={box} id="search" type="search" class="wide" placeholder={t('searchPlaceholder')} value={typed} autocomplete="off" autoFocus
      aria-controls={GRID_ID} aria-describedby="list-keys" data-testid="search-input" onKeyDown={onKeyDown}
      onInput={(e) => { setTyped(e.currentTarget.value); onQuery(e.currentTarget.value); }} />
  );
}

export function SearchList({ first, tabId, loginForm, actions, onEdit, onDeleted, onError, say }: SearchListProps) {
  const search = usePagedSearch(first, tabId, onError);
  const [active, setActive] = useState<GridCell>({ row: 0, col: 0 });
  const [rendered, setRendered] = useState<[number, number]>([0, 0]);
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const [deleting, setDeleting] = useState<EntrySummary | null>(null);
  const box = useRef<HTMLInputElement>(null);
  const focusGrid = () => document.getElementById(GRID_ID)?.focus();
  // Back to the list once the delete dialog is gone (a closed modal gives the focus back to what
  // opened it: a menu item that no longer exists).
  const asked = useRef(false);
  useEffect(() => {
    if (deleting) asked.current = true;
    else if (asked.current) {
      asked.current = false;
      focusGrid();
    }
  }, [deleting]);

  const primaryOf = (index: number): PrimaryAction => primaryActionFor(loginForm, index < search.siteFirst);
  const runPrimary = (index: number) => {
    const entry = search.rowAt(index);
    if (!entry) return;
    void (primaryOf(index) === 'fill' ? actions.fill(entry) : actions.copyPassword(entry));
  };

  const openMenu = (row: number) => {
    const entry = search.rowAt(row);
    const button = document.getElementById(menuButtonId(row));
    if (!entry || !button) return;
    setActive({ row, col: MENU_COLUMN });
    setMenu({ row, entry, anchor: button.getBoundingClientRect() });
  };
  const closeMenu = useCallback((refocus: boolean) => {
    setMenu(null);
    if (refocus) focusGrid();
  }, []);

  const menuItems = (row: number, entry: EntrySummary): MenuItem[] => [
    ...(primaryOf(row) === 'fill' ? [{ label: t('copyPassword'), testId: 'menu-copy-password', run: () => void actions.copyPassword(entry) }] : []),
    ...(entry.username ? [{ label: t('copyUsername'), testId: 'menu-copy-username', run: () => void actions.copyUsername(entry) }] : []),
    { label: t('edit'), testId: 'menu-edit', run: () => onEdit(entry) },
    { label: t('entryDeleteMenu'), testId: 'menu-delete', danger: true, run: () => setDeleting(entry) },
  ];

  // A new query starts at its first row.
  const onQuery = useCallback((query: string) => {
    setActive({ row: 0, col: 0 });
    search.setQuery(query);
  }, [search.setQuery]);

  function onSearchKey(event: KeyboardEvent) {
    if (event.key === 'ArrowDown' && search.total > 0) {
      event.preventDefault();
      focusGrid();
    } else if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault();
      runPrimary(active.row);
    }
  }

  function onGridKey(event: KeyboardEvent) {
    if (search.total === 0) return;
    const move = gridKey(event, active, { rows: search.total, cols: ROW_COLUMNS, pageRows: VISIBLE_ROWS - 1 });
    if (move.kind === 'none') return;
    event.preventDefault();
    if (move.kind === 'move') {
      setActive(move.to);
      // A click may have left the focus on a cell's button: the grid holds it while keys move.
      focusGrid();
    } else if (move.kind === 'activate') {
      if (active.col === MENU_COLUMN) openMenu(active.row);
      else runPrimary(active.row);
    } else if (move.kind === 'menu') {
      openMenu(active.row);
    } else {
      const input = box.current;
      if (!input) return;
      input.focus();
      if (move.typed || move.erase) {
        input.value = move.erase ? input.value.slice(0, -1) : input.value + move.typed;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
    }
  }

  const onRange = useCallback((start: number, end: number) => {
    setRendered([start, end]);
    search.ensure(start, end);
  }, [search.ensure]);

  const activeShown = active.row >= rendered[0] && active.row < rendered[1] && search.rowAt(active.row) !== undefined;
  const activeEntry = search.rowAt(active.row);
  return (
    <section aria-labelledby="search-heading" data-testid="search">
      <h2 id="search-heading" class="visually-hidden">{t('searchHeading')}</h2>
      <label for="search" class="visually-hidden">{t('searchLabel')}</label>
      <SearchBox box={box} onQuery={onQuery} onKeyDown={onSearchKey} />
      <p class="muted small-text" aria-live="polite" data-testid="search-count">
        {search.siteFirst > 0 ? t('searchCountSite', [String(search.siteFirst), String(search.total)]) : t('searchCount', String(search.total))}
      </p>
      <VirtualList count={search.total} rowHeight={ENTRY_ROW_HEIGHT} height={LIST_HEIGHT} overscan={2} label={t('searchHeading')} testId="search-results"
        dataQuery={search.query} onRange={onRange}
        grid={{ id: GRID_ID, activeDescendant: activeShown ? cellId(active.row, active.col) : undefined, onKeyDown: onGridKey, keepInView: active.row }}
        rowKey={(index) => search.rowAt(index)?.id ?? `pending-${index}`}
        renderRow={(index) => {
          const entry = search.rowAt(index);
          if (!entry) return <div role="gridcell" class="cell muted" aria-busy="true" />;
          return (
            <EntryRow entry={entry} index={index} activeCol={index === active.row ? active.col : null} forThisSite={index < search.siteFirst}
              primary={primaryOf(index)} menuOpen={menu?.row === index} onPrimary={() => runPrimary(index)}
              onMenu={() => openMenu(index)} onPick={(col) => setActive({ row: index, col })} />
          );
        }} />
      <p id="list-keys" class="muted small-text keys-hint">
        {t('listKeysHint', activeEntry ? t(primaryOf(active.row) === 'fill' ? 'fill' : 'copyPasswordShort') : t('copyPasswordShort'))}
      </p>
      {menu && <RowMenu label={t('moreActionsLabel', entryName(menu.entry))} items={menuItems(menu.row, menu.entry)} anchor={menu.anchor} onClose={closeMenu} />}
      {deleting && (
        <ConfirmDelete entry={deleting} onCancel={() => setDeleting(null)} onError={(message) => { setDeleting(null); say(message, 'error'); }}
          onDeleted={() => { setDeleting(null); onDeleted(); }} />
      )}
    </section>
  );
}
