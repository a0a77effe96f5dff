// Runs anywhere. Russian keywords (stems where Russian inflects: "регистрац", "восстанов").
import type { LanguageWords } from './types';

export const RU: LanguageWords = {
  classes: {
    login: ['вход', 'войти', 'авториз'],
    signup: ['регистрац', 'зарегистр', 'создать аккаунт', 'создать учетную запись'],
    'change-password': ['сохранить изменения', 'сменить пароль', 'смена пароля', 'изменить пароль', 'изменение пароля'],
    'forgot-password': ['забыли', 'восстанов', 'сбросить пароль', 'сброс пароля'],
    'verification-code': ['код подтверждения', 'код из sms', 'проверочный код', 'одноразовый код', 'введите код'],
    'set-new-password': ['новый пароль', 'задайте пароль', 'придумайте пароль', 'придумайте новый пароль'],
    none: ['поиск', 'подпис', 'скидк', 'акци', 'рассылк'],
  },
  roles: {
    username: ['логин', 'имя пользователя'],
    email: ['почта', 'почты', 'e-mail'],
    phone: ['телефон'],
    'current-password': ['текущий', 'старый', 'действующий'],
    'new-password': ['новый'],
    'confirm-password': ['повтор', 'подтвер', 'еще раз', 'ещё раз'],
    'one-time-code': ['код'],
  },
  // The stem, so every case counts ("паролем", "пароли"), as does the word in Bulgarian and Ukrainian.
  password: ['парол'],
  notCredential: ['карт'],
  personName: ['фамилия', 'отчество'],
  code: ['код'],
  otherCodes: ['индекс', 'промокод', 'купон', 'подар'],
  search: ['поиск'],
  signals: {
    captcha: ['слайдер', 'перетащите', 'не робот'],
    'success-message': ['пароль изменен', 'пароль изменён', 'пароль успешно'],
    'error-message': ['неверн', 'ошибка', 'не совпадают'],
  },
};
