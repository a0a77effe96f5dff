// Runs in: the guide page, framed. The guide folded into one line (by the user, or because the
// window has no room beside what the user must click): where they are, and a way back.
import type { GuideView } from '../core/view-schema';
import { t } from '../../shared/platform/i18n';
import { Grip } from './Grip';
import { messageText } from './message-text';
import type { Placement } from './use-placement';

interface PillProps {
  guide: GuideView;
  marks: Record<string, string>;
  placement: Placement;
  /** Unfolds the guide; null when it is squeezed, not folded (nothing to unfold into). */
  onExpand: ((event: Event) => void) | null;
  onDismiss(event: Event): void;
}

export function Pill({ guide, marks, placement, onExpand, onDismiss }: PillProps) {
  const index = guide.steps.findIndex((s) => s.id === guide.current?.id);
  const where = index < 0 ? t('guideTitle') : t('guideStepOf', [String(index + 1), String(guide.steps.length)]);
  const now = guide.current ? messageText(guide.current.instruction) : '';
  return (
    <main {...marks} class="pill" data-pill="true">
      <Grip placement={placement} />
      {onExpand
        ? <button type="button" class="link where" data-testid="guide-collapse" title={now} aria-label={`${where}. ${t('guideExpand')}`} onClick={onExpand}>{where}</button>
        : <span class="where" title={now}>{where}: {now}</span>}
      <button type="button" class="link" data-testid="guide-dismiss" aria-label={t('guideDismiss')} title={t('guideDismiss')} onClick={onDismiss}>×</button>
    </main>
  );
}
