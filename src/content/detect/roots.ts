// Runs in: content script. Every place inputs can live: the document, open shadow roots (web
// components: closed ones are unreachable by design) and same-origin iframes (cross-origin ones
// throw or return null, and get their own content script instance anyway).
import type { FormHost } from '../../core/detect/model';
import type { SnapshotLimits } from './limits';

export interface Root {
  root: Document | ShadowRoot;
  /** The document that owns the root's elements (for visibility and layout). */
  doc: Document;
  host: FormHost;
}

function frameDocument(frame: Element): Document | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument;
  } catch {
    return null; // cross-origin
  }
}

function shadowHosts(root: Document | ShadowRoot, limits: SnapshotLimits): ShadowRoot[] {
  const all = root.querySelectorAll('*');
  const out: ShadowRoot[] = [];
  const n = Math.min(all.length, limits.maxNodes);
  for (let i = 0; i < n; i++) {
    const s = all[i]?.shadowRoot;
    if (s) out.push(s);
  }
  return out;
}

export function collectRoots(doc: Document, limits: SnapshotLimits): Root[] {
  const out: Root[] = [];
  const visit = (root: Document | ShadowRoot, owner: Document, host: FormHost, depth: number): void => {
    out.push({ root, doc: owner, host });
    if (depth >= limits.maxDepth) return;
    for (const s of shadowHosts(root, limits)) visit(s, owner, host === 'document' ? 'shadow-root' : host, depth + 1);
    for (const f of Array.from(root.querySelectorAll('iframe,frame'))) {
      const d = frameDocument(f);
      if (d && d.documentElement) visit(d, d, 'same-origin-frame', depth + 1);
    }
  };
  visit(doc, doc, 'document', 0);
  return out;
}
