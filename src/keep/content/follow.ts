// Runs in: content script. What became of a submitted form in this document (an SPA answers
// without navigating): evidence for the background's "did it work?" (keep/core/outcome.ts).
// - form-gone: the submitted password field (or the form) was removed or hidden;
// - form-shown: the form is still there but changed: an error or success message appeared, or its
//   password fields were cleared (Chrome reads a change form cleared after submit as success).
// A navigation ends this document and the background sees the next one itself.
import type { PageSignalKind } from '../../detect/core/model';
import type { PageObservation } from '../core/observation';
import { detectPage } from '../../detect/content/detector';
import type { VisibilityCheck } from '../../detect/content/visibility';
import type { SubmittedForm } from './submitted-form';

// Long enough for a slow login request; the background forgets captures after 10 minutes anyway.
const FOLLOW_MS = 30_000;
const SETTLE_MS = 250;

export function followSubmit(doc: Document, form: SubmittedForm, visible: VisibilityCheck, signal: AbortSignal, observe: (o: PageObservation) => void): () => void {
  const passwords = form.fields.filter((f) => f.role.endsWith('password')).map((f) => f.el);
  const anchors: Element[] = passwords.length > 0 ? passwords : [form.container];
  const look = () => {
    const report = detectPage(doc);
    const shown = report.forms.find((f) => f.key === form.key && f.visible);
    const signals = [...new Set(report.signals.map((s) => s.kind))] as PageSignalKind[];
    const cleared = passwords.length > 0 && passwords.every((el) => el.value === '');
    return { formClass: shown?.class ?? report.pageClass, cleared, signals };
  };
  const before = JSON.stringify(look());
  let last = before;
  let wasCleared = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const gone = () => anchors.some((el) => !el.isConnected || !visible(el).visible);
  const check = () => {
    if (gone()) {
      observe({ kind: 'form-gone', formKey: form.key });
      return stop();
    }
    const now = look();
    const state = JSON.stringify(now);
    // Only a change since the submit is evidence: an error shown before it says nothing new.
    if (state !== last && state !== before) observe({ kind: 'form-shown', formKey: form.key, ...now });
    last = state;
    wasCleared = now.cleared;
  };
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(check, SETTLE_MS);
  });
  observer.observe(doc, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['style', 'class', 'hidden', 'aria-hidden'] });
  // A script clearing a field leaves no mutation (value is a property): a cheap look now and then.
  const poll = setInterval(() => {
    if (gone() || (passwords.length > 0 && passwords.every((el) => el.value === '') !== wasCleared)) check();
  }, 500);
  const deadline = setTimeout(() => stop(), FOLLOW_MS);
  function stop(): void {
    observer.disconnect();
    clearTimeout(timer);
    clearInterval(poll);
    clearTimeout(deadline);
  }
  signal.addEventListener('abort', stop, { once: true });
  return stop;
}
