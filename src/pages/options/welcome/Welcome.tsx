// Runs in: the options page, first run: create the vault, then bring the passwords in from the
// browser or manager they are in now (with how to export from each), then a first health check
// (FirstCheck.tsx, shown by the workbench, which holds the report).
import type { VaultState } from '../../../shared/protocol/shapes';
import { t } from '../../../shared/platform/i18n';
import { CreateVault } from '../../../vault/ui/CreateVault';
import { SyncedVaultChoice } from '../../../sync/ui/SyncedVaultChoice';
import { ImportSection } from '../../../tidy/ui/importing/ImportSection';
import { routeHash } from '../shell/routes';
import type { Go } from '../shell/use-route';
import { ImportHowTo } from './ImportHowTo';
import { WelcomeSteps } from './WelcomeSteps';

interface WelcomeProps {
  step: 'create' | 'import';
  vault: VaultState;
  go: Go;
  /** The vault now exists: the route moves on to the import step by itself (shell/routes.ts). */
  onCreated(state: VaultState): void;
  onImported(): void;
}

export function Welcome({ step, vault, go, onCreated, onImported }: WelcomeProps) {
  return (
    <section aria-labelledby="main-heading" data-testid="welcome" data-step={step}>
      <h1 id="main-heading" tabIndex={-1}>{t('welcomeTitle')}</h1>
      <WelcomeSteps step={step} />
      {step === 'create' && (
        <>
          <p>{t('welcomeIntro')}</p>
          <p class="small-text"><a href={routeHash({ section: 'settings' })} data-testid="welcome-settings">{t('welcomeSettingsFirst')}</a></p>
          <SyncedVaultChoice onUnlocked={onCreated}>
            <CreateVault onCreated={onCreated} />
          </SyncedVaultChoice>
        </>
      )}
      {step === 'import' && (
        <>
          <h2>{t('welcomeImportHeading')}</h2>
          <p>{t('welcomeImportIntro')}</p>
          <ImportHowTo />
          <ImportSection onImported={onImported} />
          <div class="actions">
            <button type="button" data-testid="welcome-next" onClick={() => go({ section: 'welcome', step: 'check' })}>
              {(vault.entries ?? 0) > 0 ? t('welcomeToCheck') : t('welcomeSkipImport')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
