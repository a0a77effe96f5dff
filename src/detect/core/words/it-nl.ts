// Runs anywhere. A few Italian and Dutch words, kept from before the per-language tables: cheap,
// and the evaluation corpus has pages in both.
import type { LanguageWords } from './types';

export const IT_NL: LanguageWords = {
  classes: {
    login: ['accedi', 'inloggen'],
    signup: ['registra', 'crea account', 'registreren', 'aanmelden'],
    'change-password': ['salva modifiche', 'wijzigingen opslaan', 'cambia password', 'wachtwoord wijzigen'],
    'forgot-password': ['dimenticat', 'recupera', 'vergeten'],
    'verification-code': ['codice di verifica', 'verificatiecode'],
    'set-new-password': ['nuova password', 'nieuw wachtwoord'],
    none: ['cerca', 'zoeken'],
  },
  roles: {
    username: ['utente', 'gebruikersnaam'],
    email: ['=posta'],
    phone: ['telefono', 'cellulare', 'telefoon'],
    'current-password': ['attuale', 'vecchia', 'huidig', 'oud'],
    'new-password': ['nuova', 'nieuw'],
    'confirm-password': ['conferma', 'ripeti', 'herhaal', 'bevestig'],
    'one-time-code': ['codice', 'verificatiecode'],
  },
  password: ['wachtwoord', 'parola'],
  notCredential: [],
  personName: ['cognome', 'voornaam', 'achternaam'],
  code: ['codice'],
  otherCodes: ['postale', 'sconto', 'postcode', 'korting'],
  search: [],
  signals: { captcha: [], 'success-message': [], 'error-message': ['errato', 'fout'] },
};
