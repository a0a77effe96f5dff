// Runs anywhere. The frames of the pages' message port (shared/platform/message-port.ts): a request
// carries the same envelope runtime.sendMessage would, numbered so its answer finds its caller.
import * as z from 'zod/mini';

export const PortRequest = z.object({ id: z.number().check(z.int(), z.minimum(1)), message: z.unknown() });
export const PortReply = z.object({ id: z.number(), reply: z.unknown() });
