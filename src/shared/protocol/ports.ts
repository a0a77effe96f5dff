// Runs anywhere. The names of the long-lived ports into the background, written once: the
// background closes any port it does not know (shared/platform/runtime.ts).
export const PORTS = {
  /** Our pages' protocol messages (shared/platform/message-port.ts, answered by listen.ts). */
  messages: 'latchkey-messages',
  /** A content script's tie to the extension: its disconnect hints the extension went away (content-lifetime.ts). */
  lifeline: 'lifeline',
} as const;
