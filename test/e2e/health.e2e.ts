// The options page as a workbench, in both browsers: the health section finds planted exposed,
// weak, reused, duplicate, old and no-username entries and links each to the passwords section;
// duplicates merge with a preview, keeping the newest password and the other in history; a delete
// is undone; selected entries move to another site and back; pending entries show with a badge and
// their own status filter.
import { beforeAll, describe, expect, it } from 'vitest';
import { sendFrom } from './harness/browser';
import { READY, type TestPage } from './harness/page';
import { BROWSERS, useSuite } from './harness/suite';
import { until } from './harness/until';

const OPTIONS = 'src/pages/options/index.html#/health';
const YEAR = 365 * 86_400_000;
const longAgo = String(Date.now() - 2 * YEAR);
const recent = String(Date.now() - 86_400_000);

// A Firefox export (it carries dates, so "old" can be planted): one row per problem, plus one
// healthy entry.
const row = (url: string, user: string, password: string, changed: string) => `"${url}","${user}","${password}",,"${url}","{${url}}","${changed}","${changed}","${changed}"`;
const CSV = [
  '"url","username","password","httpRealm","formActionOrigin","guid","timeCreated","timeLastUsed","timePasswordChanged"',
  row('https://weak.test', 'ann@mail.test', 'password1', recent),
  row('https://one.test', 'ann@mail.test', 'Reused#Secret-77x', recent),
  row('https://two.test', 'ann@mail.test', 'Reused#Secret-77x', recent),
  row('https://old.test', 'ann@mail.test', 'vT8#qLm2!zRw9@kP-o', longAgo),
  row('https://nouser.test', '', 'vT8#qLm2!zRw9@kP-n', recent),
  row('https://dup.test', 'ann@mail.test', 'Dup-Older-4q!Zx', longAgo),
  row('https://fine.test', 'ann@mail.test', 'vT8#qLm2!zRw9@kP-f', recent),
].join('\n');

const count = (page: TestPage, problem: string) => page.attr(`[data-testid="count-${problem}"]`, 'data-count');

describe.each(BROWSERS)('options workbench in %s', (name) => {
  const s = useSuite(name);
  let page: TestPage;

  beforeAll(async () => {
    const probe = await s.browser.openExtensionPage('src/pages/popup/index.html');
    expect(await sendFrom(probe, 'vault/create', { password: 'a sturdy master passphrase' })).toMatchObject({ ok: true });
    const preview = await sendFrom(probe, 'import/preview', { text: CSV });
    if (!preview.ok || !preview.value.preview) throw new Error(JSON.stringify(preview));
    expect(await sendFrom(probe, 'import/commit', { previewId: preview.value.preview.previewId, choices: {} })).toMatchObject({ ok: true, value: { total: 7 } });
    // An import folds one account's rows together, so the duplicate comes from a second save.
    expect(await sendFrom(probe, 'entries/save', { site: { origins: ['https://www.dup.test'], match: 'site' }, username: 'ANN@mail.test', password: 'Dup-Newer-8w!Kp', notes: '' })).toMatchObject({ ok: true });
    page = await s.browser.openExtensionPage(OPTIONS);
    await page.waitFor(READY);
    await page.waitFor('[data-testid="health"][data-complete="true"]');
  });

  /** Moves to a section with the navigation, as a user would. */
  const section = async (name: 'passwords' | 'health') => {
    await page.click(`[data-testid="nav-${name}"]`);
    await page.waitFor(name === 'health' ? '[data-testid="health"][data-complete="true"]' : '[data-testid="entries-count"]');
  };

  it('finds the planted exposed, weak, reused, duplicate, old and no-username entries', async () => {
    // "password1" is on the common-passwords list: exposed as well as weak.
    expect(await count(page, 'exposed')).toBe('1');
    expect(await count(page, 'weak')).toBe('1');
    expect(await count(page, 'reused')).toBe('2');
    expect(await count(page, 'duplicate')).toBe('2');
    expect(await count(page, 'old')).toBe('2');
    expect(await count(page, 'no-username')).toBe('1');
    expect(Number(await page.attr('[data-testid="health-score"]', 'data-score'))).toBeLessThan(100);
    // "Show" links the problem to its entries in the passwords section, through the address.
    await page.click('[data-testid="show-weak"]');
    await page.waitFor('[data-testid="entries-count"][data-total="1"]');
    expect(await page.evaluate(() => location.hash, null)).toBe('#/passwords?problem=weak');
    expect(await page.attr('[data-testid="table-row"]', 'data-problems')).toContain('weak');
    expect(await page.text('[data-testid="table-row"]')).toContain('weak.test');
    await page.select('[data-testid="entries-problem"]', '');
    await page.waitFor('[data-testid="entries-count"][data-total="8"]');
    await section('health');
  });

  it('previews a merge of duplicates, then merges keeping the newest password', async () => {
    await page.click('[data-testid="merge-preview-toggle"]');
    await page.waitFor('[data-testid="merge-preview"]');
    expect(await page.text('[data-testid="merge-preview"]')).toContain('www.dup.test');
    await page.click('[data-testid="merge-one"]');
    await page.waitFor('[data-testid="count-duplicate"][data-count="0"]');
    await section('passwords');
    await page.waitFor('[data-testid="entries-count"][data-total="7"]');
    const list = await sendFrom(page, 'entries/list', { tabId: null, query: 'dup.test', offset: 0, limit: 10 });
    if (!list.ok) throw new Error(list.error.message);
    expect(list.value.items).toHaveLength(1);
    const kept = list.value.items[0];
    expect(kept?.site.origins).toEqual(['https://www.dup.test', 'https://dup.test']);
    expect(await sendFrom(page, 'entries/password', { id: kept?.id ?? '' })).toEqual({ ok: true, value: { password: 'Dup-Newer-8w!Kp' } });
    expect(await sendFrom(page, 'entries/history', { id: kept?.id ?? '' })).toMatchObject({ ok: true, value: { history: [{ changedAt: expect.any(Number) }] } });
  });

  it('edits the merged entry: a link to change the password on the site, and one-click restore from history', async () => {
    await page.fill('[data-testid="entries-site"]', 'dup.test');
    await page.waitFor('[data-testid="entries-count"][data-total="1"]');
    await page.click('[data-testid="row-edit"]');
    await page.waitFor('[data-testid="password-history"][data-count="1"]');
    await page.waitFor('[data-testid="change-password-link"]');
    expect(await page.attr('[data-testid="change-password-link"]', 'href')).toBe('https://www.dup.test/.well-known/change-password');
    const id = (await page.attr('[data-testid="edit-entry"]', 'data-entry-id')) ?? '';
    await page.click('[data-testid="history-restore"]');
    await page.waitFor('[data-testid="password-history"][data-count="1"]');
    await until(() => sendFrom(page, 'entries/password', { id }), (reply) => reply.ok && reply.value.password === 'Dup-Older-4q!Zx', 'the restored password');
    await page.click('[data-testid="edit-close"]');
  });

  it('deletes an entry and brings it back with undo', async () => {
    await page.fill('[data-testid="entries-site"]', 'fine.test');
    await page.waitFor('[data-testid="entries-count"][data-total="1"]');
    await page.click('[data-testid="row-delete"]');
    await page.waitFor('[data-testid="undo-bar"]');
    await page.waitFor('[data-testid="entries-count"][data-total="0"]');
    expect(await sendFrom(page, 'vault/state', {})).toMatchObject({ ok: true, value: { entries: 6 } });
    await page.click('[data-testid="undo-delete"]');
    await page.waitFor('[data-testid="entries-count"][data-total="1"]');
    expect(await page.text('[data-testid="table-row"]')).toContain('fine.test');
    expect(await sendFrom(page, 'entries/password', { id: (await page.attr('[data-testid="table-row"]', 'data-entry-id')) ?? '' })).toEqual({ ok: true, value: { password: 'vT8#qLm2!zRw9@kP-f' } });
  });
  it('selects many: marks them reviewed, deletes them and undoes the delete', async () => {
    await page.fill('[data-testid="entries-site"]', '.test');
    await page.waitFor('[data-testid="entries-count"][data-total="7"]');
    await page.fill('[data-testid="entries-search"]', 'o');
    await page.waitFor('[data-testid="entries-count"]:not([data-total="7"])');
    const shown = Number(await page.attr('[data-testid="entries-count"]', 'data-total'));
    await page.click('[data-testid="select-all"]');
    await page.waitFor(`[data-testid="row-select"]:checked`);
    expect(await page.text('[data-testid="selected-count"]')).toContain(String(shown));
    await page.click('[data-testid="bulk-review"]');
    await page.waitFor('[data-testid="badge-reviewed"]');
    await page.select('[data-testid="entries-status"]', 'reviewed');
    await page.waitFor(`[data-testid="entries-count"][data-total="${shown}"]`);
    await page.waitFor(`[data-testid="nav-health"][data-complete="true"]`);
    expect(Number(await page.attr('[data-testid="nav-health-score"]', 'data-score'))).toBeGreaterThan(0);
    await page.click('[data-testid="select-all"]');
    await page.waitFor(`[data-testid="row-select"]:checked`);
    await page.click('[data-testid="bulk-delete"]');
    await page.waitFor('[data-testid="entries-count"][data-total="0"]');
    expect(await sendFrom(page, 'vault/state', {})).toMatchObject({ ok: true, value: { entries: 7 - shown } });
    await page.click('[data-testid="undo-delete"]');
    await page.waitFor(`[data-testid="entries-count"][data-total="${shown}"]`);
    expect(await sendFrom(page, 'vault/state', {})).toMatchObject({ ok: true, value: { entries: 7 } });
  });
  it('moves the selected entries to another site in one write, and undoes the move', async () => {
    await page.select('[data-testid="entries-status"]', 'any');
    await page.fill('[data-testid="entries-search"]', 'mover');
    const saveAt = async (origin: string, username: string) => {
      const saved = await sendFrom(page, 'entries/save', { site: { origins: [origin], match: 'site' }, username, password: `Ali-${username}-Pass-7q`, notes: '' });
      if (!saved.ok) throw new Error(saved.error.message);
      return saved.value;
    };
    const a = await saveAt('https://aliexpress.ru', 'mover@mail.test');
    const b = await saveAt('https://m.aliexpress.ru', 'mover2@mail.test');
    await page.fill('[data-testid="entries-site"]', 'aliexpress.ru');
    await page.waitFor('[data-testid="entries-count"][data-total="2"]');
    await page.click('[data-testid="select-all"]');
    await page.waitFor('[data-testid="row-select"]:checked');
    await page.click('[data-testid="bulk-move"]');
    await page.fill('#move-site', 'not a site');
    await page.click('[data-testid="move-submit"]');
    await page.waitFor('[data-testid="move-error"]:not(:empty)');
    await page.fill('#move-site', 'https://www.aliexpress.com/login');
    await page.click('[data-testid="move-submit"]');
    await page.waitFor('[data-testid="move-undo-bar"]');
    await page.waitFor('[data-testid="entries-count"][data-total="0"]');
    const sites = async () => {
      const list = await sendFrom(page, 'entries/list', { tabId: null, query: 'mover', offset: 0, limit: 10 });
      if (!list.ok) throw new Error(list.error.message);
      return Object.fromEntries(list.value.items.map((item) => [item.id, item.site]));
    };
    expect(await sites()).toEqual({ [a.id]: { origins: ['https://www.aliexpress.com'], match: 'site' }, [b.id]: { origins: ['https://www.aliexpress.com'], match: 'site' } });
    // Passwords travel with their entries.
    expect(await sendFrom(page, 'entries/password', { id: b.id })).toEqual({ ok: true, value: { password: 'Ali-mover2@mail.test-Pass-7q' } });
    await page.click('[data-testid="undo-move"]');
    await page.waitFor('[data-testid="entries-count"][data-total="2"]');
    expect(await sites()).toEqual({ [a.id]: a.site, [b.id]: b.site });
  });

  it('shows pending entries with a badge and filters by status', async () => {
    const changed = new Date(Date.now() - 86_400_000).toISOString();
    const csv = [
      'latchkey_version,url,username,password,notes,origins,match,created,updated,password_changed,last_used,status,history,pending_previous,reviewed_at',
      `1,https://pending.test,pat@mail.test,New-Pending-Pass-5x,,https://pending.test,site,${changed},${changed},${changed},,pending,[],"{""password"":""Old-Pending-Pass-4x"",""passwordChanged"":""${changed}""}",`,
    ].join('\n');
    const preview = await sendFrom(page, 'import/preview', { text: csv });
    if (!preview.ok || !preview.value.preview) throw new Error(JSON.stringify(preview));
    expect(await sendFrom(page, 'import/commit', { previewId: preview.value.preview.previewId, choices: {} })).toMatchObject({ ok: true });
    // (Firefox's fill with '' leaves a text box as it was: each filter is set to something.)
    await page.fill('[data-testid="entries-search"]', 'pat@');
    await page.fill('[data-testid="entries-site"]', '.test');
    await page.select('[data-testid="entries-status"]', 'pending');
    await page.waitFor('[data-testid="entries-count"][data-total="1"]');
    expect(await page.text('[data-testid="table-row"]')).toContain('pending.test');
    await page.waitFor('[data-testid="table-row"] [data-testid="badge-pending"]');
    await page.select('[data-testid="entries-status"]', 'any');
  });
});
