// Runs anywhere. Amazon, from its help page "Reset Your Password" (Password assistance: email or
// mobile number -> Continue -> a One Time Password by email or SMS -> enter it -> create a new
// password) and "Change Your Account Settings" (Your Account -> Login & security -> Password:
// Edit -> Save changes). Paths /ap/signin and /ap/forgotpassword are Amazon's sign-in pages on
// every regional store; /ax/account/manage is the Login & security page (Apple's
// change-password-URLs data lists it for each region).
import type { RecipeInput } from '../core/recipes/schema';
import { STEP } from './steps';
import { TIP } from './tips';
import { FORGOT_LINK_TEXTS } from './words';

export const amazonRecipe = {
  id: 'amazon',
  name: 'Amazon',
  domains: [
    'amazon.com', 'amazon.ca', 'amazon.com.mx', 'amazon.com.br', 'amazon.co.uk', 'amazon.de', 'amazon.fr', 'amazon.it',
    'amazon.es', 'amazon.nl', 'amazon.se', 'amazon.pl', 'amazon.com.be', 'amazon.com.tr', 'amazon.ae', 'amazon.sa',
    'amazon.eg', 'amazon.in', 'amazon.co.jp', 'amazon.sg', 'amazon.com.au',
  ],
  rules: {
    text: 'minlength: 6;',
    unconfirmed: true,
    note: 'Amazon\'s sign-up form says "Passwords must be at least 6 characters"; no other rule is published.',
  },
  flows: {
    recover: {
      steps: [
        {
          id: 'login',
          instruction: { key: 'guide_amazon_login', en: 'On the Amazon sign-in page, click "Forgot your password?" (or "Need help?").' },
          recognise: { url: [{ path: '^/ap/signin' }], pageClass: ['login'], withoutSays: ['password-changed', 'sent'] },
          pointAt: [{ by: 'signal', signal: 'forgot-password-link' }, { by: 'text', element: 'link', texts: [...FORGOT_LINK_TEXTS, 'need help'] }],
          next: ['password-assistance'],
        },
        {
          id: 'password-assistance',
          instruction: { key: 'guide_amazon_password_assistance', en: 'Enter the email or mobile number of your Amazon account and click "Continue".' },
          // Its one field may read as the first step of a sign-in (a lone email box declared
          // "username"): the path says which it is.
          recognise: { url: [{ path: '^/ap/forgotpassword' }], pageClass: ['forgot-password', 'login'], withoutSays: ['password-changed', 'sent'] },
          pointAt: [{ by: 'role', role: 'email' }, { by: 'role', role: 'username' }, { by: 'text', element: 'button', texts: ['continue'] }],
          tips: [TIP.captcha],
          next: ['enter-otp'],
        },
        {
          id: 'enter-otp',
          instruction: { key: 'guide_amazon_enter_otp', en: 'Enter the one-time password (OTP) Amazon sent by email or SMS and click "Continue".' },
          recognise: { pageClass: ['verification-code'] },
          pointAt: [{ by: 'role', role: 'one-time-code' }, { by: 'text', element: 'button', texts: ['continue'] }],
          tips: [TIP.checkSpam, TIP.resendAfterMinute, TIP.codeExpires],
          next: ['new-password'],
        },
        {
          id: 'new-password',
          instruction: { key: 'guide_amazon_new_password', en: 'Create the new password, type it again, and click "Save changes".' },
          recognise: { pageClass: ['set-new-password'] },
          pointAt: [{ by: 'role', role: 'new-password' }, { by: 'role', role: 'confirm-password' }],
          tips: [TIP.strongPassword],
          next: ['success'],
        },
        STEP.success,
      ],
    },
    change: {
      startUrl: '/ax/account/manage',
      steps: [
        {
          id: 'login-security',
          instruction: { key: 'guide_amazon_login_security', en: 'In Login & security, click "Edit" next to Password.' },
          recognise: { url: [{ path: '^/ax/account/manage' }], pageClass: ['none'], withoutSays: ['password-changed', 'sent'] },
          pointAt: [{ by: 'signal', signal: 'change-password-link' }, { by: 'text', element: 'any', texts: ['edit', 'bearbeiten', 'modifier', 'editar', 'modifica'] }],
          next: ['change-form'],
          unconfirmed: true,
          note: 'The Edit button has no stable text or id of its own; the pointer may not find it.',
        },
        {
          id: 'change-form',
          instruction: { key: 'guide_amazon_change_form', en: 'Enter your current password and the new one twice, then click "Save changes".' },
          recognise: { pageClass: ['change-password'] },
          pointAt: [{ by: 'role', role: 'current-password' }, { by: 'role', role: 'new-password' }, { by: 'role', role: 'confirm-password' }],
          tips: [TIP.strongPassword],
          next: ['change-success'],
        },
        STEP.changeSuccess,
      ],
    },
  },
} satisfies RecipeInput;
