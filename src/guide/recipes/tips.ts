// Runs anywhere. Tips shared by recipes: the alternatives and snags users meet in recovery flows
// (../shared/seeds: "look in your Spam/Junk folder", "after one more minute you can send the
// code again", the AliExpress slider, "verify yourself via SMS", the support chat).
import type { Message } from '../core/recipes/message';

export const TIP = {
  checkSpam: { key: 'guide_tip_check_spam', en: 'No email? Look in your Spam or Junk folder (and Promotions in Gmail).' },
  codeExpires: { key: 'guide_tip_code_expires', en: 'The code expires after a few minutes: enter it soon, or request a new one.' },
  resendAfterMinute: { key: 'guide_tip_resend_after_minute', en: 'No code yet? You can request a new one after about a minute.' },
  sliderCheck: { key: 'guide_tip_slider_check', en: 'If a slider appears, drag it all the way to the right to prove you are not a robot.' },
  captcha: { key: 'guide_tip_captcha', en: 'The site may ask you to solve a quick check (captcha) before it sends anything.' },
  smsAlternative: { key: 'guide_tip_sms_alternative', en: 'No access to that mailbox? Choose to get the code by SMS on your phone instead.' },
  supportChat: { key: 'guide_tip_support_chat', en: 'If neither email nor phone works, the support chat can restore access.' },
  linkExpires: { key: 'guide_tip_link_expires', en: 'Reset links expire: use the newest email, and request a new link if it no longer works.' },
  strongPassword: { key: 'guide_tip_strong_password', en: 'Let Latchkey suggest a password that fits the site rules; it fills both fields.' },
  newTab: { key: 'guide_tip_new_tab', en: 'The link may open in a new tab: the guide continues there.' },
} satisfies Record<string, Message>;
