// Runs anywhere. DSers, from its help article "Change password" (../shared/seeds/000): on the
// login screen "Forgot Password?" -> a pop-up asks for the account email -> "Email instructions"
// -> a notification says the email was sent -> in the mail (or Spam/Junk) click "Reset password"
// -> new password twice -> a notification -> log in again. Change: Setting -> Account -> "Change
// password" -> old password, new password twice -> "Reset Password" -> back to the sign-in page.
// DSers does not publish its URLs or password rules, so recognition is by page class and signals.
import type { RecipeInput } from '../core/recipes/schema';
import { TIP } from './tips';
import { FORGOT_LINK_TEXTS } from './words';

export const dsersRecipe = {
  id: 'dsers',
  name: 'DSers',
  domains: ['dsers.com'],
  flows: {
    recover: {
      steps: [
        {
          id: 'login',
          instruction: { key: 'guide_dsers_login', en: 'On the DSers login screen, click "Forgot Password?".' },
          recognise: { pageClass: ['login'], withoutSays: ['password-changed', 'sent'] },
          pointAt: [{ by: 'signal', signal: 'forgot-password-link' }, { by: 'text', element: 'any', texts: FORGOT_LINK_TEXTS }],
          next: ['enter-email'],
        },
        {
          id: 'enter-email',
          instruction: { key: 'guide_dsers_enter_email', en: 'Enter the email of your DSers account and click "Email instructions".' },
          // The help article: "A new window will pop-up": over the login form, which stays the page's.
          recognise: { forms: ['forgot-password'], withoutSays: ['password-changed', 'sent'] },
          pointAt: [{ by: 'text', element: 'button', texts: ['email instructions'] }, { by: 'role', role: 'email' }],
          next: ['open-mail'],
        },
        {
          id: 'open-mail',
          instruction: { key: 'guide_dsers_open_mail', en: 'Open the email DSers just sent you and click its "Reset password" button.' },
          recognise: { pageClass: ['none', 'login', 'forgot-password'], says: ['sent'] },
          tips: [TIP.checkSpam, TIP.newTab],
          external: true,
          next: ['new-password'],
          unconfirmed: true,
          note: 'The help article shows the notification but not its wording; recognised by the usual "email sent" phrases.',
        },
        {
          id: 'new-password',
          instruction: { key: 'guide_dsers_new_password', en: 'Enter your new password, then confirm it by typing it again.' },
          recognise: { pageClass: ['set-new-password'] },
          pointAt: [{ by: 'role', role: 'new-password' }, { by: 'role', role: 'confirm-password' }],
          tips: [TIP.strongPassword],
          next: ['success'],
        },
        {
          id: 'success',
          instruction: { key: 'guide_dsers_success', en: 'Your password is reset. Log in to DSers with the new password.' },
          recognise: { says: ['password-changed'] },
          unconfirmed: true,
          note: 'The help article says "a notification will appear" without quoting it.',
        },
      ],
    },
    change: {
      steps: [
        {
          id: 'account-settings',
          instruction: { key: 'guide_dsers_account_settings', en: 'Go to Setting, then Account; in the "Reset password" part click "Change password".' },
          // "Find the Reset password part and click on the button of Change password": a button, so
          // no link signal; the part's heading or the button's words say it.
          recognise: { pageClass: ['none'], keywords: ['reset password', 'change password'], withoutSays: ['password-changed', 'sent'] },
          pointAt: [{ by: 'text', element: 'button', texts: ['change password'] }, { by: 'signal', signal: 'change-password-link' }],
          next: ['change-form'],
        },
        {
          id: 'change-form',
          instruction: { key: 'guide_dsers_change_form', en: 'Type your old password first, then the new password twice, and click "Reset Password".' },
          recognise: { pageClass: ['change-password'] },
          pointAt: [{ by: 'role', role: 'current-password' }, { by: 'role', role: 'new-password' }, { by: 'role', role: 'confirm-password' }, { by: 'text', element: 'button', texts: ['reset password'] }],
          tips: [TIP.strongPassword],
          next: ['sign-in-again'],
        },
        {
          id: 'sign-in-again',
          instruction: { key: 'guide_dsers_sign_in_again', en: 'DSers signed you out: log in again with your new password.' },
          recognise: { pageClass: ['login'] },
          pointAt: [{ by: 'role', role: 'current-password' }],
        },
      ],
    },
  },
} satisfies RecipeInput;
