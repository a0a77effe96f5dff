// Runs in: the options page. The settings section: general settings (auto-lock, clipboard, prompts,
// match mode, language, theme), the never-save list, the online exposed-password check, and, with
// the vault unlocked, the master password and its key derivation.
import type { Settings, SettingsPatch } from '../../core/settings';
import { t } from '../../platform/i18n';
import { BreachToggle } from './health/BreachToggle';
import { KdfForm } from './KdfForm';
import { MasterPasswordForm } from './MasterPasswordForm';
import { NeverSaveList } from './NeverSaveList';
import type { SaveState } from './Options';
import { routeHash } from './shell/routes';
import { SettingsForm } from './SettingsForm';

interface SettingsPageProps {
  settings: Settings;
  /** No vault yet: the way back to the first run. */
  firstRun: boolean;
  unlocked: boolean;
  save: SaveState;
  onSave(patch: SettingsPatch): Promise<void>;
  onSettings(settings: Settings): void;
}

export function SettingsPage({ settings, firstRun, unlocked, save, onSave, onSettings }: SettingsPageProps) {
  return (
    <section aria-labelledby="main-heading" data-testid="settings-page">
      <h1 id="main-heading" tabIndex={-1}>{t('navSettings')}</h1>
      {firstRun && <p><a href={routeHash({ section: 'welcome', step: 'create' })} data-testid="settings-back-to-welcome">{t('settingsBackToWelcome')}</a></p>}
      <SettingsForm initial={settings} onSave={onSave} />
      <p role="status" data-testid="save-status" class={save.kind === 'failed' ? 'error' : 'ok'}>
        {save.kind === 'saved' && t('optionsSaved')}
        {save.kind === 'failed' && t('optionsSaveFailed', save.message)}
      </p>
      <NeverSaveList sites={settings.neverSave} onChange={onSettings} />
      <fieldset data-testid="breach-setting">
        <legend>{t('exposureHeading')}</legend>
        <p class="small-text">{t('exposureOffline')}</p>
        <BreachToggle on={settings.onlineBreachCheck} onSettings={onSettings} idPrefix="settings" />
      </fieldset>
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
