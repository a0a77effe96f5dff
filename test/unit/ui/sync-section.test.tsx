// @vitest-environment happy-dom
// Settings' sync status in a DOM, in the English words the user reads: in sync as a whole, or in
// sync with each entry's oldest history left out (how many old passwords the others get, how many
// stay on this computer).
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';

const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
/** chrome.i18n's substitution: each named placeholder is its $n. */
function english(key: string, subs?: string | string[]): string {
  const entry = en[key];
  if (!entry) throw new Error(`no message ${key}`);
  const values = subs === undefined ? [] : [subs].flat();
  return entry.message.replace(/\$([A-Z_]+)\$/g, (_m, name: string) => {
    const at = Number(entry.placeholders?.[name]?.content.slice(1));
    return values[at - 1] ?? '';
  });
}
vi.mock('../../../src/shared/platform/i18n', () => ({ t: english, uiLanguage: () => 'en' }));
const send = vi.fn();
vi.mock('../../../src/shared/platform/messaging', () => ({ send: (...args: unknown[]) => send(...args) }));

const { SyncSection } = await import('../../../src/sync/ui/SyncSection');

async function statusSays(status: object): Promise<string> {
  send.mockResolvedValueOnce({ ok: true, value: { on: true, status: { at: 1, quota: 102_400, ...status } } });
  const root = document.createElement('div');
  document.body.append(root);
  render(<SyncSection />, root);
  const shown = await vi.waitFor(() => {
    const p = root.querySelector('[data-testid="sync-status"]');
    if (!p) throw new Error('no status yet');
    return p;
  });
  expect(shown.getAttribute('data-kind')).toBe('ok');
  return shown.textContent ?? '';
}

describe('the sync status in Settings', () => {
  it('says the whole vault is in sync when nothing is left out', async () => {
    expect(await statusSays({ kind: 'ok', bytes: 40_000 })).toBe("In sync. The synced copy takes 40 KB of the browser's 100 KB.");
  });

  it('says the oldest history is left out: how many old passwords the others get, and how many stay here', async () => {
    const said = await statusSays({ kind: 'ok', bytes: 101_000, history: { keep: 2, left: 1_000 } });
    expect(said).toContain('its 2 newest old passwords');
    expect(said).toContain('Older password history (1000 old passwords) stays on this computer');
    expect(said).toContain('99 KB');
    const one = await statusSays({ kind: 'ok', bytes: 90_000, history: { keep: 1, left: 2_000 } });
    expect(one).toContain('its newest old password.');
    expect(one).toContain('(2000 old passwords) stays on this computer');
  });
});
