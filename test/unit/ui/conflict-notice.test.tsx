// @vitest-environment happy-dom
// The entry view's sync-conflict notice in a DOM: it says what happened with its date, its button
// sends the conflict it showed (id and time) and reports back; a refusal is said, not swallowed.
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/shared/platform/i18n', () => ({
  t: (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}(${[subs].flat().join('|')})`),
  uiLanguage: () => 'en',
}));
const send = vi.fn();
vi.mock('../../../src/shared/platform/messaging', () => ({ send: (...args: unknown[]) => send(...args) }));

const { ConflictNotice } = await import('../../../src/tidy/ui/entries/ConflictNotice');
const AT = Date.UTC(2026, 11, 3);

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}

describe('sync conflict notice', () => {
  it('says what happened and marks the shown conflict reviewed', async () => {
    send.mockResolvedValueOnce({ ok: true, value: { cleared: true } });
    const onReviewed = vi.fn();
    const root = mount(<ConflictNotice id="e1" conflictAt={AT} onReviewed={onReviewed} onError={vi.fn()} />);
    expect(root.querySelector('[data-testid="edit-conflict"]')?.textContent).toMatch(/^entryConflict\(.+\)/);
    const button = root.querySelector<HTMLButtonElement>('[data-testid="edit-conflict-reviewed"]');
    expect(button?.textContent).toBe('entryConflictReviewed');
    button?.click();
    await vi.waitFor(() => expect(onReviewed).toHaveBeenCalledOnce());
    expect(send).toHaveBeenCalledWith('entries/conflict-reviewed', { id: 'e1', conflictAt: AT });
  });

  it('says a refusal and does not call it reviewed', async () => {
    send.mockResolvedValueOnce({ ok: false, error: { code: 'bad-request', message: 'this entry has changed: open it again' } });
    const onReviewed = vi.fn();
    const onError = vi.fn();
    const root = mount(<ConflictNotice id="e2" conflictAt={AT} onReviewed={onReviewed} onError={onError} />);
    root.querySelector<HTMLButtonElement>('[data-testid="edit-conflict-reviewed"]')?.click();
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith('errorGeneric(this entry has changed: open it again)'));
    expect(onReviewed).not.toHaveBeenCalled();
  });
});
