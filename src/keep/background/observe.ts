// Runs in: background. Evidence after a submit (keep/core/observation.ts) from the content script
// (`keep/observe`) and from the background's own view of the tab (a new document's hello, its
// report). Each piece re-runs "did it work?" (keep/core/outcome.ts): a failure drops the capture,
// a success turns it into an offer, anything else waits (with a time limit, state.ts). The next
// document's evidence may be handled before the submit it follows: it counts by document
// (keep/core/document.ts), and what the tab showed before the capture was stored is read back then
// (`evidenceBefore`).
import type { PageReport } from '../../detect/core/model';
import type { TabState } from '../../shared/protocol/shapes';
import { evidenceTime, otherDocument, pageUrlOf, type DocumentRef } from '../core/document';
import type { Observation, PageObservation } from '../core/observation';
import { decideOutcome } from '../core/outcome';
import type { SealedCapture } from '../core/sealed-capture';
import type { KeepState, PendingCapture, StoredOffer } from '../core/state';
import type { Sender } from '../../shared/protocol/sender';
import { troubleAfterFailedLogin } from '../../guide/background/trouble';
import { lastLoad, rememberLoad } from './recent-loads';
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

/** The document a content script's message came from. */
export const documentOf = (sender: Pick<Sender, 'url' | 'documentId'>): DocumentRef => ({ url: pageUrlOf(sender.url), documentId: sender.documentId });

const submitterOf = (capture: SealedCapture): DocumentRef => ({ url: capture.url, documentId: capture.documentId });

/** A tab's hello: when the background had it, and from which document. */
export interface Hello {
  at: number;
  from: DocumentRef;
}

// The new document's hello can overtake the submit it follows (both are messages), or the
// report's Keep part can be the first to find the capture: the tab's hello is the navigation all
// the same, when it came after the capture or from another document than the submitter's.
function withNavigation(pending: PendingCapture, hello: Hello | null): Observation[] {
  const { observations, capture } = pending;
  if (hello === null || observations.some((o) => o.kind === 'navigated')) return observations;
  const at = evidenceTime(hello.at, hello.from, capture.at, submitterOf(capture));
  return at === null ? observations : [...observations, { kind: 'navigated', at }];
}

const helloDocument = (hello: { url: string; documentId?: string | undefined }): DocumentRef => ({ url: pageUrlOf(hello.url), documentId: hello.documentId });

/**
 * What the tab showed before the capture was stored, as evidence for it: when the tab's last hello
 * came from another document than the submitter's, and the submitter's own hello is among the ones
 * before it (so that document came after the submitter, not before: a hello that never reached
 * the background would otherwise make the page before it look like the next), that document's
 * arrival, its report and its load status (each handled before the submit, so none found the
 * capture to take it), timed at the capture. The submitter's own hello and report say nothing
 * about the submit.
 */
export function evidenceBefore(capture: SealedCapture, tab: TabState): Observation[] {
  const { hello, earlier = [], report } = tab;
  if (!hello) return [];
  const next = helloDocument(hello);
  const submitter = submitterOf(capture);
  if (!otherDocument(next, submitter) || !earlier.some((h) => !otherDocument(helloDocument(h), submitter))) return [];
  const at = capture.at;
  const seen: Observation[] = [{ kind: 'navigated', at }];
  if (report) seen.push({ kind: 'page', at, pageClass: report.pageClass, signals: report.signals.map((s) => s.kind) });
  const load = lastLoad(capture.tabId);
  if (load && !otherDocument(load.from, next)) seen.push({ kind: 'load', at, status: load.status });
  return seen;
}

export interface Observed {
  /** Some waiting capture took the evidence. */
  kept: boolean;
  /** Some capture was judged a success and became an offer. */
  offered: boolean;
}

export const judged = (state: KeepState, now: number) => {
  const next = settle(state, now);
  // A login the site said no to (judged a failure, with its error message): the guide offers a
  // reset. Not for a login form merely shown again: the user may have left on purpose.
  const saidNo = (p: PendingCapture) => p.observations.some((o) => (o.kind === 'page' || o.kind === 'form-shown') && o.signals.includes('error-message'));
  const failed = state.captures.find((p) => p.capture.formClass === 'login' && saidNo(p) && !next.captures.includes(p) && !next.offers.some((o) => o.id === p.capture.id));
  return { state: next, offered: next.offers.length > state.offers.length, failed: failed?.capture };
};

/**
 * Where a piece of evidence came from: a document of the tab (`from`; its hello when the evidence
 * is that document's report), or null for the submitting document's own follow-up, sent only
 * once its submit was answered.
 */
interface Source {
  from: DocumentRef | null;
  hello?: Hello | null;
}

async function addObservation(tabId: number, observation: Observation, formKey: string | null, source: Source, now: number): Promise<Observed> {
  const { failed, ...observed } = await judge(tabId, observation, formKey, source, now);
  // The failure was seen on the document this evidence came from (the submitter's own, for its follow-up).
  if (failed) await troubleAfterFailedLogin(failed.tabId, source.from?.url ?? failed.url, now);
  return observed;
}

function judge(tabId: number, observation: Observation, formKey: string | null, { from, hello = null }: Source, now: number) {
  return updateKeep(now, (state) => {
    let touched = false;
    const captures = state.captures.map((pending) => {
      const { capture } = pending;
      const at = evidenceTime(observation.at, from, capture.at, submitterOf(capture));
      // A form that vanished is evidence only for the form that was submitted.
      if (capture.tabId !== tabId || at === null || (formKey !== null && formKey !== capture.formKey)) return pending;
      touched = true;
      return { ...pending, observations: [...withNavigation(pending, hello), { ...observation, at }] };
    });
    const { state: next, offered, failed } = judged(touched ? { ...state, captures } : state, now);
    return { state: next, result: { kept: touched, offered, failed } };
  });
}

export async function observePage(observation: PageObservation, sender: Sender, now: number): Promise<Observed> {
  if (sender.kind !== 'content' || sender.tabId === undefined || sender.frameId !== 0) return { kept: false, offered: false };
  if (observation.kind === 'form-gone') return addObservation(sender.tabId, { kind: 'form-gone', at: now }, observation.formKey, { from: null }, now);
  if (observation.kind === 'form-shown') {
    const shown: Observation = { kind: 'form-shown', at: now, formClass: observation.formClass, cleared: observation.cleared, signals: observation.signals };
    return addObservation(sender.tabId, shown, null, { from: null }, now);
  }
  // Kept for a submit not stored yet: the new page's status may come before it (evidenceBefore).
  const from = documentOf(sender);
  rememberLoad(sender.tabId, from, observation.status);
  return addObservation(sender.tabId, { kind: 'load', at: now, status: observation.status }, null, { from }, now);
}

// Hello and reports arrive for every page; most tabs have nothing waiting, so look before writing
// (in order with the writes: the submit they follow may still be being stored).
async function waitingIn(tabId: number, now: number): Promise<boolean> {
  return (await readKeepInOrder(now)).captures.some((p) => p.capture.tabId === tabId);
}

/** A new top-frame document in the tab (from `content/hello`): `hello.at` is when it came. */
export async function noteNavigation(tabId: number, hello: Hello, now: number): Promise<Observed> {
  if (!(await waitingIn(tabId, now))) return { kept: false, offered: false };
  return addObservation(tabId, { kind: 'navigated', at: hello.at }, null, { from: hello.from }, now);
}

/** The tab's top-frame detection report (from `page/report`), with the tab's last hello: the document that sent it. */
export async function noteReport(tabId: number, report: PageReport, hello: Hello, now: number): Promise<Observed> {
  if (!(await waitingIn(tabId, now))) return { kept: false, offered: false };
  const observation: Observation = { kind: 'page', at: now, pageClass: report.pageClass, signals: report.signals.map((s) => s.kind) };
  return addObservation(tabId, observation, null, { from: hello.from, hello }, now);
}
