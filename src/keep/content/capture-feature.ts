// Runs in: content script. Keep's capture: on a submit, the page as it is and the values the user
// typed or we filled in the forms it may have come from go to the background in one message, sent
// in the submit's own event (`keep/submit`): a page that leaves at once loses nothing, and the
// background classifies the form as it was submitted. Then what becomes of the form in this
// document (`keep/observe`). Each document also reports its HTTP status, so a login answered by a
// 401 page is not taken for a success.
import type { SubmitRequest } from '../core/submit-request';
import type { PageObservation } from '../core/observation';
import type { Reply } from '../../shared/protocol/reply';
import { log } from '../../shared/platform/log';
import { visibilityCheck, type VisibilityCheck } from '../../detect/content/visibility';
import type { Feature } from '../../content/feature';
import { followSubmit, type PageLook } from './follow';
import { liveFields } from './submission';
import { submitCandidates, submitRequestOf, submittedForm, type Candidate } from './submitted-form';
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
    // Nothing typed or filled here: nothing could be sent, so no snapshot on every button click.
    const touched = provenance.lastTouched();
    if (!touched || !target) return;
    const candidates = submitCandidates(doc, target, touched);
    const visible = visibilityCheck();
    const request = submitRequestOf(candidates, liveFields(provenance, visible), ctx.snapshot);
    if (request) send(request, candidates, visible, leaving);
  };
  const send = (request: SubmitRequest, candidates: Candidate[], visible: VisibilityCheck, leaving: boolean) => {
    // The same forms with the same values: the same submit (the page around them may differ).
    const signature = JSON.stringify(request.forms);
    const now = Date.now();
    if (signature === last.signature && (leaving || now - last.at < REPEAT_MS)) return;
    last = { signature, at: now };
    stopFollowing();
    stopFollowing = () => {};
    // The state a change is measured from: the page as the submit left it.
    const at = { snapshot: request.snapshot, empty: new Set(candidates.flatMap((c) => c.group.fields.filter((el) => el.value === ''))) };
    void ctx.send('keep/submit', request).then((reply) => {
      if (!reply.ok) return warn(reply);
      const form = reply.value.form && submittedForm(candidates, reply.value.form);
      // Evidence only after the submit it is about has arrived (it has: this is its answer).
      if (form && !signal.aborted) stopFollowing = followSubmit(form, at, visible, look, signal, observe);
    });
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
