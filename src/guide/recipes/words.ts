// Runs anywhere. Multilingual words the recipes share: texts of "Forgot password?" and "Change
// password" links (to point at them), and message wordings for the keyword fallbacks that tell a
// "check your email" page from a "password changed" page when both show a success signal.
// English, Russian, Spanish first (our locales), then Portuguese, French, German and Chinese.

export const FORGOT_LINK_TEXTS = [
  'forgot', 'reset password', 'trouble signing in', 'забыли', 'восстановить', 'olvidaste', 'olvidó',
  'recuperar', 'esqueceu', 'oublié', 'vergessen', '忘记密码',
];

export const CHANGE_LINK_TEXTS = [
  'change password', 'edit password', 'password', 'сменить пароль', 'изменить пароль', 'cambiar contraseña',
  'alterar senha', 'changer le mot de passe', 'passwort ändern', '修改密码',
];

export const SUBMIT_TEXTS = [
  'continue', 'submit', 'send', 'next', 'reset', 'продолжить', 'отправить', 'далее', 'continuar', 'enviar',
  'siguiente', 'envoyer', 'weiter', 'senden', '提交', '下一步',
];

export const CHECK_EMAIL_WORDS = [
  'check your email', 'check your inbox', 'check your mail', 'email has been sent', 'email was sent', 'we sent',
  'we\'ve sent', 'we have sent', 'проверьте почту', 'проверьте электронную почту', 'мы отправили', 'письмо отправлено',
  'revisa tu correo', 'revise su correo', 'hemos enviado', 'te enviamos', 'te hemos enviado', 'verifique seu e-mail',
  'enviamos um e-mail', 'vérifiez votre boîte', 'e-mail envoyé', 'e-mail gesendet', 'posteingang', '邮件已发送', '请查收',
];

export const PASSWORD_CHANGED_WORDS = [
  'password has been changed', 'password was changed', 'password changed', 'password has been reset',
  'password was reset', 'password updated', 'password has been updated', 'password reset successful',
  'successfully changed', 'successfully updated', 'successfully reset', 'пароль изменен', 'пароль изменён',
  'пароль успешно', 'пароль обновлен', 'пароль обновлён', 'contraseña cambiada', 'contraseña actualizada',
  'contraseña restablecida', 'se ha cambiado tu contraseña', 'senha alterada', 'senha redefinida',
  'mot de passe modifié', 'passwort wurde geändert', '密码修改成功', '密码已修改', '密码重置成功',
];
