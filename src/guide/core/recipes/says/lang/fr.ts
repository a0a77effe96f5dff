// Runs anywhere. French (phrase.ts explains the notation). "Mot de passe" is matched by "passe".
import type { LanguagePhrases } from '../phrase';
import type { PageSays } from '../kinds';

const ABOUT_THE_MAIL = 'lien|mail|email|courriel|code|envoy*|instructions';

export const fr: LanguagePhrases<PageSays> = {
  lang: 'fr',
  not: "pas|ne|n'*|jamais|erreur|échec|impossible|échoué",
  phrases: {
    'password-changed': [
      ['passe', 'modifié*|changé*|réinitialisé*|mis à jour|enregistré*|défini*|créé*', `!dernière|il y a|chaque|doit|${ABOUT_THE_MAIL}`],
      ['passe', 'succès|réussi*', `!${ABOUT_THE_MAIL}`],
    ],
    sent: [
      ['envoyé*', 'mail|email|lien|code|courriel|message|instructions|sms'],
      ['vérifiez|consultez|ouvrez|regardez', 'boîte|mail|email|courriel|messagerie', '!adresse|correct*|valide|saisi*'],
    ],
    'code-wrong': [
      ['code', 'incorrect*|invalide*|erroné*|ne correspond'],
    ],
    expired: [
      ['lien', 'expiré*|invalide*|périmé*|plus valide|utilisé*'],
      ['code', 'expiré*|périmé*'],
    ],
    'too-many-attempts': [
      ['trop', 'tentatives|demandes|essais|requêtes'],
      ['limite', 'atteinte|dépassée|atteint|dépassé'],
    ],
  },
};
