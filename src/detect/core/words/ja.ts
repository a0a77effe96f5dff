// Runs anywhere. Japanese keywords. "登録" is both sign-up and a newsletter's "register": the
// newsletter's own noun (メルマガ) tells them apart.
import type { LanguageWords } from './types';

export const JA: LanguageWords = {
  classes: {
    login: ['ログイン', 'サインイン'],
    signup: ['登録', '新規', 'アカウントを作成', 'アカウント作成'],
    'change-password': ['パスワード変更', 'パスワードの変更', 'パスワードを変更'],
    'forgot-password': ['お忘れ', '忘れた', '再設定', 'リセット'],
    'verification-code': ['認証コード', '確認コード', 'ワンタイム', 'コードを入力'],
    'set-new-password': ['新しいパスワード'],
    none: ['検索', 'メルマガ', '購読', 'お得', 'セール'],
  },
  roles: {
    username: ['ユーザー', 'ユーザ名'],
    email: ['メール'],
    phone: ['携帯', '電話'],
    'current-password': ['現在', '古い'],
    'new-password': ['新しい'],
    'confirm-password': ['確認', 'もう一度'],
    'one-time-code': ['認証コード', '確認コード', 'ワンタイム'],
  },
  password: ['パスワード'],
  notCredential: ['カード'],
  personName: ['氏名'],
  code: ['コード'],
  otherCodes: ['郵便番号', 'クーポン', 'プロモーション'],
  search: ['検索'],
  signals: {
    captcha: ['スライド'],
    'success-message': ['パスワードを変更しました', 'パスワードが変更されました'],
    'error-message': ['エラー', '正しくありません'],
  },
};
