// Runs anywhere. English: what recovery and change pages say (phrase.ts explains the notation).
// Positive statements keep out of sentences about the past or the future of a password ("last
// changed 3 months ago", "must be changed every 90 days") and about the mail that resets it
// ("Password reset link").
import type { LanguagePhrases } from '../phrase';
import type { PageSays } from '../kinds';

const ABOUT_THE_MAIL = 'link|email|mail|code|sent|instructions|request|requested|requesting';

export const en: LanguagePhrases<PageSays> = {
  lang: 'en',
  not: "not|no|never|cannot|can't|couldn't|wasn't|hasn't|haven't|didn't|don't|won't|isn't|unable|failed|fail|error|unsuccessful",
  phrases: {
    'password-changed': [
      ['password|passcode', 'changed|updated|modified|saved|renewed', `!last|ago|every|must|should|will|before|when|if|expires|${ABOUT_THE_MAIL}`],
      ['password|passcode', 'reset|set|created', 'been|was|now|successfully|success|successful|complete|completed|done', `!last|ago|will|must|${ABOUT_THE_MAIL}`],
      ['password|passcode', 'success|successful|successfully', `!${ABOUT_THE_MAIL}`],
      ['now', 'sign|log|login|signin', 'new password'],
    ],
    sent: [
      ['sent|emailed|texted|delivered', 'email|mail|link|code|instructions|message|inbox|you|sms|text', "!will|shall|we'll|you'll"],
      ['check|open', 'email|inbox|mail|mailbox|messages', '!address|try again|valid|correct|spelling|enter|entered|typed'],
      ['if', 'exists|exist|registered|associated|on file|matches', 'receive|sent|send|get'],
    ],
    'code-wrong': [
      ['code|otp|pin|passcode|verification', "wrong|incorrect|invalid|mismatch|not correct|not valid|didn't work|did not work|does not match|doesn't match"],
    ],
    expired: [
      ['link|token|url', 'expired|no longer valid|invalid|outdated|already been used|already used'],
      ['code|otp|session|request', 'expired|no longer valid|timed out'],
    ],
    'too-many-attempts': [
      ['too many', 'attempts|requests|tries|times|codes|emails|messages'],
      ['exceeded|reached', 'limit|maximum|attempts|number'],
      ['temporarily', 'locked|blocked|suspended|disabled'],
    ],
  },
};
