// Runs in: the action popup. What the buttons of an entry row do. A password is fetched from the
// background only on a click (the list carries none) and goes straight to the clipboard.
import type { EntrySummary } from '../../vault/core/summary';
import { t } from '../../shared/platform/i18n';
import { send } from '../../shared/platform/messaging';
import { copyText } from './clipboard';
import { fillReasonText } from '../../fill/ui/fill-reason';

export interface EntryActions {
  fill(entry: EntrySummary): Promise<void>;
  copyUsername(entry: EntrySummary): Promise<void>;
  copyPassword(entry: EntrySummary): Promise<void>;
}

interface ActionContext {
  tabId: number | null;
  clipboardClearSeconds: number;
  say(message: string, kind: 'ok' | 'error'): void;
}

export function entryActions({ tabId, clipboardClearSeconds, say }: ActionContext): EntryActions {
  return {
    async fill(entry) {
      if (tabId === null) return say(t('fillNoTab'), 'error');
      const reply = await send('fill/entry', { tabId, entryId: entry.id });
      if (!reply.ok) return say(t('errorGeneric', reply.error.message), 'error');
      if (reply.value.filled) return say(t('fillDone'), 'ok');
      say(t('fillRefused', fillReasonText(reply.value.reason)), 'error');
    },
    async copyUsername(entry) {
      try {
        await copyText(entry.username);
        say(t('copiedUsername'), 'ok');
      } catch {
        say(t('copyFailed'), 'error');
      }
    },
    async copyPassword(entry) {
      const reply = await send('entries/password', { id: entry.id });
      if (!reply.ok) return say(t('errorGeneric', reply.error.message), 'error');
      try {
        await copyText(reply.value.password, clipboardClearSeconds);
        // The popup's own timer dies with the popup; the background clears it if the popup closed.
        void send('clipboard/clear-later', {});
        say(t('copiedPassword', String(clipboardClearSeconds)), 'ok');
      } catch {
        say(t('copyFailed'), 'error');
      }
    },
  };
}
