// Runs in: the options page. Loads settings from the background, edits them locally, saves them
// through the background (the only writer).
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../core/settings';
import { t } from '../../platform/i18n';
import { send } from '../../platform/messaging';
import { markReady } from '../ready';
import { SettingsForm } from './SettingsForm';

type SaveState = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; message: string };

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });

  useEffect(() => {
    void send('settings/get', {}).then((reply) => {
      if (reply.ok) setSettings(reply.value);
      else setLoadError(reply.error.message);
    });
  }, []);

  useEffect(() => {
    if (settings || loadError) markReady();
  }, [settings, loadError]);

  async function onSave(next: Settings) {
    const reply = await send('settings/set', next);
    if (reply.ok) {
      setSettings(reply.value);
      setSave({ kind: 'saved' });
    } else {
      setSave({ kind: 'failed', message: reply.error.message });
    }
  }

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      {loadError && <p class="error" role="alert">{t('optionsSaveFailed', loadError)}</p>}
      {!settings && !loadError && <p class="muted">{t('optionsLoading')}</p>}
      {settings && <SettingsForm initial={settings} onSave={onSave} />}
      <p role="status" data-testid="save-status" class={save.kind === 'failed' ? 'error' : 'ok'}>
        {save.kind === 'saved' && t('optionsSaved')}
        {save.kind === 'failed' && t('optionsSaveFailed', save.message)}
      </p>
    </main>
  );
}
