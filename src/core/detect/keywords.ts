// Runs anywhere. Multilingual keyword tables. Every table over a closed union is a total Record,
// so adding a class or role without keywords is a compile error. Languages: English, Russian,
// Spanish, Portuguese, French, German, Chinese (AliExpress's audience), plus cheap Italian, Dutch,
// Polish, Turkish, Japanese, Korean and Arabic words. Lists are lowercase; see keyword-match.ts.
import { compile } from './keyword-match';
import type { FieldRole, FormClass, PageSignalKind } from './model';

/** Wording of each form class in headings, buttons, titles, action URLs and form id/class. */
export const CLASS_WORDS: Record<FormClass, RegExp> = {
  login: compile([
    'log in', 'login', 'log on', 'logon', 'sign in', 'signin', 'sign-in', 'auth', 'anmelden', 'einloggen',
    'вход', 'войти', 'авториз', 'iniciar sesi', 'ingresar', 'acceder', 'entrar', 'connexion',
    'se connecter', 's\'identifier', '登录', '登入', '登錄', 'ログイン', 'accedi', 'inloggen', 'zaloguj',
    'logowanie', 'giriş', 'تسجيل الدخول', '로그인', 'member login', 'my account',
  ]),
  signup: compile([
    'sign up', 'signup', 'sign-up', 'register', 'registration', 'create account', 'create an account', 'create',
    'erstellen', '=reg',
    'create your account', 'join', 'new account', 'open account', 'get started', 'enroll',
    'регистрац', 'зарегистр', 'создать аккаунт', 'regístrate', 'registrarse', 'registro', 'crear cuenta',
    'cadastr', 'criar conta', 'inscri', 'créer un compte', 'registrier', 'konto erstellen', '注册',
    '註冊', '创建账户', '登録', '新規', 'registra', 'crea account', 'registreren', 'aanmelden',
    'zarejestruj', 'rejestracja', 'kayıt', 'üye ol', 'إنشاء حساب', 'تسجيل', '회원가입', '가입',
  ]),
  'change-password': compile([
    'change password', 'change your password', 'change-password', 'changepassword', 'change pass',
    'edit password', 'password change', 'modify password',
    'сменить пароль', 'смена пароля', 'изменить пароль', 'изменение пароля', 'cambiar contraseña',
    'cambiar la contraseña', 'alterar senha', 'mudar senha', 'trocar senha', 'changer le mot de passe',
    'modifier le mot de passe', 'changer votre mot de passe', 'passwort ändern', 'kennwort ändern',
    '修改密码', '更改密码', '变更密码', 'パスワード変更', 'パスワードの変更', 'cambia password',
    'wachtwoord wijzigen', 'zmień hasło', 'şifre değiştir', 'تغيير كلمة المرور', '비밀번호 변경',
  ]),
  'forgot-password': compile([
    'forgot', 'forgotten', 'reset password', 'reset your password', 'password reset', 'recover',
    'lost password', 'lost your password', 'lostpassword', 'lostpass', 'forgotpassword', 'pwdrem',
    'passremind', 'password reminder', 'remind', 'trouble signing in', 'can\'t sign in', 'request password',
    'retrieve', 'reset-password', 'resetpassword', 'забыли', 'восстанов', 'сбросить пароль',
    'olvid', 'recuperar', 'restablecer', 'esqueceu', 'esqueci', 'redefinir', 'oublié', 'réinitialiser',
    'vergessen', 'zurücksetzen', '忘记', '找回', '重置密码', '忘記', 'お忘れ', '再設定', 'dimenticat',
    'recupera', 'vergeten', 'nie pamiętasz', 'zapomniał', 'unuttum', 'نسيت', '찾기',
  ]),
  'verification-code': compile([
    'verification code', 'verify code', 'security code', 'confirmation code', 'one-time', 'one time code',
    'otp', 'passcode', '2fa', 'two-factor', 'two factor', 'authenticator', 'sms code', 'enter the code',
    'enter code', 'код подтверждения', 'код из sms', 'проверочный код', 'código de verificación',
    'código de seguridad', 'código de verificação', 'code de vérification', 'code de sécurité',
    'bestätigungscode', 'sicherheitscode', '验证码', '校验码', '動態碼', '認証コード', '確認コード',
    'codice di verifica', 'verificatiecode', 'kod weryfikacyjny', 'doğrulama kodu', 'رمز التحقق', '인증번호',
  ]),
  'set-new-password': compile([
    'new password', 'set password', 'set a new password', 'set your password', 'choose a new password',
    'create new password', 'create a new password', 'reset password', 'reset your password',
    'новый пароль', 'задайте пароль', 'nueva contraseña', 'nova senha', 'nouveau mot de passe',
    'neues passwort', '新密码', '設定新密碼', '新しいパスワード', 'nuova password', 'nieuw wachtwoord',
    'nowe hasło', 'yeni şifre', 'كلمة مرور جديدة', '새 비밀번호',
  ]),
  none: compile([
    'search', 'newsletter', 'subscribe', 'subscription', 'suche', 'поиск', 'подпис', 'buscar',
    'busca', 'suscri', 'assinar', 'recherche', 'abonner', 's\'abonner', 'abonnieren', '搜索', '订阅',
    '検索', 'cerca', 'zoeken', 'szukaj', 'ara', 'بحث', '검색', 'coupon', 'promo code', 'gift card',
    'checkout', 'payment', 'shipping', 'billing', 'contact us', 'comment', 'feedback',
  ]),
};

/** Field-role words in name/id/label/placeholder/aria-label (after autocomplete and type). */
export const ROLE_WORDS: Record<FieldRole, RegExp> = {
  username: compile([
    'user', 'username', 'login', 'account', 'userid', 'user id', 'nickname', 'screen name', 'member id',
    'логин', 'имя пользователя', 'usuario', 'usuário', 'identifiant', 'benutzer', 'nutzername',
    '用户名', '账号', '帳號', '账户', 'ユーザー', 'utente', 'gebruikersnaam', 'użytkownik',
    'kullanıcı', 'اسم المستخدم', '아이디', 'login id', '=uid', 'email or', 'or email',
  ]),
  email: compile([
    'email', 'e-mail', 'mail', 'correo', 'почта', 'почты', 'courriel', '邮箱', '邮件', '電郵',
    'メール', 'posta', 'e-posta', 'البريد', '이메일',
  ]),
  phone: compile([
    'phone', 'mobile', 'cell', '=tel', 'telephone', 'msisdn', 'телефон', 'teléfono', 'telefone',
    'celular', 'móvil', 'téléphone', 'portable', 'telefon', 'handy', '手机', '手機', '电话', '電話',
    '携帯', 'telefono', 'cellulare', 'telefoon', 'هاتف', 'جوال', '휴대폰', '전화',
  ]),
  'current-password': compile([
    'current', 'old', 'oldpass', 'oldpw', 'curpass', 'curpw', 'existing', 'present', 'текущий', 'старый', 'действующий', 'actual', 'anterior',
    'atual', 'antiga', 'ancien', 'actuel', 'aktuell', 'alt', 'bisherig', 'altes', '当前', '旧', '原密码',
    '現在', 'attuale', 'vecchia', 'huidig', 'oud', 'obecne', 'mevcut', 'الحالية', '현재',
  ]),
  'new-password': compile([
    'new', 'новый', 'nuevo', 'nueva', 'nova', 'novo', 'nouveau', 'neu', '新', 'nuova', 'nieuw',
    'nowe', 'yeni', 'جديدة', '새', 'neues', 'nouvel', 'newpass', 'newpw', 'pwdnew', 'passnew', 'create password', 'choose password', 'choose a password',
  ]),
  'confirm-password': compile([
    'confirm', 'repeat', 'retype', 're-type', 'reenter', 're-enter', 'again', 'verify', 'verification',
    're type', 'confirmation', 'password2', 'passwd2', 'pass2', 'pwd2', 'cpassword', 'conf',
    'повтор', 'подтвер', 'еще раз', 'ещё раз', 'confirmar', 'repetir', 'repita', 'confirme',
    'confirmer', 'répéter', 'wiederhol', 'bestätig', '确认', '再次', '重复', '確認', 'もう一度',
    'conferma', 'ripeti', 'herhaal', 'bevestig', 'powtórz', 'potwierd', 'tekrar', 'تأكيد', '확인',
  ]),
  'one-time-code': compile([
    'otp', 'one-time', 'onetime', 'one time', 'verification code', 'verify code', 'verifycode', 'sms code',
    'smscode', 'auth code', 'authcode', '2fa', 'totp', 'mfa', 'confirmation code', 'twofactor', 'token',
    'passcode', 'код', 'código', 'code de', 'bestätigungscode', '验证码', '認証コード', '確認コード',
    'codice', 'verificatiecode', 'kod', 'doğrulama', 'رمز التحقق', '인증번호',
  ]),
};

/** A field is a password by wording even when typed "text" (show-password toggles flip it). */
export const PASSWORD_WORDS = compile([
  'password', 'passwd', 'passwort', 'pwd', '=pass', 'passcode', 'пароль', 'contraseña', 'clave',
  'senha', 'mot de passe', 'mdp', 'kennwort', '密码', '密碼', 'パスワード', 'wachtwoord',
  'hasło', 'haslo', 'şifre', 'sifre', 'كلمة المرور', '비밀번호', 'parola',
]);

/** Password-typed fields that are not account credentials (card CVC, PINs, captcha answers). */
export const NOT_CREDENTIAL_WORDS = compile([
  'cvc', 'cvv', 'csc', 'cvv2', 'card', 'security code', '=pin', 'pincode', 'pin code', 'captcha',
  'search', 'coupon', 'promo', 'answer', 'secret answer', 'kart', 'tarjeta', 'cartão', 'carte',
  'karte', '卡', 'wifi', 'license', 'serial', 'question', 'hint', 'reminder',
]);

/** Words that make an identity field part of a form that is not a credential form at all. */
export const SEARCH_WORDS = compile(['search', 'query', 'keyword', 'поиск', 'buscar', 'suche', '搜索']);

/** Page signals found in link texts, messages and widget hints. */
export const SIGNAL_WORDS: Record<PageSignalKind, RegExp> = {
  'forgot-password-link': CLASS_WORDS['forgot-password'],
  'change-password-link': CLASS_WORDS['change-password'],
  captcha: compile([
    'captcha', 'recaptcha', 'hcaptcha', 'geetest', 'turnstile', 'arkose', 'funcaptcha', 'slide to verify',
    'slider', 'drag the slider', 'nocaptcha', 'nc_', 'слайдер', 'перетащите', 'desliza', 'arrastra',
    '滑块', '拖动', '向右滑动', '请按住滑块', 'im not a robot', 'i\'m not a robot', 'не робот',
  ]),
  'success-message': compile([
    'password has been changed', 'password was changed', 'password changed', 'password has been reset',
    'password was reset', 'password updated', 'password has been updated', 'successfully changed',
    'successfully updated', 'check your email', 'check your inbox', 'email has been sent', 'we sent',
    'we\'ve sent', 'пароль изменен', 'пароль изменён', 'пароль успешно', 'contraseña cambiada',
    'contraseña actualizada', 'senha alterada', 'mot de passe modifié', 'passwort wurde geändert',
    '密码修改成功', '密码已修改', '密码重置成功', 'パスワードを変更しました',
  ]),
  'error-message': compile([
    'incorrect', 'invalid', 'wrong', 'error', 'failed', 'does not match', 'don\'t match', 'not match',
    'required', 'too short', 'неверн', 'ошибка', 'не совпадают', 'incorrect', 'inválid', 'incorrecta',
    'erreur', 'falsch', 'ungültig', 'fehler', '错误', '不正确', '不一致', 'エラー', 'errato', 'fout',
    'błęd', 'hatalı', 'خطأ',
  ]),
};
