// Runs anywhere. Who is speaking, decided only from what the browser says about the sender
// (`runtime.MessageSender`), never from the payload (STYLE.md: check who is speaking).
export type SenderKind =
  /** A content script in a web page (http/https). */
  | 'content'
  /** A top-level extension page: popup, options page (in its own tab). */
  | 'extension'
  /** An extension page framed inside a web page: the in-page prompt and guide. */
  | 'embedded';

/** The fields of `runtime.MessageSender` we rely on, as plain data so this stays testable. */
export interface SenderFacts {
  id: string | undefined;
  url: string | undefined;
  /**
   * The speaking document's origin as the browser computed it (Chrome and Firefox both report it):
   * it can differ from the URL's (about:blank, srcdoc, a sandboxed document's opaque "null").
   */
  origin: string | undefined;
  tabId: number | undefined;
  frameId: number | undefined;
}

export interface Sender {
  kind: SenderKind;
  /** Origin of the speaking document (web origin for content, extension origin otherwise). */
  origin: string;
  url: string;
  tabId: number | undefined;
  frameId: number | undefined;
}

/**
 * Classifies a sender, or returns null for anything we do not talk to: other extensions, web
 * pages (externally_connectable is not declared, but belt and braces), non-web schemes.
 */
export function classifySender(facts: SenderFacts, ownId: string, ownOrigin: string): Sender | null {
  if (facts.id !== ownId || !facts.url) return null;
  let url: URL;
  try {
    url = new URL(facts.url);
  } catch {
    return null;
  }
  const base = { url: facts.url, tabId: facts.tabId, frameId: facts.frameId };
  if (url.origin === ownOrigin || `${url.protocol}//${url.host}` === ownOrigin) {
    const framed = facts.tabId !== undefined && (facts.frameId ?? 0) > 0;
    return { ...base, kind: framed ? 'embedded' : 'extension', origin: ownOrigin };
  }
  // A document whose own origin is not its URL's (sandboxed, opaque) is no site we speak for.
  if ((url.protocol === 'https:' || url.protocol === 'http:') && facts.tabId !== undefined && (facts.origin ?? url.origin) === url.origin) {
    return { ...base, kind: 'content', origin: url.origin };
  }
  return null;
}
