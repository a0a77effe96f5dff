// Runs anywhere. Instructions several recipes share word for word (the generic recipe and sites
// whose step has no button or wording of its own), so each is translated once.
import type { Message } from '../core/recipes/message';

export const TEXT = {
  signUpPage: { key: 'guide_generic_sign_up_page', en: 'This page creates a new account. Open the sign-in page instead (a "Sign in" link is usually near), then click "Forgot password?" there.' },
  login: { key: 'guide_generic_login', en: 'Click "Forgot password?" near the sign-in form.' },
  forgotForm: { key: 'guide_generic_forgot_form', en: 'Enter the email or phone number of your account and send the request.' },
  checkEmail: { key: 'guide_generic_check_email', en: 'Open the email the site just sent you: click its link or copy its code.' },
  enterCode: { key: 'guide_generic_enter_code', en: 'Type the code from the email or SMS and confirm.' },
  newPassword: { key: 'guide_generic_new_password', en: 'Enter your new password twice and save it.' },
  success: { key: 'guide_generic_success', en: 'Done: your password is changed. Sign in with the new one.' },
  account: { key: 'guide_generic_account', en: 'Open "Change password" in your account settings.' },
  changeForm: { key: 'guide_generic_change_form', en: 'Enter your current password, then the new one (twice if asked), and save.' },
  changeSuccess: { key: 'guide_generic_change_success', en: 'Done: your password is changed.' },
} satisfies Record<string, Message>;
