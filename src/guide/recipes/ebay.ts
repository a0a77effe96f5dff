// Runs anywhere. eBay, from its help pages ("Resetting your password": sign-in -> "Reset your
// password" -> email or username -> Continue -> a security code by email or text, valid 15
// minutes -> new password; "Confirming Your Identity to Reset Password": "Check your email" with
// a link). Change: Account settings -> Sign in and security -> Password: Edit; Apple's data gives
// accounts.ebay.com/acctsec/security-center/chngpwd.
import type { RecipeInput } from '../core/recipes/schema';
import { STEP } from './steps';
import { TIP } from './tips';
import { FORGOT_LINK_TEXTS } from './words';

export const ebayRecipe = {
  id: 'ebay',
  name: 'eBay',
  domains: [
    'ebay.com', 'ebay.ca', 'ebay.co.uk', 'ebay.ie', 'ebay.de', 'ebay.at', 'ebay.ch', 'ebay.fr', 'ebay.be', 'ebay.nl',
    'ebay.it', 'ebay.es', 'ebay.pl', 'ebay.com.au', 'ebay.com.hk', 'ebay.com.sg', 'ebay.com.my', 'ebay.ph',
  ],
  flows: {
    recover: {
      steps: [
        {
          id: 'login',
          instruction: { key: 'guide_ebay_login', en: 'On the eBay sign-in page, click "Reset your password" (or "Forgot password?").' },
          recognise: { url: [{ glob: 'signin.ebay.*' }], pageClass: ['login'], withoutSays: ['password-changed', 'sent'] },
          pointAt: [{ by: 'signal', signal: 'forgot-password-link' }, { by: 'text', element: 'link', texts: FORGOT_LINK_TEXTS }],
          next: ['enter-account'],
        },
        {
          id: 'enter-account',
          instruction: { key: 'guide_ebay_enter_account', en: 'Enter the email or username of your eBay account and click "Continue".' },
          recognise: { pageClass: ['forgot-password'], withoutSays: ['password-changed', 'sent'] },
          pointAt: [{ by: 'role', role: 'email' }, { by: 'role', role: 'username' }, { by: 'text', element: 'button', texts: ['continue', 'weiter', 'continuer', 'continuar'] }],
          next: ['choose-method'],
        },
        {
          id: 'choose-method',
          instruction: { key: 'guide_ebay_choose_method', en: 'Choose where eBay sends the security code: your email or a text message.' },
          recognise: { pageClass: ['none'], keywords: ['send code', 'get a code', 'text message', 'how would you like', 'verify it\'s you', 'verify it’s you'] },
          pointAt: [{ by: 'text', element: 'button', texts: ['email', 'text', 'send'] }],
          tips: [TIP.smsAlternative],
          next: ['enter-code'],
          unconfirmed: true,
          note: 'Wording of the choice page is from third-party walkthroughs, not eBay\'s help.',
        },
        {
          id: 'enter-code',
          instruction: { key: 'guide_ebay_enter_code', en: 'Enter the 6-digit security code and click "Continue".' },
          recognise: { pageClass: ['verification-code'] },
          pointAt: [{ by: 'role', role: 'one-time-code' }],
          tips: [{ key: 'guide_ebay_tip_code_15_min', en: 'The code works for 15 minutes: keep this tab open while you fetch it.' }, TIP.checkSpam],
          next: ['new-password'],
        },
        STEP.newPassword,
        STEP.success,
      ],
    },
    change: {
      startUrl: 'https://accounts.ebay.com/acctsec/security-center/chngpwd',
      steps: [
        {
          id: 'security-center',
          instruction: { key: 'guide_ebay_security_center', en: 'In "Sign in and security", click "Edit" next to Password.' },
          recognise: { url: [{ path: '^/acctsec/security-center/?($|[?#])' }], pageClass: ['none'], withoutSays: ['password-changed', 'sent'] },
          pointAt: [{ by: 'signal', signal: 'change-password-link' }, { by: 'text', element: 'any', texts: ['edit'] }],
          next: ['change-form'],
        },
        STEP.changeForm,
        STEP.changeSuccess,
      ],
    },
  },
} satisfies RecipeInput;
