// Runs in: the action popup. One line on what detection found in the tab.
import type { TabState } from '../../shared/protocol/shapes';
import { t } from '../../shared/platform/i18n';
import { formClassLabel } from './form-class-label';

export function PageSummary({ tab }: { tab: TabState | null }) {
  if (!tab?.hello) return <p class="detected muted" data-testid="page-summary">{t('popupNotActive')}</p>;
  const pageClass = tab.report?.pageClass ?? 'none';
  return (
    <p class="detected" data-testid="page-summary" data-page-class={pageClass}>
      {pageClass === 'none' ? t('popupNoForms') : t('popupOnThisPage', formClassLabel(pageClass))}
    </p>
  );
}
