// Runs in: content script. Announces this frame to the background, which answers with the tab
// and frame it believes we speak for (taken from the sender, not from us), and whether a guide
// follows this page's site (the first report then carries the page's texts).
import { log } from '../../platform/log';
import type { Feature } from '../feature';

export const hello: Feature = async (ctx) => {
  const reply = await ctx.send('content/hello', { url: ctx.document.location.href });
  if (!reply.ok) log.warn('background unreachable:', reply.error.message);
  else ctx.guided.on = reply.value.guided;
};
