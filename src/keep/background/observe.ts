// Runs in: background. Evidence after a submit (keep/core/observation.ts) from the content script
// (`keep/observe`) and from the background's own view of the tab (a new document's hello, its
// report). Each piece re-runs "did it work?" (keep/core/outcome.ts): a failure drops the capture,
// a success turns it into an offer, anything else waits (with a time limit, state.ts).
import type { PageReport } from '../../detect/core/model';
import type { Observation, PageObservation } from '../core/observation';
import { decideOutcome } from '../core/outcome';
import type { KeepState, PendingCapture, StoredOffer } from '../core/state';
import type { Sender } from '../../shared/protocol/sender';
import { troubleAfterFailedLogin } from '../../guide/background/trouble';
import { readKeepInOrder, updateKeep } from './store';

/** Moves decided captures out: failures are dropped, successes become offers. */
export function settle(state: KeepState, now: number): KeepState {
  const waiting: PendingCapture[] = [];
  const offers: StoredOffer[] = [];
  for (const pending of state.captures) {
    const { outcome } = decideOutcome(pending.capture.formClass, pending.capture.at, pending.observations, now);
    if (outcome === 'unknown') waiting.push(pending);
    if (outcome === 'success') offers.push({ id: pending.capture.id, capture: pending.capture, at: now, dismissed: false, accepted: null });
  }
  if (waiting.length === state.captures.length) return state;
  return { ...state, captures: waiting, offers: [...state.offers, ...offers] };
}

// The new document's hello can overtake the submit it follows (both are messages); the tab's
// hello time, when newer than the capture, is the navigation all the same.
function withNavigation(pending: PendingCapture, helloAt: number | null): Observation[] {
  const { observations, capture } = pending;
  if (helloAt === null || helloAt < capture.at || observations.some((o) => o.kind === 'navigated')) return observations;
  return [...observations, { kind: 'navigated', at: helloAt }];
}

export interface Observed {
  /** Some waiting capture took the evidence. */
  kept: boolean;
  /** Some capture was judged a success and became an offer. */
  offered: boolean;
}

const judged = (state: KeepState, now: number) => {
  const next = settle(state, now);
  // A login the site said no to (judged a failure, with its error message): the guide offers a
  // reset. Not for a login form merely shown again: the user may have left on purpose.
  const saidNo = (p: PendingCapture) => p.observations.some((o) => (o.kind === 'page' || o.kind === 'form-shown') && o.signals.includes('error-message'));
  const failed = state.captures.find((p) => p.capture.formClass === 'login' && saidNo(p) && !next.captures.includes(p) && !next.offers.some((o) => o.id === p.capture.id));
  return { state: next, offered: next.offers.length > state.offers.length, failed: failed?.capture };
};

async function addObservation(tabId: number, observation: Observation, formKey: string | null, now: number, helloAt: number | null = null): Promise<Observed> {
  const { failed, ...observed } = await judge(tabId, observation, formKey, now, helloAt);
  if (failed) await troubleAfterFailedLogin(failed.tabId, failed.url, now);
  return observed;
}

function judge(tabId: number, observation: Observation, formKey: string | null, now: number, helloAt: number | null) {
  return updateKeep(now, (state) => {
    let touched = false;
    const captures = state.captures.map((pending) => {
      const { capture } = pending;
      // A form that vanished is evidence only for the form that was submitted.
      if (capture.tabId !== tabId || observation.at < capture.at || (formKey !== null && formKey !== capture.formKey)) return pending;
      touched = true;
      return { ...pending, observations: [...withNavigation(pending, helloAt), observation] };
    });
    const { state: next, offered, failed } = judged(touched ? { ...state, captures } : state, now);
    return { state: next, result: { kept: touched, offered, failed } };
  });
}

export async function observePage(observation: PageObservation, sender: Sender, now: number): Promise<Observed> {
  if (sender.kind !== 'content' || sender.tabId === undefined || sender.frameId !== 0) return { kept: false, offered: false };
  return (observation.kind === 'form-gone'
    ? addObservation(sender.tabId, { kind: 'form-gone', at: now }, observation.formKey, now)
    : observation.kind === 'form-shown'
      ? addObservation(sender.tabId, { kind: 'form-shown', at: now, formClass: observation.formClass, cleared: observation.cleared, signals: observation.signals }, null, now)
      : addObservation(sender.tabId, { kind: 'load', at: now, status: observation.status }, null, now));
}

// Hello and reports arrive for every page; most tabs have nothing waiting, so look before writing
// (in order with the writes: the submit they follow may still be being stored).
async function waitingIn(tabId: number, now: number): Promise<boolean> {
  return (await readKeepInOrder(now)).captures.some((p) => p.capture.tabId === tabId);
}

/** A new top-frame document in the tab (from `content/hello`). */
export async function noteNavigation(tabId: number, now: number): Promise<Observed> {
  if (!(await waitingIn(tabId, now))) return { kept: false, offered: false };
  return addObservation(tabId, { kind: 'navigated', at: now }, null, now);
}

/** The tab's top-frame detection report (from `page/report`), with the time of the tab's last hello. */
export async function noteReport(tabId: number, report: PageReport, helloAt: number | null, now: number): Promise<Observed> {
  if (!(await waitingIn(tabId, now))) return { kept: false, offered: false };
  const observation: Observation = { kind: 'page', at: now, pageClass: report.pageClass, signals: report.signals.map((s) => s.kind) };
  return addObservation(tabId, observation, null, now, helloAt);
}
