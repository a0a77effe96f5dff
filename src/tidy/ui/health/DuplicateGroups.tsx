// Runs in: the options page. Duplicate entries, each group with a preview of its merge (which
// entry is kept, how many go, how many old passwords the kept one will hold) and a merge button;
// "merge all" for the evening-long clean-up. The background plans every merge again itself.
import { useState } from 'preact/hooks';
import type { HealthReport } from '../../core/health/report-schema';
import { t } from '../../../shared/platform/i18n';
import { formatDate } from '../../../pages/options/format-date';

type Group = HealthReport['duplicates'][number];
interface DuplicateGroupsProps { groups: readonly Group[]; onMerge(groups: string[][]): void; onShow(ids: string[]): void }

// A screenful; the rest are reachable through "merge all" and the table's duplicate filter.
const SHOWN = 20;

function GroupPreview({ group }: { group: Group }) {
  const keep = group.entries.find((entry) => entry.id === group.preview.keepId);
  return (
    <div class="merge-preview" data-testid="merge-preview">
      <p>{t('mergeKeeps', [keep?.host ?? '', keep?.username ?? '', formatDate(keep?.passwordChanged ?? null)])}</p>
      <p>{t('mergeRemoves', String(group.preview.removeIds.length))}</p>
      <p>{t('mergeHistory', String(group.preview.historyAfter))}</p>
      <p class="muted small-text">{t('mergeSites', group.preview.origins.join(', '))}</p>
    </div>
  );
}

export function DuplicateGroups({ groups, onMerge, onShow }: DuplicateGroupsProps) {
  const [open, setOpen] = useState<string | null>(null);
  if (groups.length === 0) return null;
  const ids = (group: Group) => group.entries.map((entry) => entry.id);
  return (
    <section aria-labelledby="duplicates-heading" data-testid="duplicates">
      <h3 id="duplicates-heading">{t('duplicatesHeading', String(groups.length))}</h3>
      <button type="button" class="small" data-testid="merge-all" onClick={() => onMerge(groups.map(ids))}>{t('mergeAll', String(groups.length))}</button>
      <ul class="plain groups">
        {groups.slice(0, SHOWN).map((group) => {
          const key = group.preview.keepId;
          const first = group.entries[0];
          return (
            <li key={key} class="group" data-testid="duplicate-group" data-keep={key}>
              <span>{t('duplicateGroup', [first?.host ?? '', first?.username ?? '', String(group.entries.length)])}</span>{' '}
              <button type="button" class="small secondary" data-testid="merge-preview-toggle" aria-expanded={open === key}
                onClick={() => setOpen(open === key ? null : key)}>{t('mergePreview')}</button>{' '}
              <button type="button" class="small secondary" onClick={() => onShow(ids(group))}>{t('healthShow')}</button>{' '}
              <button type="button" class="small" data-testid="merge-one" onClick={() => onMerge([ids(group)])}>{t('merge')}</button>
              {open === key && <GroupPreview group={group} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
