// Runs anywhere. Multilingual words the recipes share: texts of "Forgot password?" and "Change
// password" links and of submit buttons, to point at them. (What a page says, "password changed"
// or "we sent you an email", is read by core/recipes/says in every language.)
// English, Russian, Spanish first (our locales), then Portuguese, French, German and Chinese.

export const FORGOT_LINK_TEXTS = [
  'forgot', 'reset password', 'trouble signing in', 'забыли', 'восстановить', 'olvidaste', 'olvidó',
  'recuperar', 'esqueceu', 'oublié', 'vergessen', '忘记密码',
];

export const CHANGE_LINK_TEXTS = [
  'change password', 'edit password', 'password', 'сменить пароль', 'изменить пароль', 'cambiar contraseña',
  'alterar senha', 'changer le mot de passe', 'passwort ändern', '修改密码',
];

export const SIGN_IN_LINK_TEXTS = [
  'sign in', 'log in', 'login', 'войти', 'вход', 'iniciar sesión', 'inicia sesión', 'entrar', 'connexion', 'se connecter',
  'anmelden', 'einloggen', '登录',
];

export const SUBMIT_TEXTS = [
  'continue', 'submit', 'send', 'next', 'reset', 'продолжить', 'отправить', 'далее', 'continuar', 'enviar',
  'siguiente', 'envoyer', 'weiter', 'senden', '提交', '下一步',
];
