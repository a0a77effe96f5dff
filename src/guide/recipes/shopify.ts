// Runs anywhere. Stores on Shopify with classic customer accounts: any *.myshopify.com host, and
// stores on their own domains recognised by Shopify's account paths. Shopify's theme docs
// ("customers/login", "customers/reset_password"): /account/login holds the login form and a
// hidden recover form shown at #recover ("Forgot your password?"); the emailed link opens
// /account/reset/<id>/<token> with customer[password] and customer[password_confirmation]; then
// the customer is signed in at /account. Classic accounts have no change-password page: changing
// means the same reset by email. Stores on the new customer accounts sign in by emailed code, with
// no password at all, so there is nothing to guide.
import type { RecipeInput } from '../core/recipes/schema';
import { TIP } from './tips';
import { FORGOT_LINK_TEXTS } from './words';

const LOGIN_PATH = '^/account/login';

export const shopifyRecipe = {
  id: 'shopify',
  name: 'Shopify store',
  domains: ['myshopify.com'],
  pathSignatures: ['^/account/login', '^/account/reset/', '^/account/activate/'],
  accountUrl: '/account',
  flows: {
    recover: {
      startUrl: '/account/login#recover',
      steps: [
        {
          id: 'login',
          instruction: { key: 'guide_shopify_login', en: 'Under the store\'s login form, click "Forgot your password?".' },
          recognise: { url: [{ path: LOGIN_PATH }], pageClass: ['login'], withoutSays: ['password-changed', 'sent'] },
          pointAt: [{ by: 'css', selector: 'a[href="#recover"]' }, { by: 'signal', signal: 'forgot-password-link' }, { by: 'text', element: 'link', texts: FORGOT_LINK_TEXTS }],
          next: ['recover-form'],
        },
        {
          id: 'recover-form',
          instruction: { key: 'guide_shopify_recover_form', en: 'Enter the email you use at this store and click "Submit".' },
          recognise: { url: [{ path: LOGIN_PATH }], pageClass: ['forgot-password'], withoutSays: ['password-changed', 'sent'] },
          pointAt: [{ by: 'role', role: 'email' }, { by: 'text', element: 'button', texts: ['submit', 'reset', 'send', 'enviar', 'отправить'] }],
          next: ['check-email'],
        },
        {
          id: 'check-email',
          instruction: { key: 'guide_shopify_check_email', en: 'Open the store\'s email and click the link to reset your password.' },
          recognise: { url: [{ path: LOGIN_PATH }], says: ['sent'] },
          tips: [TIP.checkSpam, TIP.linkExpires, TIP.newTab],
          external: true,
          next: ['reset-form'],
        },
        {
          id: 'reset-form',
          instruction: { key: 'guide_shopify_reset_form', en: 'Enter the new password and its confirmation, then click "Reset password".' },
          recognise: { url: [{ path: '^/account/reset/' }], pageClass: ['set-new-password'] },
          pointAt: [{ by: 'role', role: 'new-password' }, { by: 'role', role: 'confirm-password' }, { by: 'css', selector: 'input[name="customer[password]"]' }],
          tips: [TIP.strongPassword],
          next: ['signed-in'],
        },
        {
          id: 'signed-in',
          instruction: { key: 'guide_shopify_signed_in', en: 'Done: the store signed you in with your new password.' },
          recognise: { url: [{ path: '^/account/?($|[?#])' }], pageClass: ['none'] },
        },
      ],
    },
  },
} satisfies RecipeInput;
