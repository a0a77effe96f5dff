// @vitest-environment happy-dom
// The options workbench's rows and counts in a DOM: every control has a name a screen reader can
// read, badges and "show" links follow the report, and no password reaches the DOM.
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { HealthReport } from '../../../src/tidy/core/health/report-schema';
import type { TableRow } from '../../../src/vault/core/table';

// Strings as "key(substitutions)", so the test reads which message each control uses.
vi.mock('../../../src/shared/platform/i18n', () => ({
  t: (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}(${[subs].flat().join('|')})`),
  uiLanguage: () => 'en',
}));

const { EntryTableRow } = await import('../../../src/tidy/ui/entries/EntryTableRow');
const { ProblemCounts } = await import('../../../src/tidy/ui/health/ProblemCounts');

const row: TableRow = {
  id: 'e1', site: { origins: ['https://www.shop.test'], match: 'site' }, username: 'ann@mail.test', notes: '', name: '', updated: 1,
  passwordChanged: Date.UTC(2024, 0, 2), lastUsed: null, status: 'active', holdsPayment: false, problems: ['weak', 'reused'], reviewedAt: null, conflictAt: null, created: 1, historyCount: 2,
};

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}

describe('workbench rows', () => {
  it('labels every control of a row with the entry it acts on, and shows its badges', () => {
    const onSelect = vi.fn();
    const root = mount(<EntryTableRow row={row} selected={false} onSelect={onSelect} onEdit={vi.fn()} onDelete={vi.fn()} />);
    const labels = [...root.querySelectorAll('input, button')].map((el) => el.getAttribute('aria-label'));
    expect(labels).toEqual(['selectEntryLabel(www.shop.test ann@mail.test)', 'editLabel(www.shop.test ann@mail.test)', 'deleteEntryLabel(www.shop.test ann@mail.test)']);
    expect([...root.querySelectorAll('.badge')].map((el) => el.textContent)).toEqual(['problemBadge_weak', 'problemBadge_reused']);
    expect(root.textContent).toContain('dateNever');
    root.querySelector<HTMLInputElement>('input[type="checkbox"]')?.click();
    expect(onSelect).toHaveBeenCalledWith('e1', true);
  });

  it('counts each problem and offers "show" only where there is something to show', () => {
    const counts = { exposed: 0, weak: 3, 'breaks-rules': 0, reused: 2, duplicate: 0, old: 1, 'no-username': 0, 'http-only': 0, pending: 0, conflict: 0 };
    const report = { counts } as unknown as HealthReport;
    const onShow = vi.fn();
    const root = mount(<ProblemCounts report={report} onShow={onShow} />);
    expect([...root.querySelectorAll('li')].map((li) => li.getAttribute('data-count'))).toEqual(['0', '3', '0', '2', '0', '1', '0', '0', '0', '0']);
    const shows = [...root.querySelectorAll('button')];
    expect(shows.map((b) => b.getAttribute('aria-label'))).toEqual(['healthShowLabel(problemBadge_weak)', 'healthShowLabel(problemBadge_reused)', 'healthShowLabel(problemBadge_old)']);
    shows[2]?.click();
    expect(onShow).toHaveBeenCalledWith('old');
  });
});
