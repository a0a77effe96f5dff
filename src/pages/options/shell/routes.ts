// Runs in: the options page. Its sections as hash routes, so back and forward move between them
// and other pages link straight to one (the popup's entry editor opens #/passwords/<id>):
//   #/passwords, #/passwords?problem=weak, #/passwords/<entry id>, #/health, #/import,
//   #/settings, #/welcome (first run: create, then #/welcome/import, then #/welcome/check).
// An extension page's hash never reaches a server; anything unknown is the default section.
import { Problem } from '../../../tidy/core/health/problems';

export const SECTIONS = ['passwords', 'health', 'import', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];

export const WELCOME_STEPS = ['create', 'import', 'check'] as const;
export type WelcomeStep = (typeof WELCOME_STEPS)[number];

export type Route =
  | { section: 'passwords'; entryId: string | null; problem: Problem | null }
  | { section: 'health' | 'import' | 'settings' }
  | { section: 'welcome'; step: WelcomeStep };

export const DEFAULT_ROUTE: Route = { section: 'passwords', entryId: null, problem: null };

/** Entry ids are UUIDs or import ids: letters, digits, dashes; anything else is no entry. */
const ENTRY_ID = /^[A-Za-z0-9_-]{1,100}$/;

export function parseRoute(hash: string): Route | null {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const parts = path.split('/').filter(Boolean);
  const [section, detail] = parts;
  if (parts.length > 2) return null;
  if (section === 'passwords') {
    const id = detail === undefined ? null : decodeURIComponent(detail);
    if (id !== null && !ENTRY_ID.test(id)) return null;
    const problem = Problem.safeParse(new URLSearchParams(query).get('problem'));
    return { section, entryId: id, problem: problem.success ? problem.data : null };
  }
  if (section === 'welcome') {
    const step = WELCOME_STEPS.find((s) => s === (detail ?? 'create'));
    return step ? { section, step } : null;
  }
  if (detail === undefined && (section === 'health' || section === 'import' || section === 'settings')) return { section };
  return null;
}

export function routeHash(route: Route): string {
  switch (route.section) {
    case 'passwords': {
      const base = route.entryId === null ? '#/passwords' : `#/passwords/${encodeURIComponent(route.entryId)}`;
      return route.problem === null ? base : `${base}?problem=${route.problem}`;
    }
    case 'welcome':
      return route.step === 'create' ? '#/welcome' : `#/welcome/${route.step}`;
    default:
      return `#/${route.section}`;
  }
}

/** Which item of the navigation a route belongs to (the first-run path belongs to none). */
export const navSection = (route: Route): Section | null => (route.section === 'welcome' ? null : route.section);

/**
 * The route to show for what the address says and where the vault is: no vault yet is the first
 * run whatever the address but the settings (a language can be chosen first); the first run's
 * create step is done once a vault exists.
 */
export function resolveRoute(asked: Route | null, vault: 'absent' | 'locked' | 'unlocked' | null): Route {
  if (vault === 'absent') return asked?.section === 'settings' ? asked : { section: 'welcome', step: 'create' };
  const route = asked ?? DEFAULT_ROUTE;
  if (route.section === 'welcome' && route.step === 'create' && vault !== null) return { section: 'welcome', step: 'import' };
  return route;
}
