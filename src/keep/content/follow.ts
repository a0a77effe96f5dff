// Runs in: content script. What became of a submitted form in this document (an SPA answers
// without navigating): evidence for the background's "did it work?" (keep/core/outcome.ts).
// - form-gone: the submitted password field (or the form) was removed or hidden;
// - form-shown: the form is still there but changed: an error or success message appeared, or its
//   password fields were cleared (Chrome reads a change form cleared after submit as success).
// A navigation ends this document and the background sees the next one itself. Each look is a
// snapshot the background classifies (`report`, detect/content/classified.ts); the one taken at
// the submit is the state a change is measured from.
import type { PageReport, PageSignalKind } from '../../detect/core/model';
import type { PageSnapshot } from '../../detect/core/snapshot-types';
import type { PageObservation } from '../core/observation';
import type { VisibilityCheck } from '../../detect/content/visibility';
import type { SubmittedForm } from './submitted-form';

// Long enough for a slow login request; the background forgets captures after 10 minutes anyway.
const FOLLOW_MS = 30_000;
const SETTLE_MS = 250;

/** The page as the submit found it, and which of its fields were empty then. */
export interface AtSubmit {
  snapshot: PageSnapshot;
  empty: ReadonlySet<Element>;
}

/** The page as it is now, and the background's report of it (null when none came). */
export interface PageLook {
  take: () => PageSnapshot;
  report: (snapshot: PageSnapshot) => Promise<PageReport | null>;
}

/**
 * Follows `form` from the state `at` the submit left it in (the background's answer, which names
 * the form, comes a round trip later: what the page did meanwhile counts).
 */
export function followSubmit(form: SubmittedForm, at: AtSubmit, visible: VisibilityCheck, page: PageLook, signal: AbortSignal, observe: (o: PageObservation) => void): () => void {
  const passwords = form.fields.filter((f) => f.role.endsWith('password')).map((f) => f.el);
  const anchors: Element[] = passwords.length > 0 ? passwords : [form.container];
  const look = async (snapshot: PageSnapshot, cleared = passwords.length > 0 && passwords.every((el) => el.value === '')) => {
    const report = await page.report(snapshot);
    if (!report) return null;
    const shown = report.forms.find((f) => f.key === form.key && f.visible);
    const signals = [...new Set(report.signals.map((s) => s.kind))] as PageSignalKind[];
    const seen = { formClass: shown?.class ?? report.pageClass, cleared, signals };
    return { seen, state: JSON.stringify(seen) };
  };
  const before = look(at.snapshot, passwords.length > 0 && passwords.every((el) => at.empty.has(el)));
  let last: string | null = null;
  let wasCleared = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const gone = () => anchors.some((el) => !el.isConnected || !visible(el).visible);
  const check = async () => {
    if (gone()) {
      observe({ kind: 'form-gone', formKey: form.key });
      return stop();
    }
    wasCleared = passwords.length > 0 && passwords.every((el) => el.value === '');
    const now = await look(page.take());
    const from = (await before)?.state;
    // No answer (a newer look overtook this one, or the background is away) is no evidence.
    if (!now || stopped) return;
    // Only a change since the submit is evidence: an error shown before it says nothing new.
    if (now.state !== last && now.state !== from) observe({ kind: 'form-shown', formKey: form.key, ...now.seen });
    last = now.state;
  };
  let stopped = false;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => void check(), SETTLE_MS);
  });
  observer.observe(form.container.ownerDocument, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['style', 'class', 'hidden', 'aria-hidden'] });
  // A script clearing a field leaves no mutation (value is a property): a cheap look now and then.
  const poll = setInterval(() => {
    if (gone() || (passwords.length > 0 && passwords.every((el) => el.value === '') !== wasCleared)) void check();
  }, 500);
  const deadline = setTimeout(() => stop(), FOLLOW_MS);
  function stop(): void {
    stopped = true;
    observer.disconnect();
    clearTimeout(timer);
    clearInterval(poll);
    clearTimeout(deadline);
  }
  signal.addEventListener('abort', stop, { once: true });
  return stop;
}
