// Runs anywhere. Walmart.com, from its help article "How do I reset my Walmart.com password?":
// the forgot-password page -> the account email -> "Request Verification Code" -> the code in the
// email (check junk/spam; it expires after 30 minutes) -> the code and a new password not used
// before -> "Submit" -> sign in. Walmart.ca and Walmart México are separate accounts (not covered).
// Change: Account -> Personal info (Apple's data: walmart.com/account/profile) -> Edit.
import type { RecipeInput } from '../core/recipes/schema';
import { STEP } from './steps';
import { TEXT } from './texts';
import { TIP } from './tips';
import { FORGOT_LINK_TEXTS } from './words';

export const walmartRecipe = {
  id: 'walmart',
  name: 'Walmart',
  domains: ['walmart.com'],
  rules: { lookup: 'walmart.com' },
  flows: {
    recover: {
      steps: [
        {
          id: 'login',
          instruction: TEXT.login,
          // walmart.com/account/login carries the sign-up form too (the store's page in the
          // corpus): by its address, a page with a sign-in form on it is the sign-in step.
          recognise: { url: [{ path: '^/account/login' }], forms: ['login'], withoutSays: ['password-changed', 'sent'] },
          pointAt: [{ by: 'signal', signal: 'forgot-password-link' }, { by: 'text', element: 'any', texts: FORGOT_LINK_TEXTS }],
          next: ['forgot-form'],
        },
        {
          id: 'forgot-form',
          instruction: { key: 'guide_walmart_forgot_form', en: 'Enter the email of your Walmart.com account and select "Request Verification Code".' },
          recognise: { pageClass: ['forgot-password'], withoutSays: ['password-changed', 'sent'] },
          pointAt: [{ by: 'role', role: 'email' }, { by: 'text', element: 'button', texts: ['request verification code'] }],
          next: ['code-and-password'],
        },
        {
          id: 'code-and-password',
          instruction: { key: 'guide_walmart_code_and_password', en: 'Enter the code from the email and a new password you have not used before, then select "Submit".' },
          recognise: { pageClass: ['verification-code', 'set-new-password'] },
          pointAt: [{ by: 'role', role: 'one-time-code' }, { by: 'role', role: 'new-password' }],
          tips: [
            TIP.checkSpam,
            { key: 'guide_walmart_tip_code_30_min', en: 'The code expires after 30 minutes; request a new one the same way if it did.' },
            { key: 'guide_walmart_tip_no_reuse', en: 'Walmart refuses your last two passwords: pick a new one.' },
            TIP.strongPassword,
          ],
          next: ['success'],
        },
        STEP.success,
      ],
    },
    change: {
      startUrl: '/account/profile',
      unconfirmed: true,
      note: 'Walmart\'s help describes editing personal info under Account; the password entry there is assumed.',
      steps: [
        {
          id: 'personal-info',
          instruction: { key: 'guide_walmart_personal_info', en: 'In Personal info, select "Edit" next to your password.' },
          recognise: { url: [{ path: '^/account/profile' }], pageClass: ['none'], withoutSays: ['password-changed', 'sent'] },
          pointAt: [{ by: 'signal', signal: 'change-password-link' }, { by: 'text', element: 'any', texts: ['edit'] }],
          next: ['change-form'],
        },
        STEP.changeForm,
        STEP.changeSuccess,
      ],
    },
  },
} satisfies RecipeInput;
