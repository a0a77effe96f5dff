// Runs in: background. `keep/submit` from a content script: a credential form was submitted. The
// page as the submit found it is classified here, and the submitted form and its values picked by
// role (keep/core/submit-request.ts). Tab, frame, URL and origin come from the MessageSender, never
// the payload (the snapshot's URL must be of the sender's origin); the values pass the
// filters (keep/core/clean.ts) before anything is kept; never-save sites and disabled prompts
// keep nothing. The reply says only whether something was kept: nothing about the vault.
import type { Submission } from '../core/capture';
import type { KeepState } from '../core/state';
import type { SealedCapture } from '../core/sealed-capture';
import { pickSubmission, type SubmitReply, type SubmitRequest } from '../core/submit-request';
import { classifyPage } from '../../detect/core/classify';
import { checkReportOrigin } from '../../background/speaks-for';
import { cleanSubmission } from '../core/clean';
import { remember } from '../core/identity';
import { isNeverSave } from '../core/never-save';
import { isLoginStepOne, withStepOne } from '../core/two-step';
import type { Sender } from '../../shared/protocol/sender';
import { readSettings } from '../../settings/background/settings';
import { pageUrlOf } from '../core/document';
import { readTab } from '../../detect/background/tab-state';
import { troubleAfterFailedLogin } from '../../guide/background/trouble';
import { evidenceBefore, judged } from './observe';
import { sealForKeep } from './secrets';
import { updateKeep } from './store';

/** What became of a submit: kept or not, and whether the evidence already there decided it a success. */
export interface Submitted {
  kept: boolean;
  offered: boolean;
}

/** Classifies the submitted page, picks the form and keeps what it carried (`submitCapture`). */
export async function submitFromPage({ snapshot, forms }: SubmitRequest, sender: Sender, now: number): Promise<{ reply: SubmitReply; offered: boolean }> {
  checkReportOrigin(snapshot.url, sender);
  const picked = pickSubmission(classifyPage(snapshot).forms, forms);
  if (!picked?.submission) return { reply: { kept: false, form: null }, offered: false };
  const { kept, offered } = await submitCapture(picked.submission, sender, now);
  return { reply: { kept, form: { key: picked.form.key, fields: picked.form.fields.map(({ index, role }) => ({ index, role })) } }, offered };
}

const NOT_KEPT: Submitted = { kept: false, offered: false };

export async function submitCapture(submission: Submission, sender: Sender, now: number): Promise<Submitted> {
  // The content script runs in top frames only; anything else is not a page we prompt on.
  if (sender.kind !== 'content' || sender.tabId === undefined || sender.frameId !== 0) return NOT_KEPT;
  const { tabId } = sender;
  const doc = sender.documentId === undefined ? {} : { documentId: sender.documentId };
  const facts = { id: crypto.randomUUID(), tabId, url: pageUrlOf(sender.url), origin: sender.origin, ...doc, at: now };
  const capture = cleanSubmission(submission, facts);
  if (!capture) return NOT_KEPT;
  // Queued at once, settings read inside: the next page's messages may already be on their way.
  // The page the tab showed when the submit was judged: a failure was seen there.
  let shownBefore = capture.url;
  const { failed, ...submitted } = await updateKeep<Submitted & { failed: SealedCapture | undefined }>(now, async (state) => {
    const kept = (next: KeepState) => ({ state: next, result: { kept: true, offered: false, failed: undefined } });
    const settings = await readSettings();
    if (!settings.promptsEnabled || isNeverSave(settings.neverSave, sender.url)) return { state, result: { ...NOT_KEPT, failed: undefined } };
    const identity = (kind: 'forgot' | 'login-step') => remember(state.identities, { kind, url: capture.url, username: capture.username ?? '', at: now }, now);
    // Steps that only name the account are remembered for the step that follows, not offered.
    if (capture.formClass === 'forgot-password') return kept({ ...state, identities: identity('forgot') });
    if (isLoginStepOne(capture)) return kept({ ...state, identities: identity('login-step') });
    // Its passwords sealed: none is readable in storage once the vault locks (secrets.ts). With no
    // key to seal to (no vault yet, or one not unlocked since it got its capture key), nothing is kept.
    const merged = await sealForKeep(withStepOne(capture, state.identities, now));
    if (!merged) return { state, result: { ...NOT_KEPT, failed: undefined } };
    // A new submit of the same form supersedes one still waiting (the user tried again).
    const others = state.captures.filter((p) => !(p.capture.tabId === merged.tabId && p.capture.formKey === merged.formKey));
    // The next page may have come before its submit: what the tab shows now is judged at once.
    const tab = await readTab(tabId);
    shownBefore = tab.hello?.url ?? capture.url;
    const pending = { capture: merged, observations: evidenceBefore(merged, tab) };
    const { state: next, offered, failed } = judged({ ...state, captures: [...others, pending] }, now);
    return { state: next, result: { kept: true, offered, failed } };
  });
  if (failed) await troubleAfterFailedLogin(failed.tabId, shownBefore, now);
  return submitted;
}
