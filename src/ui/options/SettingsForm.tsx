// Runs in: the options page. The settings form: every control labelled, usable by keyboard.
import { useState } from 'preact/hooks';
import { AutoLock, type Settings } from '../../core/settings';
import { t } from '../../platform/i18n';

interface SettingsFormProps { initial: Settings; onSave(next: Settings): Promise<void> }

export function SettingsForm({ initial, onSave }: SettingsFormProps) {
  const [draft, setDraft] = useState<Settings>(initial);
  const [busy, setBusy] = useState(false);
  const update = (patch: Partial<Settings>) => setDraft({ ...draft, ...patch });

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
          <select id="auto-lock" value={draft.autoLock}
            onChange={(e) => update({ autoLock: AutoLock.parse(e.currentTarget.value) })}>
            {AutoLock.options.map((value) => <option key={value} value={value}>{t(`autoLock_${value}`)}</option>)}
          </select>
        </div>
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
      </fieldset>
      <div class="actions">
        <button type="submit" disabled={busy}>{t('optionsSave')}</button>
      </div>
    </form>
  );
}
