// Runs in: content script. One pass over every element of a document or shadow root, collecting
// what no cheap selector finds: shadow hosts (any element can be one), frames, h1s, status
// messages and captcha widgets. A selector list like ".error,.alert,[role=alert],..." costs a
// full tree match per selector; one loop with a few attribute reads is several times cheaper.
import type { SnapshotLimits } from '../core/limits';

export interface RootScan {
  shadows: ShadowRoot[];
  frames: Element[];
  h1: Element[];
  messages: Element[];
  captchas: Element[];
}

const MESSAGE_CLASS = /(?:^|[\s_-])(?:error|errors|alert|success|message|notice|notification|warning)(?:$|[\s_-])/i;
const MESSAGE_ROLES = '[role=alert],[role=status],[aria-live]';
const CAPTCHA_CLASS = /captcha|geetest|turnstile|nc[_-](?:container|wrapper|scale)|slide[_-]?verify|slider/i;
// One cheap test first: most class names contain none of the words the two patterns look for.
const ANY_SIGNAL_CLASS = /error|alert|success|message|notice|notification|warning|captcha|geetest|turnstile|nc[_-]|slide|slider/i;
const MAX_PER_KIND = 20;
// Elements that neither host a shadow root (attachShadow refuses them) nor carry a status
// message or a captcha widget: links, images, fields, table cells and the like are most of a
// big page, and skipping them saves two DOM reads and a regex each.
const PLAIN = new Set(['A', 'IMG', 'INPUT', 'SELECT', 'TEXTAREA', 'OPTION', 'BUTTON', 'SCRIPT', 'STYLE', 'LINK', 'META',
  'BR', 'HR', 'I', 'SOURCE', 'PICTURE', 'NOSCRIPT', 'TEMPLATE', 'TR', 'TD', 'TH', 'TBODY', 'THEAD', 'svg', 'path', 'g', 'use']);

export function scanRoot(root: Document | ShadowRoot, limits: SnapshotLimits): RootScan {
  const out: RootScan = { shadows: [], frames: [], h1: [], messages: [], captchas: [] };
  const all = 'getElementsByTagName' in root ? root.getElementsByTagName('*') : root.querySelectorAll('*');
  const n = Math.min(all.length, limits.maxNodes);
  for (let i = 0; i < n; i++) {
    const el = all[i];
    if (!el) continue;
    const tag = el.tagName;
    if (PLAIN.has(tag)) continue;
    if (tag === 'IFRAME' || tag === 'FRAME') { out.frames.push(el); continue; }
    if (el.shadowRoot) out.shadows.push(el.shadowRoot);
    if (tag === 'H1' && out.h1.length < 2) out.h1.push(el);
    const cls = el.className; // SVGAnimatedString on SVG elements: skipped by the typeof check
    if (typeof cls !== 'string' || cls === '' || !ANY_SIGNAL_CLASS.test(cls)) continue;
    if (CAPTCHA_CLASS.test(cls)) { if (out.captchas.length < MAX_PER_KIND) out.captchas.push(el); }
    else if (MESSAGE_CLASS.test(cls) && out.messages.length < MAX_PER_KIND) out.messages.push(el);
  }
  // Roles and widget keys are rare attributes: one selector each beats a read per element.
  out.messages.push(...Array.from(root.querySelectorAll(MESSAGE_ROLES)).slice(0, MAX_PER_KIND));
  out.captchas.push(...Array.from(root.querySelectorAll('[data-sitekey]')).slice(0, 2));
  return out;
}
