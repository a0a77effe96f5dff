// Runs anywhere. Portuguese (phrase.ts explains the notation).
import type { LanguagePhrases } from '../phrase';
import type { PageSays } from '../kinds';

const ABOUT_THE_MAIL = 'link|mail|email|código|codigo|enviad*|instruções';

export const pt: LanguagePhrases<PageSays> = {
  lang: 'pt',
  not: 'não|nao|nunca|erro|falha|falhou|impossível',
  phrases: {
    'password-changed': [
      ['senha', 'alterad*|redefinid*|atualizad*|modificad*|trocad*|salva|criada|definida', `!última|ultima|atrás|cada|deve|${ABOUT_THE_MAIL}`],
      ['senha', 'sucesso', `!${ABOUT_THE_MAIL}`],
    ],
    sent: [
      ['enviad*|enviamos', 'mail|email|link|código|codigo|instruções|mensagem|sms'],
      ['verifique|confira|cheque|acesse|abra', 'mail|email|caixa|entrada', '!endereço|correto|válido|digit*'],
    ],
    'code-wrong': [
      ['código|codigo', 'incorret*|inválid*|invalid*|errad*|não confere'],
    ],
    expired: [
      ['link|token', 'expirad*|expirou|inválid*|vencid*|utilizado|usado'],
      ['código|codigo', 'expirad*|expirou|vencid*'],
    ],
    'too-many-attempts': [
      ['muitas', 'tentativas|solicitações|vezes|requisições'],
      ['limite', 'excedid*|atingid*|ultrapassad*'],
    ],
  },
};
