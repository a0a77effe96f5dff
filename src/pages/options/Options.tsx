// Runs in: the options page. The app: a header with the product and the vault's state, the
// navigation, and one section per route (shell/routes.ts): passwords, health, import and export,
// settings, and the first run (create the vault, import, a first health check). Settings load from
// the background, are edited locally, and are saved through the background (the only writer). The
// page asks again whenever the background says the vault changed or the page is shown again.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { VaultState } from '../../shared/protocol/shapes';
import type { Settings, SettingsPatch } from '../../settings/core/settings';
import type { Unreadable } from '../../shared/storage/versioned';
import { t } from '../../shared/platform/i18n';
import { send } from '../../shared/platform/messaging';
import { applyTheme } from '../../shared/components/apply-theme';
import { UnlockForm } from '../../shared/components/UnlockForm';
import { markReady } from '../../shared/components/ready';
import { requestFirstPage, type FirstPage } from '../../tidy/ui/entries/use-entry-table';
import { AppHeader } from './shell/AppHeader';
import { AppNav, type HealthSummary } from './shell/AppNav';
import { navSection, resolveRoute, routeHash, type Route } from './shell/routes';
import { useRouteFocus } from './shell/use-route-focus';
import { useRoute } from './shell/use-route';
import { useVaultEvents } from './shell/use-vault-events';
import { preloadSections, SettingsView, TransferView, WelcomeView } from './sections';
import { Workbench } from '../../tidy/ui/workbench/Workbench';

export type SaveState = { kind: 'idle' } | { kind: 'saved' } | { kind: 'reset' } | { kind: 'failed'; message: string };

/** Routes that show the vault's contents: a locked vault asks to be unlocked there. */
const needsUnlock = (route: Route) => route.section !== 'settings' && !(route.section === 'welcome' && route.step === 'create');

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  // Settings that cannot be read are shown as such, with a reset, instead of a form that could not save.
  const [unreadable, setUnreadable] = useState<Unreadable | null>(null);
  const [vault, setVault] = useState<VaultState | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [asked, go] = useRoute();
  // Asked for with the vault state; used only if the vault was open when the page started (a
  // locked vault answers it with `locked`, and a later unlock asks afresh).
  const [firstPage, setFirstPage] = useState<FirstPage | undefined>(undefined);
  // Bumped whenever the vault may have changed outside this page: the workbench asks again.
  const [vaultVersion, setVaultVersion] = useState(0);
  const [health, setHealth] = useState<HealthSummary | null>(null);

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

  // With the vault open the page is ready once the entry table's first page is in (Workbench);
  // the other sections' code is fetched after that.
  const ready = useCallback(() => {
    markReady();
    setTimeout(preloadSections, 0);
  }, []);
  useEffect(() => {
    if ((settings && vault && vault.status !== 'unlocked') || loadError) ready();
  }, [settings, vault, loadError, ready]);

  const refreshVault = useCallback(async () => {
    const reply = await send('vault/state', {});
    if (reply.ok) setVault(reply.value);
  }, []);
  useVaultEvents(() => {
    void refreshVault();
    setVaultVersion((v) => v + 1);
  });

  const route = resolveRoute(asked, vault?.status ?? null);
  const shownHash = routeHash(route);
  // The address follows a route the vault decided (the first run), without a history entry.
  useEffect(() => {
    if (vault && (asked === null || routeHash(asked) !== shownHash)) go(route, { replace: true });
    // `shownHash` stands for `route`.
  }, [vault, asked, shownHash, go]);
  useRouteFocus(route, vault !== null);

  async function lock() {
    const reply = await send('vault/lock', {});
    if (reply.ok) setVault(reply.value);
  }

  async function onSave(patch: SettingsPatch) {
    const reply = await send('settings/set', patch);
    if (reply.ok) {
      // Strings are read when a page starts (shared/platform/i18n.ts): a new language needs a new start.
      if (settings && reply.value.language !== settings.language) return location.reload();
      setSettings(reply.value);
      applyTheme(reply.value.theme);
      setSave({ kind: 'saved' });
    } else {
      setSave({ kind: 'failed', message: reply.error.message });
    }
  }

  function onReset(reset: Settings) {
    if (settings && reset.language !== settings.language) return location.reload();
    setUnreadable(null);
    setSettings(reset);
    applyTheme(reset.theme);
    setSave({ kind: 'reset' });
  }

  const unlocked = vault?.status === 'unlocked';
  const onUnlocked = (state: VaultState) => {
    setFirstPage(undefined);
    setVault(state);
  };
  return (
    <>
      <a class="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>{t('skipToContent')}</a>
      <AppHeader vault={vault} onLock={() => void lock()} />
      {vault && vault.status !== 'absent' && route.section !== 'welcome' && <AppNav current={navSection(route)} health={unlocked ? health : null} />}
      <main id="main" tabIndex={-1}>
        {loadError && <p class="error" role="alert">{t('optionsSaveFailed', loadError)}</p>}
        {!vault && !loadError && <p class="muted">{t('optionsLoading')}</p>}
        {unlocked && (
          <Workbench route={route} go={go} firstPage={firstPage} vaultVersion={vaultVersion} onReady={ready} onHealth={setHealth}
            settings={settings} onSettings={setSettings} />
        )}
        {vault?.status === 'locked' && needsUnlock(route) && (
          <section aria-labelledby="main-heading" data-testid="unlock-section">
            <h1 id="main-heading" tabIndex={-1}>{t('unlockHeading')}</h1>
            <UnlockForm idPrefix="options" onUnlocked={onUnlocked} changedElsewhere={vault.changedElsewhere} />
          </section>
        )}
        {vault && route.section === 'welcome' && (route.step === 'create' || (route.step === 'import' && unlocked)) && (
          <WelcomeView.Component step={route.step} vault={vault} go={go} onCreated={setVault} onImported={() => setVaultVersion((v) => v + 1)} />
        )}
        {unlocked && route.section === 'import' && <TransferView.Component onImported={() => setVaultVersion((v) => v + 1)} />}
        {vault && route.section === 'settings' && settings && (
          <SettingsView.Component settings={settings} unreadable={unreadable} onReset={onReset} firstRun={vault.status === 'absent'} unlocked={unlocked} save={save} onSave={onSave} onSettings={setSettings} />
        )}
      </main>
    </>
  );
}
