// Runs anywhere. German (phrase.ts explains the notation). "*code" and "passwort*" catch the
// compounds ("Bestätigungscode", "Passwortänderung").
import type { LanguagePhrases } from '../phrase';
import type { PageSays } from '../kinds';

const ABOUT_THE_MAIL = 'link|mail|email|*code|gesendet|geschickt|verschickt|anleitung';

export const de: LanguagePhrases<PageSays> = {
  lang: 'de',
  not: 'nicht|kein*|nie|fehler|fehlgeschlagen|unmöglich',
  phrases: {
    'password-changed': [
      ['passwort*|kennwort*', 'geändert|aktualisiert|zurückgesetzt|gespeichert|erneuert|festgelegt', `!zuletzt|vor|alle|muss|${ABOUT_THE_MAIL}`],
      ['passwort*|kennwort*', 'erfolgreich', `!${ABOUT_THE_MAIL}`],
    ],
    sent: [
      ['gesendet|gesandt|geschickt|verschickt|zugesendet|zugeschickt|versendet|versandt', 'mail|email|link|*code|nachricht|anleitung|sms'],
      ['prüfen|überprüfen|prüfe|sehen|schauen|öffnen', 'posteingang|mail|email|*postfach', '!adresse|korrekt|richtig|eingabe'],
    ],
    'code-wrong': [
      ['*code', 'falsch*|ungültig*|inkorrekt*|stimmt nicht'],
    ],
    expired: [
      ['*link|token', 'abgelaufen|ungültig|verfallen|verwendet'],
      ['*code', 'abgelaufen|verfallen'],
    ],
    'too-many-attempts': [
      ['zu viele', 'versuche|*versuche|anfragen|anforderungen'],
      ['limit|höchstzahl', 'erreicht|überschritten'],
    ],
  },
};
