// Runs anywhere. The recipe for any site without its own: recognition purely from detection
// (page class and signals), so it works in any language; keywords only separate the two pages that
// show a success message ("check your email" and "password changed"), in several languages.
import type { RecipeInput } from '../core/recipes/schema';
import { STEP } from './steps';
import { TEXT } from './texts';
import { TIP } from './tips';
import { CHANGE_LINK_TEXTS, FORGOT_LINK_TEXTS, SIGN_IN_LINK_TEXTS, SUBMIT_TEXTS } from './words';

export const genericRecipe = {
  id: 'generic',
  name: 'Any site',
  domains: [],
  flows: {
    recover: {
      steps: [
        {
          // A detour, not a step: shops put sign-up and sign-in side by side, and a sign-up page
          // (the stores' own, in the corpus) is where many users look for a lost password.
          id: 'sign-up-page',
          instruction: TEXT.signUpPage,
          recognise: { pageClass: ['signup'] },
          pointAt: [{ by: 'text', element: 'link', texts: SIGN_IN_LINK_TEXTS }],
          next: ['login'],
        },
        {
          id: 'login',
          instruction: TEXT.login,
          recognise: { pageClass: ['login'], withoutSays: ['password-changed', 'sent'] },
          pointAt: [{ by: 'signal', signal: 'forgot-password-link' }, { by: 'text', element: 'link', texts: FORGOT_LINK_TEXTS }],
          next: ['forgot-form'],
        },
        {
          id: 'forgot-form',
          instruction: TEXT.forgotForm,
          recognise: { pageClass: ['forgot-password'], withoutSays: ['password-changed', 'sent'] },
          pointAt: [{ by: 'role', role: 'email' }, { by: 'role', role: 'username' }, { by: 'role', role: 'phone' }, { by: 'text', element: 'button', texts: SUBMIT_TEXTS }],
          tips: [TIP.captcha],
          next: ['check-email', 'enter-code'],
        },
        {
          id: 'check-email',
          instruction: TEXT.checkEmail,
          recognise: { pageClass: ['none', 'login', 'forgot-password'], says: ['sent'] },
          tips: [TIP.checkSpam, TIP.linkExpires, TIP.newTab],
          external: true,
          next: ['enter-code', 'new-password'],
        },
        {
          id: 'enter-code',
          instruction: TEXT.enterCode,
          recognise: { pageClass: ['verification-code'] },
          pointAt: [{ by: 'role', role: 'one-time-code' }],
          tips: [TIP.codeExpires, TIP.resendAfterMinute, TIP.checkSpam],
          next: ['new-password'],
        },
        STEP.newPassword,
        STEP.success,
      ],
    },
    change: {
      steps: [
        {
          id: 'account',
          instruction: TEXT.account,
          recognise: { pageClass: ['none'], signals: ['change-password-link'], withoutSays: ['password-changed', 'sent'] },
          pointAt: [{ by: 'signal', signal: 'change-password-link' }, { by: 'text', element: 'any', texts: CHANGE_LINK_TEXTS }],
          next: ['change-form'],
        },
        STEP.changeForm,
        STEP.changeSuccess,
      ],
    },
  },
} satisfies RecipeInput;
