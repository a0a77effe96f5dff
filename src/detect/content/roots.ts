// Runs in: content script. Every place inputs can live: the document, open shadow roots (web
// components: closed ones are unreachable by design) and same-origin iframes (cross-origin ones
// throw or return null, and get their own content script instance anyway).
import type { FormHost } from '../core/model';
import type { SnapshotLimits } from '../core/limits';
import { scanRoot, type RootScan } from './root-scan';

export interface Root {
  root: Document | ShadowRoot;
  /** The document that owns the root's elements (for visibility and layout). */
  doc: Document;
  host: FormHost;
  scan: RootScan;
}

function frameDocument(frame: Element): Document | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument;
  } catch {
    return null; // cross-origin
  }
}

export function collectRoots(doc: Document, limits: SnapshotLimits): Root[] {
  const out: Root[] = [];
  const visit = (root: Document | ShadowRoot, owner: Document, host: FormHost, depth: number): void => {
    const scan = scanRoot(root, limits);
    out.push({ root, doc: owner, host, scan });
    if (depth >= limits.maxDepth) return;
    for (const s of scan.shadows) visit(s, owner, host === 'document' ? 'shadow-root' : host, depth + 1);
    for (const f of scan.frames) {
      const d = frameDocument(f);
      if (d && d.documentElement) visit(d, d, 'same-origin-frame', depth + 1);
    }
  };
  visit(doc, doc, 'document', 0);
  return out;
}
