// Runs in: the options page (health and settings). The online exposed-password check, off until the
// user turns it on here. Turning it on asks the browser for the one host permission it needs, at
// that click (manifest `optional_host_permissions`; Chrome asks the user, Firefox already counts
// the content script's https match as that host and grants it at once). The setting, not the
// permission, is what the background obeys: turning it off stops the check and forgets what it
// found (a permission that the content script's match also covers cannot be given back).
// What leaves the machine is said next to the switch.
import { useState } from 'preact/hooks';
import { BREACH_HOST_PERMISSION } from '../../core/health/breach';
import type { Settings } from '../../../settings/core/settings';
import { t } from '../../../shared/platform/i18n';
import { send } from '../../../shared/platform/messaging';
import { requestHostPermission } from '../../../shared/platform/permissions';

interface BreachToggleProps { on: boolean; onSettings(settings: Settings): void; idPrefix: string }

export function BreachToggle({ on, onSettings, idPrefix }: BreachToggleProps) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const fail = (text: string) => {
    setBusy(false);
    setMessage({ error: true, text });
  };

  function turnOn() {
    // First in the click: Firefox grants a permission only while the user's click is handled.
    const asked = requestHostPermission(BREACH_HOST_PERMISSION);
    setBusy(true);
    setMessage({ error: false, text: t('breachAsking') });
    asked.then(
      async (granted) => {
        if (!granted) return fail(t('breachDenied'));
        const reply = await send('settings/set', { onlineBreachCheck: true });
        if (!reply.ok) return fail(t('errorGeneric', reply.error.message));
        setBusy(false);
        setMessage({ error: false, text: t('breachTurnedOn') });
        onSettings(reply.value);
      },
      () => fail(t('breachDenied')),
    );
  }

  async function turnOff() {
    setBusy(true);
    const reply = await send('settings/set', { onlineBreachCheck: false });
    if (!reply.ok) return fail(t('errorGeneric', reply.error.message));
    await send('health/breach', { action: 'forget' });
    setBusy(false);
    setMessage({ error: false, text: t('breachTurnedOff') });
    onSettings(reply.value);
  }

  const help = `${idPrefix}-breach-what-leaves`;
  return (
    <div class="breach-toggle" data-testid="breach-toggle" data-on={String(on)}>
      <p id={help} class="muted small-text">{t('breachWhatLeaves')}</p>
      <button type="button" class={on ? 'secondary' : ''} aria-pressed={on} aria-describedby={help} disabled={busy} data-testid="breach-online"
        onClick={() => (on ? void turnOff() : turnOn())}>
        {on ? t('breachTurnOff') : t('breachTurnOn')}
      </button>
      <p role={message?.error ? 'alert' : 'status'} class={message?.error ? 'error' : 'ok'} data-testid="breach-toggle-message">{message?.text ?? ''}</p>
    </div>
  );
}
