// Runs in: content script. A feature is a function with a lifetime: everything it adds
// (listeners, observers, timers) must stop when `signal` aborts (Refined GitHub's pattern).
import type { send } from '../platform/messaging';

export interface ContentContext {
  readonly document: Document;
  readonly send: typeof send;
}

export type Feature = (ctx: ContentContext, signal: AbortSignal) => void | Promise<void>;
