// Runs in: every context. One prefix so our lines are easy to find in a page's console.
const PREFIX = '[latchkey]';

export const log = {
  info: (...args: unknown[]) => console.info(PREFIX, ...args),
  warn: (...args: unknown[]) => console.warn(PREFIX, ...args),
  error: (...args: unknown[]) => console.error(PREFIX, ...args),
};
