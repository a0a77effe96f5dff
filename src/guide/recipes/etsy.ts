// Runs anywhere. Etsy, from its help article "How to Change or Reset Your Password": the "Reset
// your password" page -> the account email -> "Submit" -> an email with the subject "Reset your
// password" -> "Reset your password" in it -> new password and confirmation -> "Set Password".
// Change: Account settings -> the Password section (current, new, confirm) -> "Change Password".
// Etsy's help: "Passwords can't be changed or reset on the Etsy or Etsy Seller apps."
import type { RecipeInput } from '../core/recipes/schema';
import { STEP } from './steps';
import { TEXT } from './texts';
import { TIP } from './tips';
import { FORGOT_LINK_TEXTS } from './words';

export const etsyRecipe = {
  id: 'etsy',
  name: 'Etsy',
  domains: ['etsy.com'],
  flows: {
    recover: {
      steps: [
        {
          id: 'login',
          instruction: TEXT.login,
          recognise: { pageClass: ['login'], withoutSays: ['password-changed', 'sent'] },
          pointAt: [{ by: 'signal', signal: 'forgot-password-link' }, { by: 'text', element: 'any', texts: FORGOT_LINK_TEXTS }],
          next: ['reset-page'],
        },
        {
          id: 'reset-page',
          instruction: { key: 'guide_etsy_reset_page', en: 'Enter the email address on your Etsy account and select "Submit".' },
          recognise: { pageClass: ['forgot-password'], withoutSays: ['password-changed', 'sent'] },
          pointAt: [{ by: 'role', role: 'email' }, { by: 'text', element: 'button', texts: ['submit'] }],
          next: ['open-mail'],
        },
        {
          id: 'open-mail',
          instruction: { key: 'guide_etsy_open_mail', en: 'Open the email from Etsy titled "Reset your password" and select "Reset your password" in it.' },
          recognise: { pageClass: ['none', 'login', 'forgot-password'], says: ['sent'] },
          tips: [TIP.checkSpam, TIP.linkExpires, TIP.newTab],
          external: true,
          next: ['new-password'],
          unconfirmed: true,
          note: 'The confirmation page wording after "Submit" is not quoted in the help article.',
        },
        {
          id: 'new-password',
          instruction: { key: 'guide_etsy_new_password', en: 'Enter your new password, confirm it, and select "Set Password".' },
          recognise: { pageClass: ['set-new-password'] },
          pointAt: [{ by: 'role', role: 'new-password' }, { by: 'role', role: 'confirm-password' }, { by: 'text', element: 'button', texts: ['set password'] }],
          tips: [TIP.strongPassword],
          next: ['success', 'security-code'],
        },
        {
          // Etsy's sign-in page (in the corpus): "For your security, we ask for a security code
          // for new device sign ins", sent by email, with "Resend security code".
          id: 'security-code',
          instruction: { key: 'guide_etsy_security_code', en: 'Etsy emailed you a six-digit security code for this device: enter it and select "Sign in".' },
          recognise: { pageClass: ['verification-code'] },
          pointAt: [{ by: 'role', role: 'one-time-code' }, { by: 'text', element: 'button', texts: ['sign in'] }],
          tips: [TIP.checkSpam, { key: 'guide_etsy_tip_resend_code', en: 'No code after a few minutes? Select "Resend security code".' }],
          next: ['success'],
          unconfirmed: true,
          note: 'The page asks for the code on sign-ins from a new device; that Etsy shows it right after a reset is assumed.',
        },
        STEP.success,
      ],
    },
    change: {
      startUrl: '/your/account',
      steps: [
        {
          id: 'change-form',
          instruction: { key: 'guide_etsy_change_form', en: 'In the Password section, fill in your current password and the new one twice, then select "Change Password".' },
          recognise: { pageClass: ['change-password'] },
          pointAt: [{ by: 'role', role: 'current-password' }, { by: 'role', role: 'new-password' }, { by: 'text', element: 'button', texts: ['change password'] }],
          tips: [TIP.strongPassword],
          next: ['change-success'],
        },
        STEP.changeSuccess,
      ],
    },
  },
} satisfies RecipeInput;
