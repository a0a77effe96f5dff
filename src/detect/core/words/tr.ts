// Runs anywhere. Turkish keywords. Sites say both "şifre" and "parola" for password; "unuttu"
// covers unuttum and unuttunuz.
import type { LanguageWords } from './types';

export const TR: LanguageWords = {
  classes: {
    login: ['giriş', 'oturum aç'],
    signup: ['kayıt', 'üye ol', 'hesap oluştur'],
    'change-password': ['şifre değiştir', 'şifreyi değiştir', 'şifremi değiştir', 'parola değiştir', 'parolayı değiştir'],
    'forgot-password': ['unuttu', 'sıfırla'],
    'verification-code': ['doğrulama kodu', 'onay kodu', 'tek seferlik', 'kodu girin'],
    'set-new-password': ['yeni şifre', 'yeni parola'],
    none: ['=ara', 'abone', 'bülten', 'fırsat', 'kampanya'],
  },
  roles: {
    username: ['kullanıcı'],
    email: ['e-posta', 'eposta'],
    phone: ['telefon', '=cep'],
    'current-password': ['mevcut', 'eski', 'şu anki'],
    'new-password': ['yeni'],
    'confirm-password': ['tekrar', 'doğrula', 'onayla'],
    'one-time-code': ['doğrulama kodu', 'tek seferlik', '=kod'],
  },
  password: ['şifre', 'sifre', 'parola'],
  notCredential: ['kart'],
  personName: ['soyad'],
  code: ['=kod', 'kodu'],
  otherCodes: ['posta kodu', 'indirim', 'kupon', 'hediye'],
  search: ['=ara'],
  signals: {
    captcha: ['kaydır'],
    'success-message': ['şifreniz güncellendi', 'şifreniz değiştirildi', 'şifreniz başarıyla'],
    'error-message': ['hatalı', 'geçersiz'],
  },
};
