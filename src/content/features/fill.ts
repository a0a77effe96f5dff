// Runs in: content script. Fills a login form when the background asks, which it does only after
// a click in the popup (a user gesture) and only for an entry that matches this page. The checks
// here repeat what can have changed since: the page's origin, the frame, the form.
import type { FillCommand, FillOutcome } from '../../core/protocol/commands';
import { onFill } from '../../platform/content-commands';
import type { Feature } from '../feature';
import { findLoginFields } from '../fill/login-fields';
import { setValue } from '../fill/set-value';

export function fillInto(doc: Document, command: FillCommand, onFilled?: (el: HTMLInputElement, value: string) => void): FillOutcome {
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
  const fields = findLoginFields(doc);
  if (!fields) return { filled: false, reason: 'no-login-form' };
  // Two-step logins show one step at a time: fill whatever the shown step asks for.
  if (fields.username && command.username) setValue(fields.username, command.username);
  if (fields.password) setValue(fields.password, command.password);
  // What we filled may be captured on submit, like what the user typed (Keep, issue #6).
  if (fields.username && command.username) onFilled?.(fields.username, command.username);
  if (fields.password) onFilled?.(fields.password, command.password);
  return { filled: true, reason: 'filled' };
}

export const fill: Feature = (ctx, signal) => {
  onFill(signal, (command) => fillInto(ctx.document, command, (el, value) => ctx.provenance.filled(el, value)));
};
