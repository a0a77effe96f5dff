// Runs in: background and extension pages. What the browser says of a message's sender, as
// shared/protocol/sender.ts classifies it (never anything from the message itself).
import browser, { type Runtime } from 'webextension-polyfill';
import { webAccessiblePaths, type OwnExtension, type SenderFacts } from '../protocol/sender';

// Both browsers report the sender's origin; the polyfill's types predate it.
const originOf = (sender: Runtime.MessageSender): string | undefined => {
  const { origin } = sender as { origin?: unknown };
  return typeof origin === 'string' ? origin : undefined;
};

// Chrome's documentId is the sending document's. Firefox's (153 and later) is the frame's current
// document when its parent process handles the message (ExtensionParent's getSender reads the
// browsing context's currentWindowContext): a submit handled after the next page committed would
// carry the next page's id, so Firefox's is not used and documents are told apart by URL there
// (keep/core/document.ts).
const documentIdOf = (sender: Runtime.MessageSender): string | undefined => {
  const { documentId } = sender as { documentId?: unknown };
  return __TARGET__ === 'chrome' && typeof documentId === 'string' ? documentId : undefined;
};

export const senderFacts = (sender: Runtime.MessageSender): SenderFacts => ({
  id: sender.id,
  url: sender.url,
  origin: originOf(sender),
  tabId: sender.tab?.id,
  frameId: sender.frameId,
  documentId: documentIdOf(sender),
});

/**
 * What the extension itself is, as the browser reports it. Which of our pages a website may load
 * comes from the manifest the browser enforces, so the classification cannot drift from it.
 */
export const ownExtension = (): OwnExtension => ({
  id: browser.runtime.id,
  origin: new URL(browser.runtime.getURL('/')).origin,
  webAccessible: webAccessiblePaths(browser.runtime.getManifest()),
});
