// Runs in: the guide page. The flow's steps, the current one highlighted and the ones passed
// marked done.
import type { GuideView } from '../core/view-schema';
import { t } from '../../shared/platform/i18n';
import { messageText } from './message-text';

export function StepList({ guide }: { guide: GuideView }) {
  const currentId = guide.current?.recipeId === guide.recipeId ? guide.current.id : null;
  return (
    <section>
      <h2>{t('guideSteps')}</h2>
      <ol class="steps" data-testid="guide-steps">
        {guide.steps.map((step) => {
          const state = step.id === currentId ? 'current' : guide.reached.includes(step.id) ? 'done' : 'todo';
          return (
            <li key={step.id} data-step={step.id} data-state={state} aria-current={state === 'current' ? 'step' : undefined}>
              {messageText(step.instruction)}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
