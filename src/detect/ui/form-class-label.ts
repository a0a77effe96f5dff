// Runs in: extension pages. The localised name of each form class (a total map: a new class
// without a label does not compile).
import type { FormClass } from '../core/model';
import { t } from '../../shared/platform/i18n';

const KEYS: Record<FormClass, string> = {
  login: 'formClass_login',
  signup: 'formClass_signup',
  'change-password': 'formClass_change_password',
  'forgot-password': 'formClass_forgot_password',
  'verification-code': 'formClass_verification_code',
  'set-new-password': 'formClass_set_new_password',
  none: 'formClass_none',
};

export function formClassLabel(formClass: FormClass): string {
  return t(KEYS[formClass]);
}
