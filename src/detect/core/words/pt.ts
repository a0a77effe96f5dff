// Runs anywhere. Portuguese keywords (Brazil and Portugal: "cadastr" is Brazil's sign-up, "registar" Portugal's).
import type { LanguageWords } from './types';

export const PT: LanguageWords = {
  classes: {
    login: ['entrar', 'fazer login', 'iniciar sessão', 'acessar', 'acesse sua conta', 'entre na sua conta'],
    signup: ['cadastr', 'criar conta', 'crie sua conta', 'criar uma conta', 'registar', 'registrar'],
    'change-password': ['salvar alterações', 'guardar alterações', 'alterar senha', 'alterar a senha', 'alterar sua senha', 'mudar senha', 'trocar senha', 'alterar palavra-passe'],
    'forgot-password': ['esqueceu', 'esqueci', 'redefinir', 'recuperar senha', 'recuperar a senha'],
    'verification-code': ['código de verificação', 'código de confirmação', 'código de uso único', 'digite o código',
      'insira o código'],
    'set-new-password': ['nova senha', 'crie uma senha', 'nova palavra-passe'],
    none: ['busca', 'pesquis', 'assinar', 'assine', 'ofertas', 'novidades'],
  },
  roles: {
    username: ['usuário', 'nome de usuario', 'utilizador'],
    email: ['e-mail', 'correio eletrônico', 'correio electrónico', 'correio eletrónico'],
    phone: ['telefone', 'celular', 'telemóvel'],
    'current-password': ['atual', 'antiga', 'actual'],
    'new-password': ['nova', 'novo'],
    'confirm-password': ['confirme', 'confirmação', 'repita', 'repetir'],
    'one-time-code': ['código'],
  },
  password: ['senha', 'palavra-passe'],
  notCredential: ['cartão'],
  personName: ['sobrenome', 'primeiro nome'],
  code: ['código'],
  otherCodes: ['postal', 'cep', 'promocional', 'cupom', 'cupão', 'desconto'],
  search: ['pesquis', 'busca'],
  signals: {
    captcha: ['arraste'],
    'success-message': ['senha alterada', 'senha atualizada', 'senha redefinida', 'senha foi alterada'],
    'error-message': ['inválid', 'incorret'],
  },
};
