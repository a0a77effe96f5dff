// Runs anywhere. What the background tells our open pages without being asked (runtime.sendMessage
// from the background reaches extension pages, never content scripts): the vault changed, so a
// page showing it asks again (the options page's health and table follow a change Keep made in
// another tab, without polling). It carries nothing to trust: a forged one costs one more ask.
import * as z from 'zod/mini';

export const PageEvent = z.strictObject({ kind: z.literal('vault-changed') });
export type PageEvent = z.infer<typeof PageEvent>;
