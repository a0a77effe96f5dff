// Runs anywhere. Which document of a tab a piece of evidence came from. A submit and the next
// document's messages are not ordered with each other (the next page may run in another renderer,
// and the submit's handler classifies the page before it stores anything), so the next page's
// hello, report and load status can be handled before the submit they follow: evidence from a
// document after the submitter's counts whenever it arrives. Time alone cannot tell, and nothing
// the page says about time is asked.
export interface DocumentRef {
  /** The document's URL without query and fragment (`pageUrlOf`), as Keep keeps a capture's. */
  url: string;
  /** The browser's id of the document, where it names the sender's own (Chrome; sender-facts.ts). */
  documentId?: string | undefined;
}

/** The page URL without query and fragment: a reset link's token stays out of storage. */
export function pageUrlOf(senderUrl: string): string {
  const url = new URL(senderUrl);
  return `${url.origin}${url.pathname}`;
}

/**
 * Whether two documents are surely not the same: by id where both have one, by URL otherwise (in
 * Firefox a document's sender URL is the one it loaded at). A reload of the same URL without ids
 * cannot be told from the document itself and counts as the same: evidence then waits for time.
 */
export function otherDocument(a: DocumentRef, b: DocumentRef): boolean {
  if (a.documentId !== undefined && b.documentId !== undefined) return a.documentId !== b.documentId;
  return a.url !== b.url;
}

/**
 * When evidence at `at` from document `from` counts for a capture taken at `capturedAt` in
 * document `submitter`: from its own time on, if it came after the capture; from the capture's
 * time, if it came from another document (the next one, handled first); never otherwise (the
 * submitting page's own evidence from before the submit). A document that spoke before the
 * submitter could not have spoken after it was shown: its content script says hello before
 * anything else, and the submitter's hello was handled before it could submit.
 */
export function evidenceTime(at: number, from: DocumentRef | null, capturedAt: number, submitter: DocumentRef): number | null {
  if (at >= capturedAt) return at;
  return from !== null && otherDocument(from, submitter) ? capturedAt : null;
}
