// Runs anywhere. German keywords ("registrier" covers registrieren and Registrierung; "anmelden" is
// both sign-in and newsletter sign-up, so newsletter boxes are told apart by their own nouns).
import type { LanguageWords } from './types';

export const DE: LanguageWords = {
  classes: {
    login: ['anmelden', 'anmeldung', 'einloggen'],
    signup: ['erstellen', 'registrier', 'konto erstellen', 'konto anlegen', 'neues konto'],
    'change-password': ['änderungen speichern', 'passwort ändern', 'kennwort ändern', 'passwort wechseln'],
    'forgot-password': ['vergessen', 'zurücksetzen'],
    'verification-code': ['bestätigungscode', 'sicherheitscode', 'verifizierungscode', 'code eingeben', 'einmalcode'],
    'set-new-password': ['neues passwort', 'neues kennwort', 'passwort festlegen'],
    none: ['suche', 'suchen', 'abonnieren', 'angebote', 'newsletter', 'rabatt'],
  },
  roles: {
    username: ['benutzer', 'nutzername', 'anmeldename'],
    email: [],
    phone: ['telefon', 'handy'],
    'current-password': ['aktuell', 'alt', 'bisherig', 'altes'],
    'new-password': ['neu', 'neues'],
    'confirm-password': ['wiederhol', 'bestätig'],
    'one-time-code': ['bestätigungscode', 'einmalcode'],
  },
  password: ['passwort', 'kennwort'],
  notCredential: ['karte'],
  personName: ['vorname', 'nachname'],
  code: ['code'],
  otherCodes: ['postleitzahl', 'plz', 'gutschein', 'rabatt'],
  search: ['suche'],
  signals: {
    captcha: ['schieberegler'],
    'success-message': ['passwort wurde geändert', 'passwort geändert', 'passwort wurde aktualisiert'],
    'error-message': ['falsch', 'ungültig', 'fehler'],
  },
};
