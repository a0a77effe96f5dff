// Runs anywhere. Polish keywords (stems: "hasł" covers hasło and hasła, "potwierd" every form of potwierdzić).
import type { LanguageWords } from './types';

export const PL: LanguageWords = {
  classes: {
    login: ['zaloguj', 'logowanie'],
    signup: ['zarejestruj', 'rejestracja', 'załóż konto', 'utwórz konto'],
    'change-password': ['zmień hasło', 'zmiana hasła'],
    'forgot-password': ['nie pamiętasz', 'zapomniał', 'przypomnij', 'odzyskaj', 'resetuj hasło'],
    'verification-code': ['kod weryfikacyjny', 'kod jednorazowy', 'kod sms', 'wpisz kod'],
    'set-new-password': ['nowe hasło', 'ustaw hasło'],
    none: ['szukaj', 'wyszukaj', 'subskryb', 'oferty', 'promocje'],
  },
  roles: {
    username: ['użytkownik', 'nazwa użytkownika'],
    email: [],
    phone: ['telefon', 'komórk'],
    'current-password': ['obecne', 'aktualne', 'stare', 'dotychczasowe'],
    'new-password': ['nowe'],
    'confirm-password': ['powtórz', 'potwierd'],
    'one-time-code': ['=kod', 'kod jednorazowy'],
  },
  password: ['hasł', 'haslo'],
  notCredential: ['karta', 'karty'],
  personName: ['imię', 'nazwisko'],
  code: ['=kod', 'kodu'],
  otherCodes: ['pocztowy', 'rabat', 'kupon', 'promocyjny'],
  search: ['szukaj'],
  signals: {
    captcha: ['przesuń'],
    'success-message': ['hasło zostało zmienione', 'hasło zmienione'],
    'error-message': ['błęd', 'nieprawidłow'],
  },
};
