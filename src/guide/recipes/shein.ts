// Runs anywhere. SHEIN: its FAQ ("How can I sign in to my account") sends users who cannot sign in
// to "Forgot Your Password?"; the reset is by an emailed link (enter the email, pass the captcha,
// "Send", open the mail, new password twice, "Submit"). Change: My Account -> Account Security
// (Apple's data: shein.com/user/security) -> Change password -> current and new password.
import type { RecipeInput } from '../core/recipes/schema';
import { STEP } from './steps';
import { TEXT } from './texts';
import { TIP } from './tips';
import { FORGOT_LINK_TEXTS } from './words';

export const sheinRecipe = {
  id: 'shein',
  name: 'SHEIN',
  domains: ['shein.com', 'shein.co.uk', 'shein.com.mx'],
  note: 'Regional stores are subdomains of shein.com (us., fr., de. ...); shein.co.uk and shein.com.mx are assumed to share the flow.',
  unconfirmed: true,
  flows: {
    recover: {
      steps: [
        {
          id: 'login',
          instruction: { key: 'guide_shein_login', en: 'On the SHEIN sign-in page, click "Forgot Your Password?".' },
          recognise: { pageClass: ['login'], withoutSays: ['password-changed', 'sent'] },
          pointAt: [{ by: 'signal', signal: 'forgot-password-link' }, { by: 'text', element: 'any', texts: FORGOT_LINK_TEXTS }],
          next: ['enter-email'],
        },
        {
          id: 'enter-email',
          instruction: { key: 'guide_shein_enter_email', en: 'Enter the email of your SHEIN account, complete the check, and click "Send".' },
          recognise: { pageClass: ['forgot-password'], withoutSays: ['password-changed', 'sent'] },
          pointAt: [{ by: 'role', role: 'email' }, { by: 'text', element: 'button', texts: ['send', 'submit'] }],
          tips: [TIP.captcha],
          next: ['open-mail'],
        },
        {
          id: 'open-mail',
          instruction: TEXT.checkEmail,
          recognise: { pageClass: ['none', 'login', 'forgot-password'], says: ['sent'] },
          tips: [TIP.checkSpam, TIP.linkExpires, TIP.newTab],
          external: true,
          next: ['new-password'],
          unconfirmed: true,
          note: 'Some regions send a code instead of a link; the generic code step then takes over.',
        },
        {
          id: 'new-password',
          instruction: { key: 'guide_shein_new_password', en: 'Enter the new password twice and click "Submit".' },
          recognise: { pageClass: ['set-new-password'] },
          pointAt: [{ by: 'role', role: 'new-password' }, { by: 'role', role: 'confirm-password' }],
          tips: [TIP.strongPassword],
          next: ['success'],
        },
        STEP.success,
      ],
    },
    change: {
      startUrl: '/user/security',
      steps: [
        {
          id: 'account-security',
          instruction: TEXT.account,
          recognise: { url: [{ path: '^/user/security' }], pageClass: ['none'], withoutSays: ['password-changed', 'sent'] },
          pointAt: [{ by: 'signal', signal: 'change-password-link' }, { by: 'text', element: 'any', texts: ['change password', 'password'] }],
          next: ['change-form'],
        },
        STEP.changeForm,
        STEP.changeSuccess,
      ],
    },
  },
} satisfies RecipeInput;
