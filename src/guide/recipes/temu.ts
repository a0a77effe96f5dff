// Runs anywhere. Temu. Temu publishes no help article for password recovery that we could find,
// so the flow is the common one (sign in -> "Forgot password?" -> email or phone -> code ->
// new password) and marked unconfirmed. Apple's change-password-URLs data lists
// www.temu.com/bgp_account_security.html (Account security) for changing it.
import type { RecipeInput } from '../core/recipes/schema';
import { STEP } from './steps';
import { TEXT } from './texts';
import { TIP } from './tips';
import { FORGOT_LINK_TEXTS } from './words';

export const temuRecipe = {
  id: 'temu',
  name: 'Temu',
  domains: ['temu.com'],
  unconfirmed: true,
  note: 'No official Temu help page on password recovery found; steps follow the generic flow.',
  flows: {
    recover: {
      steps: [
        {
          id: 'login',
          instruction: TEXT.login,
          recognise: { pageClass: ['login'], withoutSays: ['password-changed', 'sent'] },
          pointAt: [{ by: 'signal', signal: 'forgot-password-link' }, { by: 'text', element: 'any', texts: FORGOT_LINK_TEXTS }],
          next: ['enter-account'],
        },
        {
          id: 'enter-account',
          instruction: TEXT.forgotForm,
          recognise: { pageClass: ['forgot-password'], withoutSays: ['password-changed', 'sent'] },
          pointAt: [{ by: 'role', role: 'email' }, { by: 'role', role: 'phone' }],
          tips: [TIP.captcha],
          next: ['enter-code'],
        },
        {
          id: 'enter-code',
          instruction: TEXT.enterCode,
          recognise: { pageClass: ['verification-code'] },
          pointAt: [{ by: 'role', role: 'one-time-code' }],
          tips: [TIP.checkSpam, TIP.resendAfterMinute],
          next: ['new-password'],
        },
        STEP.newPassword,
        STEP.success,
      ],
    },
    change: {
      startUrl: 'https://www.temu.com/bgp_account_security.html',
      steps: [
        {
          id: 'account-security',
          instruction: { key: 'guide_temu_account_security', en: 'In Account security, click the password entry to change it.' },
          recognise: { url: [{ path: '^/([a-z]{2}(-[a-z]{2})?/)?bgp_account_security' }], pageClass: ['none'], withoutSays: ['password-changed', 'sent'] },
          pointAt: [{ by: 'signal', signal: 'change-password-link' }, { by: 'text', element: 'any', texts: ['password'] }],
          next: ['change-form'],
        },
        // Temu's change form is recognised on a page classed as a set-new-password form too.
        { ...STEP.changeForm, recognise: { pageClass: ['change-password', 'set-new-password'] } },
        STEP.changeSuccess,
      ],
    },
  },
} satisfies RecipeInput;
