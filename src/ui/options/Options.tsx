// Runs in: the options page. The vault (create, unlock, lock) and the settings. Settings load from
// the background, are edited locally, and are saved through the background (the only writer).
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { VaultState } from '../../core/protocol/messages';
import type { Settings, SettingsPatch } from '../../core/settings';
import type { Unreadable } from '../../core/storage/versioned';
import { t } from '../../platform/i18n';
import { send } from '../../platform/messaging';
import { markReady } from '../ready';
import { KdfForm } from './KdfForm';
import { MasterPasswordForm } from './MasterPasswordForm';
import { NeverSaveList } from './NeverSaveList';
import { SettingsForm } from './SettingsForm';
import { SettingsUnreadable } from './SettingsUnreadable';
import { VaultSection } from './VaultSection';
import { requestFirstPage, type FirstPage } from './entries/use-entry-table';
import { Workbench } from './workbench/Workbench';
import { ExportSection } from './exporting/ExportSection';
import { ImportSection } from './importing/ImportSection';

type SaveState = { kind: 'idle' } | { kind: 'saved' } | { kind: 'reset' } | { kind: 'failed'; message: string };

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  // Settings that cannot be read are shown as such, with a reset, instead of a form that could not save.
  const [unreadable, setUnreadable] = useState<Unreadable | null>(null);
  const [vault, setVault] = useState<VaultState | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  // With the vault open the page is ready once the entry table shows (the benchmark's "interactive");
  // the sections below it (import, export, settings) render right after, not in the same frame:
  // rendering all of them before the table cost the page a third of its open time.
  const [tableShown, setTableShown] = useState(false);
  const onTableShown = useCallback(() => {
    markReady();
    setTableShown(true);
  }, []);
  // Asked for with the vault state; used only if the vault was open when the page started (a
  // locked vault answers it with `locked`, and a later unlock asks afresh).
  const [firstPage, setFirstPage] = useState<FirstPage | undefined>(undefined);
  // An import or restore rewrites the vault: the entry count and the workbench start afresh.
  const [imports, setImports] = useState(0);
  const onImported = useCallback(() => {
    setImports((n) => n + 1);
    void send('vault/state', {}).then((reply) => reply.ok && setVault(reply.value));
  }, []);

  useEffect(() => {
    const early = requestFirstPage();
    void Promise.all([send('settings/get', {}), send('vault/state', {}), send('settings/problem', {})]).then(([settingsReply, vaultReply, problemReply]) => {
      if (settingsReply.ok) setSettings(settingsReply.value);
      else setLoadError(settingsReply.error.message);
      if (problemReply.ok) setUnreadable(problemReply.value.problem);
      if (vaultReply.ok) {
        if (vaultReply.value.status === 'unlocked') setFirstPage(early);
        setVault(vaultReply.value);
      } else setLoadError(vaultReply.error.message);
    });
  }, []);

  useEffect(() => {
    if ((settings && vault && vault.status !== 'unlocked') || loadError) markReady();
  }, [settings, vault, loadError]);
  // Once shown, the sections stay: unlocking on this page must not hide the settings meanwhile.
  const belowShown = useRef(false);
  if (vault && (vault.status !== 'unlocked' || tableShown)) belowShown.current = true;
  const below = belowShown.current;

  async function onSave(patch: SettingsPatch) {
    const reply = await send('settings/set', patch);
    if (reply.ok) {
      // Strings are read when a page starts (platform/i18n.ts): a new language needs a new start.
      if (settings && reply.value.language !== settings.language) return location.reload();
      setSettings(reply.value);
      setSave({ kind: 'saved' });
    } else {
      setSave({ kind: 'failed', message: reply.error.message });
    }
  }

  function onReset(reset: Settings) {
    if (settings && reset.language !== settings.language) return location.reload();
    setUnreadable(null);
    setSettings(reset);
    setSave({ kind: 'reset' });
  }

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      {loadError && <p class="error" role="alert">{t('optionsSaveFailed', loadError)}</p>}
      {!settings && !loadError && <p class="muted">{t('optionsLoading')}</p>}
      {vault && <VaultSection state={vault} onChange={setVault} />}
      {vault?.status === 'unlocked' && <Workbench key={imports} firstPage={imports === 0 ? firstPage : undefined} onReady={onTableShown} />}
      {below && vault?.status === 'unlocked' && <ImportSection onImported={onImported} />}
      {below && vault?.status === 'unlocked' && <ExportSection />}
      {below && unreadable && <SettingsUnreadable problem={unreadable} onReset={onReset} />}
      {below && settings && !unreadable && <SettingsForm initial={settings} onSave={onSave} />}
      <p role="status" data-testid="save-status" class={save.kind === 'failed' ? 'error' : 'ok'}>
        {save.kind === 'saved' && t('optionsSaved')}
        {save.kind === 'reset' && t('settingsResetDone')}
        {save.kind === 'failed' && t('optionsSaveFailed', save.message)}
      </p>
      {below && settings && !unreadable && <NeverSaveList sites={settings.neverSave} onChange={setSettings} />}
      {below && vault?.status === 'unlocked' && <MasterPasswordForm />}
      {below && vault?.status === 'unlocked' && <KdfForm />}
    </main>
  );
}
