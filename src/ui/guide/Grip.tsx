// Runs in: the guide page. The handle that moves the panel: dragged with the mouse or a finger
// (pointer capture keeps the moves coming while the frame moves under the pointer; screen
// coordinates do not move with it), or focused and moved with the arrow keys.
import { useRef } from 'preact/hooks';
import { t } from '../../platform/i18n';
import { KEY_STEP, type Placement } from './use-placement';

const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

export function Grip({ placement }: { placement: Placement }) {
  const start = useRef<{ x: number; y: number } | null>(null);
  const delta = (e: PointerEvent): [number, number] => [e.screenX - (start.current?.x ?? e.screenX), e.screenY - (start.current?.y ?? e.screenY)];
  return (
    <button type="button" class="grip" data-testid="guide-grip" aria-label={t('guideMove')} title={t('guideMove')}
      onPointerDown={(e) => {
        if (!e.isTrusted) return;
        e.currentTarget.setPointerCapture(e.pointerId);
        start.current = { x: e.screenX, y: e.screenY };
        placement.startDrag();
      }}
      onPointerMove={(e) => start.current && placement.moveBy(...delta(e), false)}
      onPointerUp={(e) => {
        if (!start.current) return;
        placement.moveBy(...delta(e), true);
        start.current = null;
      }}
      onPointerCancel={() => (start.current = null)}
      onKeyDown={(e) => {
        const arrow = ARROWS[e.key];
        if (!arrow || !e.isTrusted) return;
        e.preventDefault();
        placement.startDrag();
        placement.moveBy(arrow[0] * KEY_STEP, arrow[1] * KEY_STEP, true);
      }}>
      ⠿
    </button>
  );
}
