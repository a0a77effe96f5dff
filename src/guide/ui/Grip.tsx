// Runs in: the guide page. The handle that moves the panel: dragged with the mouse or a finger
// (use-placement.ts says how), or focused and moved with the arrow keys. Only the user's own
// input moves it.
import { t } from '../../shared/platform/i18n';
import { KEY_STEP, type Placement } from './use-placement';

const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

export function Grip({ placement }: { placement: Placement }) {
  return (
    <button type="button" class="grip" data-testid="guide-grip" aria-label={t('guideMove')} title={t('guideMove')}
      onPointerDown={(e) => {
        if (!e.isTrusted) return;
        e.currentTarget.setPointerCapture(e.pointerId);
        placement.grab(e.clientX, e.clientY);
      }}
      onPointerMove={(e) => e.isTrusted && placement.dragTo(e.clientX, e.clientY)}
      onPointerUp={() => placement.drop()}
      onPointerCancel={() => placement.drop()}
      onKeyDown={(e) => {
        const arrow = ARROWS[e.key];
        if (!arrow || !e.isTrusted) return;
        e.preventDefault();
        placement.nudge(arrow[0] * KEY_STEP, arrow[1] * KEY_STEP);
      }}>
      ⠿
    </button>
  );
}
