// Runs anywhere. Chinese keywords, simplified and traditional (no spaces between words, so these
// match inside longer texts).
import type { LanguageWords } from './types';

export const ZH: LanguageWords = {
  classes: {
    login: ['登录', '登入', '登錄', '登陆'],
    signup: ['注册', '註冊', '创建账户', '创建帐户', '建立帳號'],
    'change-password': ['修改密码', '更改密码', '变更密码', '修改密碼', '更改密碼'],
    'forgot-password': ['忘记', '忘記', '找回', '重置密码', '重設密碼'],
    'verification-code': ['验证码', '驗證碼', '校验码', '動態碼', '动态码', '一次性'],
    'set-new-password': ['新密码', '新密碼', '设置新密码', '設定新密碼'],
    none: ['搜索', '搜尋', '订阅', '訂閱', '优惠', '促销'],
  },
  roles: {
    username: ['用户名', '账号', '帐号', '帳號', '账户', '用戶名'],
    email: ['邮箱', '邮件', '電郵', '电子邮件', '電子郵件', '信箱'],
    phone: ['手机', '手機', '电话', '電話'],
    'current-password': ['当前', '目前', '旧', '舊', '原密码'],
    'new-password': ['新'],
    'confirm-password': ['确认', '確認', '再次', '重复', '重複'],
    'one-time-code': ['验证码', '驗證碼', '校验码', '动态码'],
  },
  password: ['密码', '密碼'],
  notCredential: ['卡'],
  personName: ['姓氏'],
  code: ['码', '碼'],
  otherCodes: ['邮编', '邮政编码', '优惠', '二维码', '条码'],
  search: ['搜索', '搜尋'],
  signals: {
    captcha: ['滑块', '拖动', '向右滑动', '请按住滑块'],
    'success-message': ['密码修改成功', '密码已修改', '密码重置成功', '密码已更新'],
    'error-message': ['错误', '錯誤', '不正确', '不一致'],
  },
};
