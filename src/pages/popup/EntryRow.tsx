// Runs in: the action popup. The cells of one saved login in the entry grid: the site's avatar
// (drawn here, nothing fetched), host and username, the row's primary action and the button of
// its menu. The password is never in the DOM. The row element itself is the grid's (VirtualList).
// Buttons are not tab stops: the grid is one, and moves its active cell with the arrow keys.
import { entryHosts, type EntrySummary } from '../../vault/core/summary';
import { t } from '../../shared/platform/i18n';
import { avatarFor } from './avatar';
import type { PrimaryAction } from './primary-action';

export const ENTRY_ROW_HEIGHT = 48;
/** entry, primary action, menu */
export const ROW_COLUMNS = 3;
export const MENU_COLUMN = 2;

export const cellId = (index: number, col: number) => `entry-cell-${index}-${col}`;
export const menuButtonId = (index: number) => `entry-menu-button-${index}`;

/** "shop.test ann@mail.test": how buttons and the menu name an entry. */
export function entryName(entry: EntrySummary): string {
  return `${entryHosts(entry.site)[0] ?? ''} ${entry.username || t('entryNoUsername')}`;
}

const PRIMARY: Record<PrimaryAction, { text: string; label: string; testId: string }> = {
  fill: { text: 'fill', label: 'fillLabel', testId: 'fill' },
  'copy-password': { text: 'copyPasswordShort', label: 'copyPasswordLabel', testId: 'copy-password' },
};

interface EntryRowProps {
  entry: EntrySummary;
  index: number;
  /** The active column when this is the active row, else null. */
  activeCol: number | null;
  forThisSite: boolean;
  primary: PrimaryAction;
  menuOpen: boolean;
  onPrimary(): void;
  onMenu(button: HTMLElement): void;
  onPick(col: number): void;
}

export function EntryRow({ entry, index, activeCol, forThisSite, primary, menuOpen, onPrimary, onMenu, onPick }: EntryRowProps) {
  const host = entryHosts(entry.site)[0] ?? '';
  const avatar = avatarFor(host, entry.name);
  const action = PRIMARY[primary];
  const cell = (col: number) => ({ id: cellId(index, col), role: 'gridcell' as const, class: activeCol === col ? 'cell cell-active' : 'cell', onMouseDown: () => onPick(col) });
  return (
    <>
      <div {...cell(0)} class={`${cell(0).class} entry-main${forThisSite ? ' for-site' : ''}`} data-testid="entry" data-entry-id={entry.id} data-site-row={forThisSite}>
        <span class="avatar" aria-hidden="true" style={{ background: avatar.colour }}>{avatar.letter}</span>
        <span class="entry-text">
          <span class="entry-host" data-testid="entry-host">{host}</span>
          <span class="entry-user" data-testid="entry-username">{entry.username || t('entryNoUsername')}</span>
        </span>
        {forThisSite && <span class="visually-hidden">{t('entryForThisSite')}</span>}
        {/* Changed (or generated) and not yet confirmed by a login with it (Keep). */}
        {entry.status === 'pending' && <span class="badge" data-testid="entry-pending" title={t('entryPendingHint')}>{t('statusPending')}</span>}
      </div>
      <div {...cell(1)}>
        <button type="button" tabIndex={-1} class="small" data-testid={action.testId} data-primary="true" aria-label={t(action.label, entryName(entry))}
          onClick={onPrimary}>{t(action.text)}</button>
      </div>
      <div {...cell(MENU_COLUMN)}>
        <button type="button" tabIndex={-1} id={menuButtonId(index)} class="small secondary icon" data-testid="row-menu-button"
          aria-haspopup="menu" aria-expanded={menuOpen} aria-controls={menuOpen ? 'row-menu' : undefined}
          aria-label={t('moreActionsLabel', entryName(entry))} onClick={(e) => onMenu(e.currentTarget)}>
          <span aria-hidden="true">⋯</span>
        </button>
      </div>
    </>
  );
}
