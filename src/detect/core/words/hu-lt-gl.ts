// Runs anywhere. A few recovery and password words in Hungarian, Lithuanian and Galician: no full
// tables, but a recovery page names itself in set phrases ("elfelejtett jelszó", "slaptažodžio
// priminimas", "cambiar o contrasinal"), and without them its lone email box reads as a newsletter
// or a sign-in step. Galician's "esqueciches" is already Portuguese's "esqueci". Action URLs drop
// the accents, so the plain spelling is listed too.
import type { LanguageWords } from './types';

export const HU_LT_GL: LanguageWords = {
  classes: {
    login: [],
    signup: [],
    'change-password': [],
    'forgot-password': ['elfelejtet', 'pamiršot', 'pamirsot', 'slaptažodžio priminim', 'slaptazodzio priminim'],
    'verification-code': [],
    'set-new-password': [],
    none: [],
  },
  roles: {
    username: [], email: [], phone: [], 'current-password': [], 'new-password': [], 'confirm-password': [], 'one-time-code': [],
  },
  password: ['jelszó', 'jelszo', 'slaptažod', 'slaptazod', 'contrasinal'],
  notCredential: [],
  personName: [],
  code: [],
  otherCodes: [],
  search: [],
  signals: { captcha: [], 'success-message': [], 'error-message': [] },
};
