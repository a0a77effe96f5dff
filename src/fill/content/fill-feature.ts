// Runs in: content script. Fills a login form when the background asks, which it does only after
// a click in the popup (a user gesture) and only for an entry that matches this page. The checks
// here repeat what can have changed since: the page's origin, the frame, the form.
import type { FillCommand, FillOutcome, GeneratedFillOutcome } from '../../shared/protocol/commands';
import { onTabCommand } from '../../shared/platform/content-commands';
import type { Provenance } from '../../keep/content/provenance';
import type { Feature } from '../../content/feature';
import type { Detection } from '../../detect/content/classified';
import { snapshotPage } from '../../detect/content/snapshot';
import { findLoginFields, type LoginFields } from './login-fields';
import { setValue } from './set-value';

/**
 * Fills the command's entry: checks the frame and the page's origin, then fills the login form
 * the page's classification names, as the page is when its classification is known (one round
 * trip to the background when the forms changed since it last classified them).
 */
export async function fillInto(doc: Document, command: FillCommand, detection: Pick<Detection, 'classified'>, provenance?: Pick<Provenance, 'filled' | 'sourceOf'>): Promise<FillOutcome | GeneratedFillOutcome> {
  const generated = command.kind === 'fill-generated';
  const refused = checkPage(doc, command);
  if (refused) return refused;
  const done = await detection.classified(() => snapshotPage(doc), (page) => {
    // Checked again: the page may have moved on while its forms were being classified.
    const moved = checkPage(doc, command);
    if (moved) return moved;
    const fields = findLoginFields(doc, page, generated);
    return fields ? fillFields(fields, command, provenance) : { filled: false, reason: 'no-login-form' as const };
  });
  return done ?? { filled: false, reason: 'no-login-form' };
}

function checkPage(doc: Document, command: FillCommand): FillOutcome | null {
  const win = doc.defaultView;
  // Top frame only, and never a sandboxed document (its origin is opaque: "null").
  if (!win || win.top !== win || win.origin === 'null') return { filled: false, reason: 'frame-refused' };
  let expected: string;
  try {
    expected = new URL(command.pageUrl).origin;
  } catch {
    return { filled: false, reason: 'page-changed' };
  }
  if (doc.location.origin !== expected) return { filled: false, reason: 'page-changed' };
  return null;
}

function fillFields(fields: LoginFields, command: FillCommand, provenance?: Pick<Provenance, 'filled' | 'sourceOf'>): FillOutcome | GeneratedFillOutcome {
  const { password } = command;
  const generated = command.kind === 'fill-generated';
  // What we filled may be captured on submit, like what the user typed (Keep).
  const put = (el: HTMLInputElement | null, value: string) => {
    if (el && value) setValue(el, value);
    if (el && value) provenance?.filled(el, value, generated ? 'generated' : 'filled');
  };
  if (generated) {
    fields.fresh.forEach((el) => put(el, password));
    // The account it is for, if the user typed it in this form: the background saves under it.
    const user = fields.username;
    return { filled: true, reason: 'filled', username: user && provenance?.sourceOf(user) ? user.value : null };
  }
  // Two-step logins show one step at a time: fill whatever the shown step asks for.
  put(fields.username, command.username);
  put(fields.password, password);
  return { filled: true, reason: 'filled' };
}

export const fill: Feature = (ctx, signal) => {
  onTabCommand(signal, 'fill', (command) => fillInto(ctx.document, command, ctx.detection, ctx.provenance));
  // A refused fill has no username to tell, and its reply must still say why.
  onTabCommand(signal, 'fill-generated', async (command) => ({ username: null, ...(await fillInto(ctx.document, command, ctx.detection, ctx.provenance)) }));
};
