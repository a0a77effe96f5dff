// Runs in: the options page. The settings form: every control labelled, usable by keyboard.
// The never-save list has its own editor (NeverSaveList.tsx): each add or remove is saved at
// once, so this form sends only the fields it edits and cannot overwrite the list.
import { useState } from 'preact/hooks';
import { MatchMode } from '../../vault/core/match/entry-site';
import { AutoLock, Language, Theme, type Settings, type SettingsPatch } from '../core/settings';
import { t } from '../../shared/platform/i18n';

interface SettingsFormProps { initial: Settings; onSave(patch: SettingsPatch): Promise<void> }

// The online check has its own switch (health/BreachToggle.tsx): it asks for a permission first.
type Draft = Omit<Settings, 'neverSave' | 'onlineBreachCheck'>;

export function SettingsForm({ initial, onSave }: SettingsFormProps) {
  const [draft, setDraft] = useState<Draft>(() => {
    const { neverSave: _list, onlineBreachCheck: _online, ...rest } = initial;
    return rest;
  });
  const [busy, setBusy] = useState(false);
  const update = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    try {
      await onSave(draft);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} data-testid="settings-form">
      <fieldset>
        <legend>{t('optionsSecurity')}</legend>
        <div class="row">
          <label for="auto-lock">{t('optionsAutoLock')}</label>
          <select id="auto-lock" value={draft.autoLock} aria-describedby="auto-lock-note"
            onChange={(e) => update({ autoLock: AutoLock.parse(e.currentTarget.value) })}>
            {AutoLock.options.map((value) => <option key={value} value={value}>{t(`autoLock_${value}`)}</option>)}
          </select>
        </div>
        {/* What else locks the vault differs per browser (vault/background/lock-watch.ts). */}
        <p id="auto-lock-note" class="muted small-text" data-testid="auto-lock-note">{t(`autoLockNote_${__TARGET__}`)}</p>
        <div class="row">
          <label for="clipboard">{t('optionsClipboard')}</label>
          <input id="clipboard" type="number" min={5} max={600} required value={draft.clipboardClearSeconds}
            onInput={(e) => update({ clipboardClearSeconds: Number(e.currentTarget.value) })} />
        </div>
        <div class="row check">
          <input id="prompts" type="checkbox" checked={draft.promptsEnabled}
            onChange={(e) => update({ promptsEnabled: e.currentTarget.checked })} />
          <label for="prompts">{t('optionsPrompts')}</label>
        </div>
        <div class="row">
          <label for="match-default">{t('optionsMatchDefault')}</label>
          <select id="match-default" data-testid="match-default" value={draft.matchDefault}
            onChange={(e) => update({ matchDefault: MatchMode.parse(e.currentTarget.value) })}>
            {MatchMode.options.map((mode) => <option key={mode} value={mode}>{t(`matchMode_${mode}`)}</option>)}
          </select>
        </div>
        <div class="row">
          <label for="language">{t('optionsLanguage')}</label>
          <select id="language" data-testid="language" value={draft.language} aria-describedby="language-note"
            onChange={(e) => update({ language: Language.parse(e.currentTarget.value) })}>
            {Language.options.map((language) => <option key={language} value={language}>{t(`language_${language}`)}</option>)}
          </select>
        </div>
        <p id="language-note" class="muted small-text">{t('optionsLanguageNote')}</p>
        <div class="row">
          <label for="theme">{t('optionsTheme')}</label>
          <select id="theme" data-testid="theme" value={draft.theme} onChange={(e) => update({ theme: Theme.parse(e.currentTarget.value) })}>
            {Theme.options.map((theme) => <option key={theme} value={theme}>{t(`theme_${theme}`)}</option>)}
          </select>
        </div>
      </fieldset>
      <div class="actions">
        <button type="submit" disabled={busy} data-testid="settings-save">{t('optionsSave')}</button>
      </div>
    </form>
  );
}
