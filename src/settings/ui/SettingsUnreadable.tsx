// Runs in: the options page. Shown in place of the settings form while the stored settings cannot
// be read (a newer version of Latchkey wrote them, or they are damaged): the background keeps them
// as they are and refuses every settings write, so replacing them is the user's explicit choice.
import { useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import type { Unreadable } from '../../shared/storage/versioned';
import { t } from '../../shared/platform/i18n';
import { send } from '../../shared/platform/messaging';

interface SettingsUnreadableProps { problem: Unreadable; onReset(settings: Settings): void }

export function SettingsUnreadable({ problem, onReset }: SettingsUnreadableProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function reset() {
    setBusy(true);
    const reply = await send('settings/reset', {});
    setBusy(false);
    if (reply.ok) onReset(reply.value);
    else setError(t('optionsSaveFailed', reply.error.message));
  }

  return (
    <fieldset data-testid="settings-unreadable" data-problem={problem}>
      <legend>{t('optionsSecurity')}</legend>
      <p class="error" role="alert">{t(problem === 'newer-version' ? 'settingsUnreadableNewer' : 'settingsUnreadableDamaged')}</p>
      <div class="actions">
        <button type="button" data-testid="settings-reset" disabled={busy} onClick={() => void reset()}>{t('settingsReset')}</button>
      </div>
      {error && <p class="error" role="alert">{error}</p>}
    </fieldset>
  );
}
