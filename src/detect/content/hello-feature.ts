// Runs in: content script. Announces this frame to the background, which answers with the tab
// and frame it believes we speak for (taken from the sender, not from us: the hello claims
// nothing, not even the URL), and whether a guide follows this page's site (the page's texts are
// then read and watched). A document restored from the back-forward cache announces itself
// again: the tab showed another page meanwhile, and the background must know it is back.
import { log } from '../../shared/platform/log';
import type { Feature } from '../../content/feature';

export const hello: Feature = async (ctx, signal) => {
  const announce = async () => {
    const asked = ctx.guided.on;
    const reply = await ctx.send('content/hello', {});
    if (!reply.ok) return log.warn('background unreachable:', reply.error.message);
    // The guide panel came or went while the hello was out (the guide listens before it): that
    // is newer than the answer, which was made before.
    if (ctx.guided.on !== asked) return;
    if (reply.value.guided === ctx.guided.on) return;
    ctx.guided.on = reply.value.guided;
    ctx.guided.changed?.();
  };
  ctx.document.defaultView?.addEventListener('pageshow', (e) => {
    if (e.persisted) void announce();
  }, { signal });
  await announce();
};
