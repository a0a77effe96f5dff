// Runs in: the action popup, vault unlocked. Every entry in one list, this site's first, with
// search; add and edit, lock now. The list holds summaries only: passwords are fetched per click.
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { EntryList, VaultState } from '../../shared/protocol/shapes';
import type { EntrySummary } from '../../vault/core/summary';
import { t } from '../../shared/platform/i18n';
import { send } from '../../shared/platform/messaging';
import { entryActions } from './entry-actions';
import { EntryForm } from './EntryForm';
import { PAGE_SIZE } from './page-size';
import { SearchList } from './SearchList';

interface VaultViewProps {
  tabId: number | null;
  pageUrl: string | null;
  /** The tab shows a login form (its page report): Fill is the first action for its site. */
  loginForm: boolean;
  /** maxlength of the password field detected on the tab's page, for the generator. */
  fieldMaxLength?: number;
  unreadable: number;
  onState(state: VaultState | null): void;
  onReady(): void;
  /** The first page the popup fetched together with the vault state (null: fetch it here). */
  initial: EntryList | null;
  clipboardClearSeconds: number;
}

type Editing = { entry: EntrySummary | null } | null;
interface StatusLine { message: string; kind: 'ok' | 'error' }

export function VaultView({ tabId, pageUrl, loginForm, fieldMaxLength, unreadable, onState, onReady, initial, clipboardClearSeconds: clearSeconds }: VaultViewProps) {
  const [list, setList] = useState<EntryList | null>(initial);
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState<StatusLine | null>(null);
  const [version, setVersion] = useState(0);
  // Which answer the list shows: the list takes its first page when it mounts, so each new answer
  // mounts it again (the old one stays on screen until the new one is here).
  const [answer, setAnswer] = useState(0);

  // The first page came with the popup's state; fetch again after an edit, or if it did not come.
  useEffect(() => {
    if (version === 0 && initial) return;
    void send('entries/list', { tabId, query: '', offset: 0, limit: PAGE_SIZE }).then((reply) => {
      if (reply.ok) {
        setAnswer((n) => n + 1);
        return setList(reply.value);
      }
      // Auto-lock may have run since the popup asked for the state: let the popup ask again.
      if (reply.error.code === 'locked') return onState(null);
      setStatus({ message: t('errorGeneric', reply.error.message), kind: 'error' });
      onReady();
    });
  }, [tabId, version]);

  useEffect(() => {
    if (list) onReady();
  }, [list]);

  const say = (message: string, kind: 'ok' | 'error') => setStatus({ message, kind });
  const onListError = useCallback((message: string) => say(t('errorGeneric', message), 'error'), []);
  const actions = useMemo(() => entryActions({ tabId, clipboardClearSeconds: clearSeconds, say }), [tabId, clearSeconds]);

  async function lock() {
    const reply = await send('vault/lock', {});
    onState(reply.ok ? reply.value : null);
  }

  function done(message: string) {
    setEditing(null);
    say(message, 'ok');
    setVersion(version + 1);
    void send('vault/state', {}).then((reply) => reply.ok && onState(reply.value));
  }

  return (
    <div data-testid="vault-view">
      <p role="status" aria-live="polite" data-testid="popup-status" class={status?.kind ?? ''}>{status?.message ?? ''}</p>
      {unreadable > 0 && <p class="error" data-testid="unreadable">{t('vaultUnreadable', String(unreadable))}</p>}
      {editing ? (
        <EntryForm entry={editing.entry} pageUrl={pageUrl} fieldMaxLength={fieldMaxLength} onDone={done} onCancel={() => setEditing(null)} />
      ) : (
        <>
          {!list && <p class="muted">{t('optionsLoading')}</p>}
          {list && (
            <SearchList key={answer} first={list} tabId={tabId} loginForm={loginForm} actions={actions} onEdit={(entry) => setEditing({ entry })}
              onDeleted={() => done(t('entryDeleted'))} onError={onListError} say={say} />
          )}
          <div class="actions">
            <button type="button" data-testid="add-entry" onClick={() => setEditing({ entry: null })}>{t('entryAdd')}</button>
            <button type="button" class="secondary" data-testid="lock-now" onClick={() => void lock()}>{t('lockNow')}</button>
          </div>
        </>
      )}
    </div>
  );
}
