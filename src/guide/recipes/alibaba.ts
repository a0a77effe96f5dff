// Runs anywhere. Alibaba.com, from its FAQ "What can I do if I forgot my password?": "Forgot
// Password" on the Sign In page -> the registered email and the slider check -> "Submit" -> verify
// by email, by phone, or by answering questions -> the code (valid 15 minutes; "Click here to
// receive verification code" sends it again) -> the reset page. Password rules from "What is a
// safe password?": 6-20 characters, letters, numbers and punctuation, at least 2 kinds. Change
// (FAQ "How do I change my password?"): My Alibaba -> Account Settings -> "Change Password" ->
// the security question -> the new password twice.
import type { RecipeInput } from '../core/recipes/schema';
import { STEP } from './steps';
import { TEXT } from './texts';
import { TIP } from './tips';
import { FORGOT_LINK_TEXTS } from './words';

export const alibabaRecipe = {
  id: 'alibaba',
  name: 'Alibaba.com',
  domains: ['alibaba.com'],
  // "At least 2 kinds" cannot be said in Apple's rules language; requiring a lowercase letter and
  // a digit is one way to always satisfy it.
  rules: { text: 'minlength: 6; maxlength: 20; required: lower; required: digit; allowed: upper, special;' },
  flows: {
    recover: {
      steps: [
        {
          id: 'login',
          instruction: TEXT.login,
          recognise: { pageClass: ['login'], withoutSays: ['password-changed', 'sent'] },
          pointAt: [{ by: 'signal', signal: 'forgot-password-link' }, { by: 'text', element: 'link', texts: FORGOT_LINK_TEXTS }],
          next: ['enter-email'],
        },
        {
          id: 'enter-email',
          instruction: { key: 'guide_alibaba_enter_email', en: 'Enter the email you registered with Alibaba.com and click "Submit".' },
          recognise: { pageClass: ['forgot-password'], withoutSignals: ['captcha'], withoutSays: ['password-changed', 'sent'] },
          pointAt: [{ by: 'role', role: 'email' }, { by: 'text', element: 'button', texts: ['submit', 'next'] }],
          tips: [TIP.sliderCheck],
          next: ['slider-check', 'choose-method'],
        },
        {
          id: 'slider-check',
          instruction: { key: 'guide_alibaba_slider_check', en: 'Drag the slider to the right to pass the check, then click "Submit".' },
          recognise: { pageClass: ['forgot-password', 'none'], signals: ['captcha'] },
          pointAt: [{ by: 'css', selector: '.nc_iconfont.btn_slide, .nc-container, [id*="nc_"]' }],
          next: ['choose-method'],
        },
        {
          id: 'choose-method',
          instruction: { key: 'guide_alibaba_choose_method', en: 'Choose how to verify: by email, by phone (if you linked one), or by answering your security questions.' },
          recognise: { pageClass: ['none'], keywords: ['email verification', 'phone verification', 'answering questions', 'verify your account', 'receive verification code'] },
          pointAt: [{ by: 'text', element: 'any', texts: ['email verification', 'by email'] }],
          tips: [TIP.smsAlternative],
          next: ['enter-code'],
        },
        {
          id: 'enter-code',
          instruction: TEXT.enterCode,
          recognise: { pageClass: ['verification-code'] },
          pointAt: [{ by: 'role', role: 'one-time-code' }],
          tips: [{ key: 'guide_alibaba_tip_code_15_min', en: 'The code is valid for 15 minutes. No code after 15 minutes? Click "Click here to receive verification code" once.' }, TIP.checkSpam],
          next: ['new-password'],
        },
        STEP.newPassword,
        STEP.success,
      ],
    },
    change: {
      startUrl: 'https://i.alibaba.com/buyer/accounts/account_settings',
      steps: [
        {
          id: 'account-settings',
          instruction: { key: 'guide_alibaba_account_settings', en: 'In Account Settings, click "Change Password".' },
          recognise: { url: [{ path: 'account_settings' }], pageClass: ['none'], withoutSays: ['password-changed', 'sent'] },
          pointAt: [{ by: 'signal', signal: 'change-password-link' }, { by: 'text', element: 'any', texts: ['change password'] }],
          next: ['security-question', 'change-form'],
        },
        {
          id: 'security-question',
          instruction: { key: 'guide_alibaba_security_question', en: 'Answer your security question (or set one if Alibaba asks you to).' },
          recognise: { pageClass: ['none'], keywords: ['security question'] },
          next: ['change-form'],
          unconfirmed: true,
          note: 'From an older FAQ; newer accounts may be asked for an email code instead.',
        },
        {
          id: 'change-form',
          instruction: TEXT.newPassword,
          recognise: { pageClass: ['change-password', 'set-new-password'] },
          pointAt: [{ by: 'role', role: 'new-password' }, { by: 'role', role: 'confirm-password' }],
          tips: [TIP.strongPassword],
          next: ['change-success'],
        },
        STEP.changeSuccess,
      ],
    },
  },
} satisfies RecipeInput;
