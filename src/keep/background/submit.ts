// Runs in: background. `keep/submit` from a content script: a credential form was submitted. The
// page as the submit found it is classified here, and the submitted form and its values picked by
// role (keep/core/submit-request.ts). Tab, frame, URL and origin come from the MessageSender, never
// the payload (the snapshot's URL must be of the sender's origin); the values pass the
// filters (keep/core/clean.ts) before anything is kept; never-save sites and disabled prompts
// keep nothing. The reply says only whether something was kept: nothing about the vault.
import type { Submission } from '../core/capture';
import { pickSubmission, type SubmitReply, type SubmitRequest } from '../core/submit-request';
import { classifyPage } from '../../detect/core/classify';
import { checkReportOrigin } from '../../background/speaks-for';
import { cleanSubmission } from '../core/clean';
import { remember } from '../core/identity';
import { isNeverSave } from '../core/never-save';
import { isLoginStepOne, withStepOne } from '../core/two-step';
import type { Sender } from '../../shared/protocol/sender';
import { readSettings } from '../../settings/background/settings';
import { sealForKeep } from './secrets';
import { updateKeep } from './store';

/** The page URL without query and fragment: a reset link's token stays out of storage. */
export function pageUrlOf(senderUrl: string): string {
  const url = new URL(senderUrl);
  return `${url.origin}${url.pathname}`;
}

/** Classifies the submitted page, picks the form and keeps what it carried (`submitCapture`). */
export async function submitFromPage({ snapshot, forms }: SubmitRequest, sender: Sender, now: number): Promise<SubmitReply> {
  checkReportOrigin(snapshot.url, sender);
  const picked = pickSubmission(classifyPage(snapshot).forms, forms);
  if (!picked?.submission) return { kept: false, form: null };
  const { kept } = await submitCapture(picked.submission, sender, now);
  return { kept, form: { key: picked.form.key, fields: picked.form.fields.map(({ index, role }) => ({ index, role })) } };
}

export async function submitCapture(submission: Submission, sender: Sender, now: number): Promise<{ kept: boolean }> {
  // The content script runs in top frames only; anything else is not a page we prompt on.
  if (sender.kind !== 'content' || sender.tabId === undefined || sender.frameId !== 0) return { kept: false };
  const facts = { id: crypto.randomUUID(), tabId: sender.tabId, url: pageUrlOf(sender.url), origin: sender.origin, at: now };
  const capture = cleanSubmission(submission, facts);
  if (!capture) return { kept: false };
  // Queued at once, settings read inside: the next page's messages may already be on their way.
  return updateKeep<{ kept: boolean }>(now, async (state) => {
    const settings = await readSettings();
    if (!settings.promptsEnabled || isNeverSave(settings.neverSave, sender.url)) return { state, result: { kept: false } };
    const identity = (kind: 'forgot' | 'login-step') => remember(state.identities, { kind, url: capture.url, username: capture.username ?? '', at: now }, now);
    // Steps that only name the account are remembered for the step that follows, not offered.
    if (capture.formClass === 'forgot-password') return { state: { ...state, identities: identity('forgot') }, result: { kept: true } };
    if (isLoginStepOne(capture)) return { state: { ...state, identities: identity('login-step') }, result: { kept: true } };
    // Its passwords sealed: none is readable in storage once the vault locks (secrets.ts). With no
    // key to seal to (no vault yet, or one not unlocked since it got its capture key), nothing is kept.
    const merged = await sealForKeep(withStepOne(capture, state.identities, now));
    if (!merged) return { state, result: { kept: false } };
    // A new submit of the same form supersedes one still waiting (the user tried again).
    const others = state.captures.filter((p) => !(p.capture.tabId === merged.tabId && p.capture.formKey === merged.formKey));
    return { state: { ...state, captures: [...others, { capture: merged, observations: [] }] }, result: { kept: true } };
  });
}
