// The options page's hash routes (pages/options/shell/routes.ts): what each address shows, and that
// every route writes back to the address it was read from.
import { describe, expect, it } from 'vitest';
import { parseRoute, resolveRoute, routeHash, type Route } from '../../../src/pages/options/shell/routes';

describe('options routes', () => {
  it.each<[string, Route]>([
    ['#/passwords', { section: 'passwords', entryId: null, problem: null }],
    ['#/passwords/0f8e-AB_12', { section: 'passwords', entryId: '0f8e-AB_12', problem: null }],
    ['#/passwords?problem=weak', { section: 'passwords', entryId: null, problem: 'weak' }],
    ['#/health', { section: 'health' }],
    ['#/import', { section: 'import' }],
    ['#/settings', { section: 'settings' }],
    ['#/welcome', { section: 'welcome', step: 'create' }],
    ['#/welcome/check', { section: 'welcome', step: 'check' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    expect(routeHash(route)).toBe(hash);
  });

  it('reads nothing it does not know: other sections, odd ids, unknown problems, extra parts', () => {
    expect(parseRoute('')).toBeNull();
    expect(parseRoute('#/admin')).toBeNull();
    expect(parseRoute('#/passwords/<img src=x>')).toBeNull();
    expect(parseRoute('#/health/extra')).toBeNull();
    expect(parseRoute('#/welcome/later')).toBeNull();
    expect(parseRoute('#/passwords?problem=everything')).toEqual({ section: 'passwords', entryId: null, problem: null });
  });

  it('shows the first run without a vault whatever the address but the settings, and moves past its first step once there is one', () => {
    expect(resolveRoute(parseRoute('#/health'), 'absent')).toEqual({ section: 'welcome', step: 'create' });
    expect(resolveRoute(parseRoute('#/passwords/abc'), 'absent')).toEqual({ section: 'welcome', step: 'create' });
    expect(resolveRoute(parseRoute('#/settings'), 'absent')).toEqual({ section: 'settings' });
    expect(resolveRoute(parseRoute('#/welcome'), 'unlocked')).toEqual({ section: 'welcome', step: 'import' });
    expect(resolveRoute(null, 'locked')).toEqual({ section: 'passwords', entryId: null, problem: null });
    expect(resolveRoute(parseRoute('#/settings'), 'unlocked')).toEqual({ section: 'settings' });
  });
});
