// What pages say, read like a person reads them: word sets within a sentence in any order, in every
// language the guide reads (src/guide/core/recipes/says). Each language has examples of every kind,
// worded differently from the phrase tables, and the texts of pages that must say nothing: the
// forms before the step happens, headings that name the flow, account pages, shop pages.
import { describe, expect, it } from 'vitest';
import { PageSays } from '../../../src/guide/core/recipes/says/kinds';
import { pageSays } from '../../../src/guide/core/recipes/says/page-says';
import { LANGUAGES } from '../../../src/guide/core/recipes/says/tables';

const kinds = (texts: string[]) => pageSays(texts).map((s) => s.kind);

const SAYS: Record<string, Record<PageSays, string[]>> = {
  en: {
    'password-changed': [
      'Your password has been updated successfully.',
      'Password changed',
      "You've successfully changed your password. You can now sign in.",
      'Success! Your password was reset.',
      'Password reset successful',
      'All set. You can now log in with your new password.',
    ],
    sent: [
      'An email with the link to reset your password has been sent to you.',
      "We've sent a 6-digit code to a***@mail.test",
      'Check your inbox',
      'If an account exists for ann@mail.test, you will receive an email with instructions.',
      'Instructions have been emailed to you.',
    ],
    'code-wrong': ['The verification code you entered is incorrect. Try again.', 'Invalid code', "That code didn't work."],
    expired: ['This password reset link has expired.', 'Your link is invalid or has already been used.', 'The code has expired. Request a new one.'],
    'too-many-attempts': ['Too many attempts. Please try again later.', "You've exceeded the maximum number of attempts.", 'Your account is temporarily locked.'],
  },
  ru: {
    'password-changed': ['Пароль успешно изменён', 'Ваш пароль был обновлён.', 'Вы успешно сменили пароль!', 'Пароль изменен'],
    sent: ['Письмо со ссылкой для сброса пароля отправлено на вашу почту.', 'Мы выслали код на ann@mail.test', 'Проверьте почту'],
    'code-wrong': ['Неверный код подтверждения', 'Код введён неправильно'],
    expired: ['Срок действия ссылки истёк.', 'Ссылка недействительна', 'Срок действия кода истек'],
    'too-many-attempts': ['Слишком много попыток. Попробуйте позже.', 'Превышено количество попыток'],
  },
  es: {
    'password-changed': ['Tu contraseña se ha actualizado correctamente.', 'Contraseña cambiada con éxito', 'Has restablecido tu contraseña.'],
    sent: ['Te hemos enviado un enlace para restablecer tu contraseña.', 'Revisa tu bandeja de entrada', 'Te enviamos un código a tu correo.'],
    'code-wrong': ['El código no es válido', 'Código incorrecto'],
    expired: ['El enlace ha caducado.', 'Este enlace ya no es válido.'],
    'too-many-attempts': ['Demasiados intentos. Inténtalo más tarde.', 'Has superado el límite de intentos.'],
  },
  pt: {
    'password-changed': ['Sua senha foi alterada com sucesso.', 'Senha redefinida'],
    sent: ['Enviamos um e-mail com o link para redefinir sua senha.', 'Verifique sua caixa de entrada'],
    'code-wrong': ['Código inválido', 'O código está incorreto'],
    expired: ['O link expirou.', 'Este link é inválido'],
    'too-many-attempts': ['Muitas tentativas. Tente novamente mais tarde.', 'Limite de tentativas excedido'],
  },
  fr: {
    'password-changed': ['Votre mot de passe a été modifié avec succès.', 'Mot de passe mis à jour', 'Votre mot de passe a bien été réinitialisé.'],
    sent: ['Un e-mail vous a été envoyé avec un lien de réinitialisation.', 'Consultez votre boîte de réception'],
    'code-wrong': ['Le code saisi est incorrect', 'Code invalide'],
    expired: ['Ce lien a expiré.', "Le lien n'est plus valide."],
    'too-many-attempts': ['Trop de tentatives. Réessayez plus tard.', 'Vous avez atteint la limite de demandes, limite atteinte.'],
  },
  de: {
    'password-changed': ['Ihr Passwort wurde erfolgreich geändert.', 'Kennwort aktualisiert', 'Passwortänderung erfolgreich'],
    sent: ['Wir haben Ihnen eine E-Mail mit einem Link gesendet.', 'Bitte prüfen Sie Ihr E-Mail-Postfach.'],
    'code-wrong': ['Der Bestätigungscode ist ungültig.', 'Falscher Code'],
    expired: ['Der Link ist abgelaufen.', 'Dieser Code ist abgelaufen.'],
    'too-many-attempts': ['Zu viele Versuche. Bitte versuchen Sie es später erneut.', 'Höchstzahl der Versuche erreicht'],
  },
  zh: {
    'password-changed': ['密码修改成功', '您的密码已重置。', '密碼變更成功'],
    sent: ['验证码已发送至您的邮箱，请查收。', '重置链接已发送到您的邮箱'],
    'code-wrong': ['验证码错误，请重新输入', '驗證碼不正確'],
    expired: ['链接已过期', '验证码已失效'],
    'too-many-attempts': ['操作过于频繁，请稍后再试', '尝试次数过多'],
  },
};

// Texts from pages where none of these has happened.
const SAYS_NOTHING: [string, string][] = [
  ['en', 'Reset your password'],
  ['en', 'Password reset'],
  ['en', 'Forgot your password? Enter your email and we will send you a link to reset your password.'],
  ['en', 'Lost your password? Please enter your email address. You will receive a link to create a new password via email.'],
  ['en', 'Change password'],
  ['en', 'Update password'],
  ['en', 'Password: last changed 3 months ago'],
  ['en', 'Passwords must be changed every 90 days.'],
  ['en', 'Your password could not be changed. Please try again.'],
  ['en', "Didn't get the email? Check your spam folder or resend it."],
  ['en', 'Please check your email address and try again.'],
  ['en', 'Enter the verification code'],
  ['en', 'Codes expire after 10 minutes.'],
  ['en', 'A password reset link will be sent to your email.'],
  ['en', 'Sign in or create an account'],
  ['en', 'Free shipping on orders over $25. Items sent within 24 hours.'],
  ['en', 'Set a new password'],
  ['en', 'Create a password. Use at least 8 characters.'],
  ['ru', 'Забыли пароль?'],
  ['ru', 'Изменить пароль'],
  ['ru', 'Восстановление пароля'],
  ['ru', 'Введите адрес почты, и мы пришлём ссылку для сброса пароля.'],
  ['ru', 'Не удалось изменить пароль'],
  ['ru', 'Пароль изменён 3 месяца назад'],
  ['ru', 'Не пришло письмо? Отправить ещё раз'],
  ['es', '¿Olvidaste tu contraseña?'],
  ['es', 'Cambiar contraseña'],
  ['es', 'No se pudo cambiar la contraseña'],
  ['pt', 'Esqueceu sua senha?'],
  ['pt', 'Alterar senha'],
  ['fr', 'Mot de passe oublié ?'],
  ['fr', 'Modifier le mot de passe'],
  ['fr', "Votre mot de passe n'a pas été modifié."],
  ['de', 'Passwort vergessen?'],
  ['de', 'Passwort ändern'],
  ['de', 'Ihr Passwort wurde nicht geändert.'],
  ['zh', '忘记密码'],
  ['zh', '修改密码'],
  ['zh', '密码修改失败'],
  ['zh', '未收到验证码？重新发送'],
];

describe('what a page says', () => {
  const cases = Object.entries(SAYS).flatMap(([lang, byKind]) =>
    Object.entries(byKind).flatMap(([kind, texts]) => texts.map((text) => ({ lang, kind, text }))),
  );

  it.each(cases)('$lang: "$text" says $kind', ({ kind, text }) => {
    expect(kinds([text])).toContain(kind);
  });

  it.each(SAYS_NOTHING)('%s: "%s" says nothing', (_lang, text) => {
    expect(pageSays([text])).toEqual([]);
  });

  it('has examples for every language and kind it reads', () => {
    for (const { lang } of LANGUAGES) for (const kind of PageSays.options) expect(SAYS[lang]?.[kind]?.length, `${lang} ${kind}`).toBeGreaterThan(0);
  });

  it('reads words in any order within a sentence, never across sentences', () => {
    expect(kinds(['Sent to you: an email with the link.'])).toContain('sent');
    expect(kinds(['Your password', 'has been updated'])).toEqual([]);
    expect(kinds(['Check the password. Your changes are updated.'])).toEqual([]);
  });

  it('says where it read each kind', () => {
    expect(pageSays(['Sign in', 'Too many attempts. Your password was changed.'])).toEqual([
      { kind: 'password-changed', sentence: 'your password was changed', lang: 'en' },
      { kind: 'too-many-attempts', sentence: 'too many attempts', lang: 'en' },
    ]);
  });
});
