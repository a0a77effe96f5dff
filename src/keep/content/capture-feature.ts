// Runs in: content script. Keep's capture: on a submit, the detected form's values
// that the user typed or we filled go to the background (`keep/submit`), then what becomes of the
// form in this document (`keep/observe`). Each document also reports its HTTP status, so a login
// answered by a 401 page is not taken for a success.
import type { Submission } from '../core/capture';
import type { PageObservation } from '../core/observation';
import type { Reply } from '../../shared/protocol/reply';
import { log } from '../../shared/platform/log';
import { visibilityCheck, type VisibilityCheck } from '../../detect/content/visibility';
import { snapshotPage } from '../../detect/content/snapshot';
import type { Feature } from '../../content/feature';
import { followSubmit, type PageLook } from './follow';
import { frozenFields, liveFields, submissionOf } from './submission';
import { candidateFields, submittedForm, type SubmittedForm } from './submitted-form';
import { onSubmitLike } from './triggers';

// A click on the submit button, then the form's submit event, then maybe Enter: one submit.
const REPEAT_MS = 2_000;
// A script's form.submit() follows the click that asked for it; a page left later was left otherwise.
const LEAVE_MS = 10_000;

function loadStatus(): number | null {
  const entry = performance.getEntriesByType('navigation')[0] as (PerformanceEntry & { responseStatus?: number }) | undefined;
  // responseStatus is 0 where the browser does not expose it (and for some cached loads).
  return entry?.responseStatus ? entry.responseStatus : null;
}

export const capture: Feature = (ctx, signal) => {
  const { document: doc, provenance } = ctx;
  const warn = (reply: Reply<unknown>) => {
    if (!reply.ok) log.warn('keep:', reply.error.message);
  };
  const observe = (observation: PageObservation) => void ctx.send('keep/observe', observation).then(warn);
  observe({ kind: 'load', status: loadStatus() });

  let last = { signature: '', at: 0 };
  let clicked = 0;
  let stopFollowing = () => {};
  const look: PageLook = {
    take: ctx.snapshot,
    report: (snapshot) => ctx.detection.report(snapshot, 0),
  };
  const submitted = (target: Node | null, leaving = false) => {
    // Nothing typed or filled here: nothing could be sent, so no detection on every button click.
    const touched = provenance.lastTouched();
    if (!touched || !target) return;
    const visible = visibilityCheck();
    // The values as the submit found them: when the form was classified in this very state (the
    // watch reports a form again when a field fills), it is sent now, in this event; otherwise
    // after one round trip, and the page may clear its fields meanwhile.
    const read = frozenFields(candidateFields(doc, target, touched), liveFields(provenance, visible));
    void ctx.detection.classified(() => snapshotPage(doc, { visibility: visible }), (page) => {
      const form = submittedForm(doc, target, touched, page);
      const submission: Submission | null = form && submissionOf(form, read);
      if (form && submission) send(form, submission, visible, leaving);
    });
  };
  const send = (form: SubmittedForm, submission: Submission, visible: VisibilityCheck, leaving: boolean) => {
    const signature = JSON.stringify(submission);
    const now = Date.now();
    if (signature === last.signature && (leaving || now - last.at < REPEAT_MS)) return;
    last = { signature, at: now };
    stopFollowing();
    const sent = ctx.send('keep/submit', submission).then(warn);
    // Evidence only after the submit it is about has arrived.
    stopFollowing = followSubmit(form, visible, look, signal, (o) => void sent.then(() => observe(o)));
  };
  onSubmitLike(doc, signal, submitted);
  // form.submit() from a script raises no submit event: a page that leaves soon after a click that
  // was not on a link sends what was typed, unless it was sent already (the background judges
  // the next page as for any submit).
  doc.addEventListener('click', (e) => {
    if (e.isTrusted && !(e.target as Element).closest?.('a[href]:not([href^="#"]):not([href^="javascript:"])')) clicked = Date.now();
  }, { capture: true, signal });
  doc.defaultView?.addEventListener('pagehide', () => {
    if (Date.now() - clicked < LEAVE_MS) submitted(provenance.lastTouched(), true);
  }, { signal });
};
