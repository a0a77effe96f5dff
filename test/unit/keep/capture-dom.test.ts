// @vitest-environment happy-dom
// The content side of Keep's capture, on DOM snapshots: the submitted form is found with the same
// key the page report gives it (the background matches later observations by it), its roles map
// to the right elements, and only values the user typed or we filled are sent.
import { beforeEach, describe, expect, it } from 'vitest';
import { frozenFields, liveFields, submissionOf } from '../../../src/keep/content/submission';
import { submittedForm } from '../../../src/keep/content/submitted-form';
import { classifiedHere } from '../detect/classified-here';
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

  it('finds each submitted form under the key the page report gives it', () => {
    const keys = detectPage(document, { visibility: visible }).forms.map((f) => f.key);
    for (const target of ['go', 'change', 's-pw']) {
      const found = submittedForm(document, $(target), null, classifiedHere(document, visible));
      expect(found, target).not.toBeNull();
      expect(keys).toContain(found?.key);
    }
    expect(submittedForm(document, $('go'), null, classifiedHere(document, visible))).toMatchObject({ key: 'document:0:form:login', formClass: 'login' });
    // A button just outside a form-less group's container: the field typed in last names the form;
    // a click elsewhere on the page does not.
    const wrapper = document.createElement('div');
    wrapper.innerHTML = '<button id="outside">Sign in</button>';
    $('spa').append(wrapper);
    expect(submittedForm(document, $('outside'), $('s-user'), classifiedHere(document, visible))?.fields.map((f) => f.el.id)).toContain('s-pw');
    const banner = document.createElement('button');
    document.body.append(banner);
    expect(submittedForm(document, banner, $('s-user'), classifiedHere(document, visible))).toBeNull();
  });

  it('sends the values by role, typed or filled only, and nothing from hidden fields', () => {
    type('email', 'ann@mail.test');
    type('pw', 'Typed-Pass-1');
    const login = submittedForm(document, $('go'), null, classifiedHere(document, visible));
    if (!login) throw new Error('no login form');
    expect(submissionOf(login, liveFields(told({ email: 'typed', pw: 'filled' }), visible))).toEqual({
      formKey: 'document:0:form:login',
      formClass: 'login',
      username: { value: 'ann@mail.test', source: 'typed' },
      currentPassword: { value: 'Typed-Pass-1', source: 'filled' },
      newPassword: null,
      confirmPassword: null,
    });
    // A value a page script wrote is not the user's: not sent (and nothing left means no submit).
    expect(submissionOf(login, liveFields(told({ email: 'typed' }), visible))?.currentPassword).toBeNull();
    expect(submissionOf(login, liveFields(told({}), visible))).toBeNull();

    type('cur', 'Old-Pass-1');
    type('new', 'New-Pass-2');
    type('conf', 'New-Pass-2');
    const change = submittedForm(document, $('change'), null, classifiedHere(document, visible));
    if (!change) throw new Error('no change form');
    expect(submissionOf(change, liveFields(told({ cur: 'typed', new: 'typed', conf: 'typed' }), visible))).toMatchObject({
      formClass: 'change-password',
      username: null,
      currentPassword: { value: 'Old-Pass-1' },
      newPassword: { value: 'New-Pass-2' },
      confirmPassword: { value: 'New-Pass-2' },
    });

    type('s-hidden', 'hidden@mail.test');
    type('s-pw', 'Spa-Pass-3');
    const spa = submittedForm(document, $('s-go'), null, classifiedHere(document, visible)) ?? submittedForm(document, $('s-pw'), null, classifiedHere(document, visible));
    if (!spa) throw new Error('no form-less group');
    expect(submissionOf(spa, liveFields(told({ 's-hidden': 'typed', 's-pw': 'typed' }), visible))?.username).toBeNull();
  });

  it('sends the values the submit found, though the page cleared them before the form was classified', () => {
    type('email', 'ann@mail.test');
    type('pw', 'Typed-Pass-1');
    const read = frozenFields([$('email'), $('pw')], liveFields(told({ email: 'typed', pw: 'typed' }), visible));
    type('pw', '');
    const login = submittedForm(document, $('go'), null, classifiedHere(document, visible));
    if (!login) throw new Error('no login form');
    expect(submissionOf(login, read)?.currentPassword).toEqual({ value: 'Typed-Pass-1', source: 'typed' });
    expect(submissionOf(login, liveFields(told({ email: 'typed', pw: 'typed' }), visible))?.currentPassword).toBeNull();
  });
});
