// Runs in: the options page, first run. Where the user is in it: create the vault, bring the
// passwords in, see what to fix first.
import { t } from '../../../shared/platform/i18n';
import { WELCOME_STEPS, type WelcomeStep } from '../shell/routes';

const LABEL: Record<WelcomeStep, string> = { create: 'welcomeStepCreate', import: 'welcomeStepImport', check: 'welcomeStepCheck' };

export function WelcomeSteps({ step }: { step: WelcomeStep }) {
  const at = WELCOME_STEPS.indexOf(step);
  return (
    <ol class="welcome-steps" aria-label={t('welcomeStepsLabel')}>
      {WELCOME_STEPS.map((s, i) => (
        <li key={s} class={i < at ? 'done' : i === at ? 'current' : ''} aria-current={i === at ? 'step' : undefined}>
          <span class="step-number" aria-hidden="true">{i + 1}</span> {t(LABEL[s])}
          {i < at && <span class="visually-hidden"> ({t('welcomeStepDone')})</span>}
        </li>
      ))}
    </ol>
  );
}
