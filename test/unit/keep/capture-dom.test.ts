// @vitest-environment happy-dom
// Keep's capture on DOM snapshots, content script and background together: the content script
// names the forms a submit may come from under the keys the page report gives them, with the
// values the user typed or we filled (nothing from hidden fields), and sends them with the page;
// the background classifies that page and picks the form and its values by role. The values are
// those the submit found: a page that clears or leaves at once changes nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import { liveFields } from '../../../src/keep/content/submission';
import { submitCandidates, submitRequestOf, submittedForm } from '../../../src/keep/content/submitted-form';
import { pickSubmission, SubmitRequest } from '../../../src/keep/core/submit-request';
import { classifyPage } from '../../../src/detect/core/classify';
import { snapshotPage } from '../../../src/detect/content/snapshot';
import type { Provenance } from '../../../src/keep/content/provenance';
import { detectPage } from '../../eval/detect-page';
import type { ValueSource } from '../../../src/keep/core/capture';
import { attributeVisibility as visible } from '../detect/attribute-visibility';

const PAGE = `
  <h1>Sign in</h1>
  <form id="login"><input id="email" type="email" autocomplete="username"><input id="pw" type="password" autocomplete="current-password"><button id="go">Sign in</button></form>
  <form><h2>Change password</h2><input id="cur" type="password" autocomplete="current-password"><input id="new" type="password" autocomplete="new-password"><input id="conf" type="password" autocomplete="new-password"><button id="change">Change password</button></form>
  <div id="spa"><div class="box"><input id="s-user" type="text" name="login" placeholder="Login"><input id="s-pw" type="password"><span hidden><input id="s-hidden" type="email" name="email"></span></div><div><div role="button" id="s-go">Sign in</div></div></div>`;

/** A provenance that knows what the test says was typed or filled. */
function told(sources: Record<string, ValueSource>): Provenance {
  return {
    filled: () => undefined,
    sourceOf: (el) => sources[(el as Element).id] ?? null,
    lastTouched: () => null,
  };
}

const $ = (id: string) => document.getElementById(id) as HTMLInputElement;
const type = (id: string, value: string) => void ($(id).value = value);

describe('capture in the page', () => {
  beforeEach(() => {
    document.body.innerHTML = PAGE;
  });

  /** What a submit of `target` sends, checked against the message's schema, and what the background picks from it. */
  const submit = (target: Element, fallback: Element | null, sources: Record<string, ValueSource>) => {
    const candidates = submitCandidates(document, target, fallback);
    const request = submitRequestOf(candidates, liveFields(told(sources), visible), () => snapshotPage(document, { visibility: visible }));
    if (!request) return { request, picked: null, form: null };
    expect(SubmitRequest.safeParse(request).success).toBe(true);
    const picked = pickSubmission(classifyPage(request.snapshot).forms, request.forms);
    return { request, picked, form: picked && submittedForm(candidates, picked.form) };
  };

  it('names each submitted form under the key the page report gives it, and finds its elements from the answer', () => {
    const keys = detectPage(document, { visibility: visible }).forms.map((f) => f.key);
    const all = { email: 'typed', pw: 'typed', cur: 'typed', new: 'typed', conf: 'typed', 's-user': 'typed', 's-pw': 'typed' } as const;
    for (const id of Object.keys(all)) type(id, 'Some-Value-1');
    for (const target of ['go', 'change', 's-pw']) {
      const { form } = submit($(target), null, all);
      expect(form, target).not.toBeNull();
      expect(keys).toContain(form?.key);
    }
    expect(submit($('go'), null, all).picked?.form).toMatchObject({ key: 'document:0:form:login', class: 'login' });
    expect(submit($('go'), null, all).form?.fields.map((f) => f.el.id)).toEqual(['email', 'pw']);
    // A button just outside a form-less group's container: the field typed in last names the form;
    // a click elsewhere on the page does not.
    const wrapper = document.createElement('div');
    wrapper.innerHTML = '<button id="outside">Sign in</button>';
    $('spa').append(wrapper);
    expect(submit($('outside'), $('s-user'), all).form?.fields.map((f) => f.el.id)).toContain('s-pw');
    const banner = document.createElement('button');
    document.body.append(banner);
    expect(submitCandidates(document, banner, $('s-user'))).toEqual([]);
    expect(submit(banner, $('s-user'), all).request).toBeNull();
  });

  it('sends the values by role, typed or filled only, and nothing from hidden fields', () => {
    type('email', 'ann@mail.test');
    type('pw', 'Typed-Pass-1');
    expect(submit($('go'), null, { email: 'typed', pw: 'filled' }).picked?.submission).toEqual({
      formKey: 'document:0:form:login',
      formClass: 'login',
      username: { value: 'ann@mail.test', source: 'typed' },
      currentPassword: { value: 'Typed-Pass-1', source: 'filled' },
      newPassword: null,
      confirmPassword: null,
    });
    // A value a page script wrote is not the user's: not sent (and nothing left means no submit).
    expect(submit($('go'), null, { email: 'typed' }).picked?.submission?.currentPassword).toBeNull();
    expect(submit($('go'), null, {}).request).toBeNull();

    type('cur', 'Old-Pass-1');
    type('new', 'New-Pass-2');
    type('conf', 'New-Pass-2');
    expect(submit($('change'), null, { cur: 'typed', new: 'typed', conf: 'typed' }).picked?.submission).toMatchObject({
      formClass: 'change-password',
      username: null,
      currentPassword: { value: 'Old-Pass-1' },
      newPassword: { value: 'New-Pass-2' },
      confirmPassword: { value: 'New-Pass-2' },
    });

    type('s-hidden', 'hidden@mail.test');
    type('s-pw', 'Spa-Pass-3');
    const spa = submit($('s-pw'), null, { 's-hidden': 'typed', 's-pw': 'typed' });
    expect(spa.picked?.submission?.currentPassword).toMatchObject({ value: 'Spa-Pass-3' });
    expect(spa.picked?.submission?.username).toBeNull();
    expect(JSON.stringify(spa.request)).not.toContain('hidden@mail.test');
  });

  it('sends the values the submit found, in the same message as the page, so a page that clears them after changes nothing', () => {
    type('email', 'ann@mail.test');
    type('pw', 'Typed-Pass-1');
    const { request } = submit($('go'), null, { email: 'typed', pw: 'typed' });
    type('pw', '');
    if (!request) throw new Error('nothing sent');
    // The background reads only the request: the page as it is now does not matter any more.
    expect(pickSubmission(classifyPage(request.snapshot).forms, request.forms)?.submission?.currentPassword).toEqual({ value: 'Typed-Pass-1', source: 'typed' });
  });

  it('never sends a one-time code or a payment card out of the page', () => {
    document.body.innerHTML = '<h1>Enter the code we sent you</h1><form id="otp"><input id="code" type="text" autocomplete="one-time-code" inputmode="numeric" maxlength="6"><button id="verify">Verify</button></form>';
    type('code', '123456');
    // Not only refused by the background: the code never leaves the page, and a submit with
    // nothing else to send sends nothing.
    expect(submit($('verify'), null, { code: 'typed' }).request).toBeNull();

    // A card field named by the page (any cc-* token, in any case, after a section), and a card
    // number typed where the page named nothing: neither value is sent; the login's values are.
    document.body.innerHTML = `<h1>Sign in</h1><form id="f"><input id="email" type="email" autocomplete="username"><input id="pw" type="password" autocomplete="current-password">
      <input id="cvc" type="text" autocomplete="section-pay billing CC-CSC"><input id="card" type="text" name="note"><button id="go">Sign in</button></form>`;
    type('email', 'ann@mail.test');
    type('pw', 'Typed-Pass-1');
    type('cvc', '737');
    type('card', '4111 1111 1111 1111');
    const login = submit($('go'), null, { email: 'typed', pw: 'typed', cvc: 'typed', card: 'typed' });
    const sent = JSON.stringify(login.request);
    expect(sent).not.toContain('737');
    expect(sent).not.toContain('4111');
    expect(login.picked?.submission).toMatchObject({ username: { value: 'ann@mail.test' }, currentPassword: { value: 'Typed-Pass-1' } });
  });
});
