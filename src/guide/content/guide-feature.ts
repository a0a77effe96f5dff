// Runs in: content script. Hosts the in-page guide when the background says this page belongs to
// a guided site (inpage/content/frame-host.ts, which hosts Keep's prompt too: an extension page
// in an iframe in a closed shadow root, in the top layer; it starts bottom left, clear of the Keep
// prompt, and then places itself). The guide page asks the background for the guide itself and closes its frame
// when the user closes the guide. Over its private channel it asks for a pointer at the step's
// element (guide/pointer.ts, which tells it where that element is, so the panel keeps clear of
// it) and for its own place in the window; its "use a strong password" fills through Keep's
// `fill/generated` (fill/content/fill-feature.ts). While the panel is up, the page's texts are read
// and watched (a late "password changed" toast moves the guide on).
import { onTabCommand } from '../../shared/platform/content-commands';
import type { Feature } from '../../content/feature';
import { showPointer, type Pointer } from './pointer';
import { hostOnCommand } from '../../inpage/content/host-on-command';

export const guide: Feature = (ctx, signal) => {
  let pointer: Pointer | undefined;
  const follow = (on: boolean) => {
    if (ctx.guided.on === on) return;
    ctx.guided.on = on;
    ctx.guided.changed?.();
  };
  onTabCommand(signal, 'guide-panel', () => follow(true));
  hostOnCommand(ctx, signal, 'guide-panel', 'src/guide/ui/index.html', 'left', (m, win, frame) => {
    // Our own frame, over the nonce channel; frame-host.ts has checked the message's shape.
    if (m.t === 'point') (pointer ??= showPointer(win, frame.post, ctx.detection.latest)).point(m.at);
  }, () => {
    pointer = pointer?.remove();
    follow(false);
  });
};
