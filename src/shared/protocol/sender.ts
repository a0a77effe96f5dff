// Runs anywhere. Who is speaking, decided only from what the browser says about the sender
// (`runtime.MessageSender`), never from the payload (STYLE.md: check who is speaking).
export type SenderKind =
  /** A content script in a web page (http/https). */
  | 'content'
  /** A top-level extension page no website can load: popup, options page, our own windows. */
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
  /** The speaking document's id, where the browser's is that document's (sender-facts.ts). */
  documentId?: string | undefined;
}

/** What the extension itself is, as the browser reports it (runtime.id, getURL, getManifest). */
export interface OwnExtension {
  id: string;
  origin: string;
  /** The manifest's web_accessible_resources: paths (or globs) any website may load. */
  webAccessible: readonly string[];
}

export interface Sender {
  kind: SenderKind;
  /** Origin of the speaking document (web origin for content, extension origin otherwise). */
  origin: string;
  url: string;
  tabId: number | undefined;
  frameId: number | undefined;
  /**
   * One id per document (Chrome's MessageSender.documentId), for content scripts only: tells the
   * document that sent a submit from the next one in the same tab, whose messages may come first.
   */
  documentId?: string;
}

/** The web_accessible_resources of a manifest (MV3 objects, or MV2 strings), as a flat list. */
export function webAccessiblePaths(manifest: { web_accessible_resources?: unknown }): string[] {
  const entries = Array.isArray(manifest.web_accessible_resources) ? (manifest.web_accessible_resources as unknown[]) : [];
  return entries.flatMap((entry) => {
    if (typeof entry === 'string') return [entry];
    const resources = (entry as { resources?: unknown } | null)?.resources;
    return Array.isArray(resources) ? resources.filter((r): r is string => typeof r === 'string') : [];
  });
}

// A resource pattern as the manifest writes it: a path from the extension root, `*` for any run
// of characters (Chrome's and Firefox's match pattern for web_accessible_resources).
function matchesResource(pathname: string, pattern: string): boolean {
  const source = pattern.replace(/^\//, '').split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^/${source}$`).test(pathname);
}

/**
 * Classifies a sender, or returns null for anything we do not talk to: other extensions, web
 * pages (externally_connectable is not declared, but belt and braces), non-web schemes, and our
 * web-accessible pages loaded top-level. Any website may load those (a tab, a window, a link
 * with `?tab=` of another tab): they act only framed in a page, where they speak for that tab
 * alone, and never with the trust of the popup or the options page, which no website can load.
 */
export function classifySender(facts: SenderFacts, own: OwnExtension): Sender | null {
  if (facts.id !== own.id || !facts.url) return null;
  let url: URL;
  try {
    url = new URL(facts.url);
  } catch {
    return null;
  }
  const base = { url: facts.url, tabId: facts.tabId, frameId: facts.frameId };
  if (url.origin === own.origin || `${url.protocol}//${url.host}` === own.origin) {
    const framed = facts.tabId !== undefined && (facts.frameId ?? 0) > 0;
    const webAccessible = own.webAccessible.some((pattern) => matchesResource(url.pathname, pattern));
    if (webAccessible) return framed ? { ...base, kind: 'embedded', origin: own.origin } : null;
    return { ...base, kind: framed ? 'embedded' : 'extension', origin: own.origin };
  }
  // A document whose own origin is not its URL's (sandboxed, opaque) is no site we speak for.
  if ((url.protocol === 'https:' || url.protocol === 'http:') && facts.tabId !== undefined && (facts.origin ?? url.origin) === url.origin) {
    return { ...base, kind: 'content', origin: url.origin, ...(facts.documentId === undefined ? {} : { documentId: facts.documentId }) };
  }
  return null;
}
