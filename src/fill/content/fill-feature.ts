// Runs in: content script. Fills a login form when the background asks, which it does only after
// a click in the popup (a user gesture) and only for an entry that matches this page. The checks
// here repeat what can have changed since: the page's origin, the frame, the form.
import type { GeneratedFillOutcome } from '../../keep/core/generated-fill';
import type { FillCommand, FillOutcome } from '../../shared/protocol/commands';
import { onFill } from '../../shared/platform/content-commands';
import type { Provenance } from '../../keep/content/provenance';
import type { Feature } from '../../content/feature';
import { findLoginFields } from './login-fields';
import { setValue } from './set-value';

export function fillInto(doc: Document, command: FillCommand, provenance?: Pick<Provenance, 'filled' | 'sourceOf'>): FillOutcome | GeneratedFillOutcome {
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
  const { password } = command;
  const generated = command.kind === 'fill-generated';
  const fields = findLoginFields(doc, generated);
  if (!fields) return { filled: false, reason: 'no-login-form' };
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
  onFill(signal, (command) => fillInto(ctx.document, command, ctx.provenance));
};
