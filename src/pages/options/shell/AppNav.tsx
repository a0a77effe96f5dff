// Runs in: the options page. The sections, as links to their routes (routes.ts): ordinary links, so
// the keyboard, middle-click and back and forward all work as on any site. Health carries its score
// once the report is in.
import { t } from '../../../shared/platform/i18n';
import { routeHash, SECTIONS, type Section } from './routes';

/** What the navigation shows of the health report. */
export interface HealthSummary { score: number; complete: boolean }

interface AppNavProps { current: Section | null; health: HealthSummary | null }

const LABEL: Record<Section, string> = { passwords: 'navPasswords', health: 'navHealth', import: 'navImport', settings: 'navSettings' };

export function AppNav({ current, health }: AppNavProps) {
  return (
    <nav class="app-nav" aria-label={t('navLabel')}>
      <ul>
        {SECTIONS.map((section) => (
          <li key={section}>
            <a href={routeHash(section === 'passwords' ? { section, entryId: null, problem: null } : { section })} data-testid={`nav-${section}`}
              aria-current={current === section ? 'page' : undefined}
              {...(section === 'health' ? { 'data-complete': String(health?.complete ?? false) } : {})}>
              {t(LABEL[section])}
              {section === 'health' && health && (
                <span class="nav-score" data-testid="nav-health-score" data-score={health.score}>
                  <span class="visually-hidden">{t('navHealthScore', String(health.score))}</span>
                  <span aria-hidden="true">{health.score}</span>
                </span>
              )}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
