// Runs in: content script. Text of a subtree with a budget: textContent on a page-sized container
// would copy megabytes, so walk text nodes and stop at the cap. Script and style text is skipped.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'OPTION']);

export function collapse(s: string, max: number): string {
  return s.replace(/\s+/g, ' ').trim().slice(0, max);
}

export function boundedText(root: Node, maxChars: number, maxNodes: number): string {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let out = '';
  let seen = 0;
  for (let n = walker.nextNode(); n && seen < maxNodes && out.length < maxChars; n = walker.nextNode(), seen++) {
    const parent = n.parentElement;
    if (parent && SKIP.has(parent.tagName)) continue;
    const t = n.nodeValue;
    if (t && t.trim()) out += ` ${t}`;
  }
  return collapse(out, maxChars);
}
