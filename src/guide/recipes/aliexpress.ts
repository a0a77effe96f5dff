// Runs anywhere. AliExpress, from the seeds (../shared/seeds/001-003: "How to change, restore or
// delete the password on Aliexpress", "Forgot password AliExpress", and the restore walkthrough):
// login -> "Forgot password?" -> email or login -> slider check -> choose how to verify (email
// code, SMS, support chat) -> 6-digit code -> new password twice -> "Update password" -> success.
// Change: My AliExpress -> Profile / Setting -> Change password -> old, then new password (seed
// 003: some accounts are sent through the recovery pages instead: code, then new password).
// Recognition is by page class and signals: AliExpress's reset URLs are not documented.
import type { RecipeInput } from '../core/recipes/schema';
import { STEP } from './steps';
import { TIP } from './tips';
import { CHANGE_LINK_TEXTS, FORGOT_LINK_TEXTS } from './words';

const rulesTip = { key: 'guide_aliexpress_tip_rules', en: 'AliExpress wants 6 to 20 letters and digits, with at least one capital letter and one digit, and no symbols.' };

export const aliexpressRecipe = {
  id: 'aliexpress',
  name: 'AliExpress',
  domains: ['aliexpress.com', 'aliexpress.ru', 'aliexpress.us'],
  rules: { lookup: 'aliexpress.com' },
  flows: {
    recover: {
      steps: [
        {
          id: 'login',
          instruction: { key: 'guide_aliexpress_login', en: 'On the AliExpress sign-in form, click "Forgot password?".' },
          recognise: { pageClass: ['login'], withoutSays: ['password-changed', 'sent'] },
          pointAt: [{ by: 'signal', signal: 'forgot-password-link' }, { by: 'text', element: 'link', texts: FORGOT_LINK_TEXTS }],
          next: ['enter-account'],
        },
        {
          id: 'enter-account',
          instruction: { key: 'guide_aliexpress_enter_account', en: 'Enter the email (or member name) of your account and click "Continue".' },
          recognise: { pageClass: ['forgot-password'], withoutSignals: ['captcha'], withoutSays: ['password-changed', 'sent'] },
          pointAt: [{ by: 'role', role: 'email' }, { by: 'role', role: 'username' }, { by: 'text', element: 'button', texts: ['continue', 'request', 'submit', 'продолжить', 'запросить', 'continuar'] }],
          tips: [TIP.sliderCheck],
          next: ['slider-check', 'choose-method'],
        },
        {
          id: 'slider-check',
          instruction: { key: 'guide_aliexpress_slider_check', en: 'Drag the grey slider all the way to the right until it turns green, then click "Request".' },
          recognise: { pageClass: ['forgot-password', 'none'], signals: ['captcha'] },
          pointAt: [{ by: 'css', selector: '.nc_iconfont.btn_slide, .nc-container, [id*="nc_"]' }],
          next: ['choose-method'],
        },
        {
          id: 'choose-method',
          instruction: { key: 'guide_aliexpress_choose_method', en: 'Choose how to verify: a code by email (quickest), a code by SMS, or the support chat.' },
          recognise: { pageClass: ['none'], keywords: ['verify now', 'verification method', 'other ways to verify', 'receive verification code', 'способ', 'подтвердить', 'método de verificación', 'verificar ahora'] },
          pointAt: [{ by: 'text', element: 'any', texts: ['verify now', 'receive verification code', 'email', 'подтвердить', 'verificar'] }],
          tips: [TIP.smsAlternative, TIP.supportChat],
          next: ['enter-code'],
          unconfirmed: true,
          note: 'Wording from seed 002 ("Verify Now", "Click here to receive verification code"); the page may differ by region.',
        },
        {
          id: 'enter-code',
          instruction: { key: 'guide_aliexpress_enter_code', en: 'Enter the 6-digit code AliExpress sent you and click "Submit".' },
          recognise: { pageClass: ['verification-code'] },
          pointAt: [{ by: 'role', role: 'one-time-code' }, { by: 'text', element: 'button', texts: ['submit', 'confirm', 'отправить', 'подтвердить', 'enviar'] }],
          tips: [TIP.checkSpam, TIP.resendAfterMinute, TIP.codeExpires, TIP.smsAlternative],
          next: ['new-password'],
        },
        {
          id: 'new-password',
          instruction: { key: 'guide_aliexpress_new_password', en: 'Enter the new password twice and click "Update password".' },
          recognise: { pageClass: ['set-new-password'] },
          pointAt: [{ by: 'role', role: 'new-password' }, { by: 'role', role: 'confirm-password' }, { by: 'text', element: 'button', texts: ['update password', 'обновить пароль', 'actualizar contraseña'] }],
          tips: [rulesTip, TIP.strongPassword],
          next: ['success'],
        },
        STEP.success,
      ],
    },
    change: {
      steps: [
        {
          id: 'my-aliexpress',
          instruction: { key: 'guide_aliexpress_my_aliexpress', en: 'In My AliExpress, open Profile (or Setting) and click "Change password".' },
          recognise: { pageClass: ['none'], signals: ['change-password-link'], withoutSays: ['password-changed', 'sent'] },
          pointAt: [{ by: 'signal', signal: 'change-password-link' }, { by: 'text', element: 'any', texts: CHANGE_LINK_TEXTS }],
          next: ['change-form', 'change-verify'],
        },
        {
          id: 'change-form',
          instruction: { key: 'guide_aliexpress_change_form', en: 'Enter your current password first, then the new one, and click "Submit".' },
          recognise: { pageClass: ['change-password'] },
          pointAt: [{ by: 'role', role: 'current-password' }, { by: 'role', role: 'new-password' }],
          tips: [rulesTip, TIP.strongPassword],
          next: ['change-success'],
        },
        {
          id: 'change-verify',
          instruction: { key: 'guide_aliexpress_change_verify', en: 'AliExpress sends a code to your email first: enter it to continue.' },
          recognise: { pageClass: ['verification-code'] },
          pointAt: [{ by: 'role', role: 'one-time-code' }],
          tips: [TIP.checkSpam, TIP.resendAfterMinute],
          next: ['change-new-password'],
        },
        {
          id: 'change-new-password',
          instruction: { key: 'guide_aliexpress_new_password', en: 'Enter the new password twice and click "Update password".' },
          recognise: { pageClass: ['set-new-password'] },
          pointAt: [{ by: 'role', role: 'new-password' }, { by: 'role', role: 'confirm-password' }],
          tips: [rulesTip, TIP.strongPassword],
          next: ['change-success'],
        },
        STEP.changeSuccess,
      ],
    },
  },
} satisfies RecipeInput;
