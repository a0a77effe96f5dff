// Runs anywhere. French keywords ("inscri" covers inscription and s'inscrire).
import type { LanguageWords } from './types';

export const FR: LanguageWords = {
  classes: {
    login: ['connexion', 'se connecter', 'connectez-vous', 's\'identifier', 'identifiez-vous'],
    signup: ['inscri', 'créer un compte', 'créer mon compte', 'créez votre compte', 'enregistrement'],
    'change-password': ['enregistrer les modifications', 'changer le mot de passe', 'modifier le mot de passe', 'changer votre mot de passe',
      'modifier votre mot de passe', 'changer de mot de passe'],
    'forgot-password': ['oublié', 'réinitialiser', 'réinitialisation', 'récupérer'],
    'verification-code': ['code de vérification', 'code de sécurité', 'code de confirmation', 'code à usage unique',
      'saisissez le code', 'entrez le code'],
    'set-new-password': ['nouveau mot de passe', 'créez un mot de passe', 'définir un mot de passe'],
    none: ['recherche', 'abonner', 's\'abonner', 'infolettre', 'offres', 'newsletter'],
  },
  roles: {
    username: ['identifiant', 'nom d\'utilisateur', 'pseudo'],
    email: ['courriel', 'adresse e-mail'],
    phone: ['téléphone', 'portable'],
    'current-password': ['ancien', 'actuel'],
    'new-password': ['nouveau', 'nouvel'],
    'confirm-password': ['confirmer', 'confirmation', 'répéter', 'retapez'],
    'one-time-code': ['code de', 'code à usage'],
  },
  password: ['mot de passe', 'mdp'],
  notCredential: ['carte'],
  personName: ['prénom', 'nom de famille'],
  code: ['code'],
  otherCodes: ['postal', 'promo', 'réduction', 'cadeau'],
  search: ['recherche'],
  signals: {
    captcha: ['glissez'],
    'success-message': ['mot de passe modifié', 'mot de passe a été modifié', 'mot de passe réinitialisé'],
    'error-message': ['erreur', 'incorrect', 'invalide'],
  },
};
