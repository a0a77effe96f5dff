// Runs in: the options page. Passwords used on several sites, most sites first; "show" lists the
// group's entries in the table, where each is edited to a new password.
import type { HealthReport } from '../../core/health/report-schema';
import { t } from '../../../shared/platform/i18n';

type Group = HealthReport['reused'][number];
interface ReusedGroupsProps { groups: readonly Group[]; onShow(ids: string[]): void }

const SHOWN = 10;

export function ReusedGroups({ groups, onShow }: ReusedGroupsProps) {
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="reused-heading" data-testid="reused">
      <h3 id="reused-heading">{t('reusedHeading', String(groups.length))}</h3>
      <ul class="plain groups">
        {groups.slice(0, SHOWN).map((group) => (
          <li key={group.entries[0]?.id} class="group" data-testid="reused-group" data-sites={group.sites}>
            <span>{t('reusedGroup', [String(group.sites), group.entries.slice(0, 4).map((e) => e.host).join(', ')])}</span>{' '}
            <button type="button" class="small secondary" onClick={() => onShow(group.entries.map((e) => e.id))}>{t('healthShow')}</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
