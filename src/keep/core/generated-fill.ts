// Runs anywhere (parsed in the background; the content script imports only the type). What the
// content script answers a `fill-generated` command with: the fill's outcome and the username
// the user typed (or we filled) in the same form, to save the generated password under (Keep).
// Kept out of protocol/commands.ts, which the content script bundles: its checks
// would cost the content script's budget.
import * as z from 'zod/mini';
import { FillReason } from '../../shared/protocol/commands';

export const GeneratedFillOutcome = z.object({
  filled: z.boolean(),
  reason: FillReason,
  username: z.nullable(z.string().check(z.maxLength(1024))),
});
export type GeneratedFillOutcome = z.infer<typeof GeneratedFillOutcome>;
