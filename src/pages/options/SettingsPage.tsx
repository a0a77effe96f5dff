// Runs in: the options page. The settings section: general settings (auto-lock, clipboard, prompts,
// match mode, language, theme), the never-save list, the online exposed-password check, and, with
// the vault unlocked, the master password and its key derivation.
import type { Settings, SettingsPatch } from '../../settings/core/settings';
import type { Unreadable } from '../../shared/storage/versioned';
import { t } from '../../shared/platform/i18n';
import { BreachToggle } from '../../tidy/ui/health/BreachToggle';
import { KdfForm } from '../../vault/ui/KdfForm';
import { MasterPasswordForm } from '../../vault/ui/MasterPasswordForm';
import { NeverSaveList } from '../../settings/ui/NeverSaveList';
import type { SaveState } from './Options';
import { routeHash } from './shell/routes';
import { SettingsForm } from '../../settings/ui/SettingsForm';
import { SettingsUnreadable } from '../../settings/ui/SettingsUnreadable';

interface SettingsPageProps {
  settings: Settings;
  /** Stored settings that cannot be read: shown with a reset instead of a form that could not save. */
  unreadable: Unreadable | null;
  onReset(settings: Settings): void;
  /** No vault yet: the way back to the first run. */
  firstRun: boolean;
  unlocked: boolean;
  save: SaveState;
  onSave(patch: SettingsPatch): Promise<void>;
  onSettings(settings: Settings): void;
}

export function SettingsPage({ settings, unreadable, onReset, firstRun, unlocked, save, onSave, onSettings }: SettingsPageProps) {
  return (
    <section aria-labelledby="main-heading" data-testid="settings-page">
      <h1 id="main-heading" tabIndex={-1}>{t('navSettings')}</h1>
      {firstRun && <p><a href={routeHash({ section: 'welcome', step: 'create' })} data-testid="settings-back-to-welcome">{t('settingsBackToWelcome')}</a></p>}
      {unreadable ? <SettingsUnreadable problem={unreadable} onReset={onReset} /> : <SettingsForm initial={settings} onSave={onSave} />}
      <p role="status" data-testid="save-status" class={save.kind === 'failed' ? 'error' : 'ok'}>
        {save.kind === 'saved' && t('optionsSaved')}
        {save.kind === 'reset' && t('settingsResetDone')}
        {save.kind === 'failed' && t('optionsSaveFailed', save.message)}
      </p>
      {!unreadable && <NeverSaveList sites={settings.neverSave} onChange={onSettings} />}
      {!unreadable && <fieldset data-testid="breach-setting">
        <legend>{t('exposureHeading')}</legend>
        <p class="small-text">{t('exposureOffline')}</p>
        <BreachToggle on={settings.onlineBreachCheck} onSettings={onSettings} idPrefix="settings" />
      </fieldset>}
      {firstRun ? null : unlocked ? (
        <>
          <MasterPasswordForm />
          <KdfForm />
        </>
      ) : (
        <p class="muted" data-testid="settings-locked-note">{t('settingsUnlockForMaster')}</p>
      )}
    </section>
  );
}
