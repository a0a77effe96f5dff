// Runs in: content script. Hosts the in-page guide when the background says this page belongs to
// a guided site (prompt/hosted.ts, the Keep prompt's host: an extension page in an iframe in a
// closed shadow root, in the top layer; bottom left, so it never covers the Keep prompt). The guide
// page asks the background for the guide itself and closes its frame when the user closes the
// guide. Over its private channel it asks for a pointer at the step's element (guide/pointer.ts);
// its "use a strong password" fills through Keep's `fill/generated` (fill/content/fill-feature.ts).
import type { PointAt } from '../core/recipes/point-at-schema';
import type { Feature } from '../../content/feature';
import { showPointer, type Pointer } from './pointer';
import { hostOnCommand } from '../../inpage/content/host-on-command';

export const guide: Feature = (ctx, signal) => {
  let pointer: Pointer | undefined;
  hostOnCommand(ctx, signal, 'guide-panel', 'src/guide/ui/index.html', 'left', (m, win) => {
    // Our own frame, over the nonce channel: its message needs no checking.
    if (m.t === 'point') (pointer ??= showPointer(win)).point(m.at as PointAt[]);
  }, () => (pointer = pointer?.remove()));
};
