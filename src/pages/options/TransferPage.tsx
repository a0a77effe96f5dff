// Runs in: the options page, while the vault is unlocked. Import and export: how to get a CSV out
// of each browser and manager, the import itself (importing/), and the export (exporting/).
import { t } from '../../shared/platform/i18n';
import { ExportSection } from '../../tidy/ui/exporting/ExportSection';
import { ImportSection } from '../../tidy/ui/importing/ImportSection';
import { ImportHowTo } from './welcome/ImportHowTo';

export function TransferPage({ onImported }: { onImported(): void }) {
  return (
    <div class="transfer-page" data-testid="transfer-page">
      <h1 id="main-heading" tabIndex={-1}>{t('navImport')}</h1>
      <ImportHowTo />
      <ImportSection onImported={onImported} />
      <ExportSection />
    </div>
  );
}
