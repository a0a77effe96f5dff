// Runs anywhere. Chinese, simplified and traditional (phrase.ts: Chinese is matched as written,
// without word boundaries).
import type { LanguagePhrases } from '../phrase';
import type { PageSays } from '../kinds';

export const zh: LanguagePhrases<PageSays> = {
  lang: 'zh',
  not: '失败|错误|未|不能|无法|失敗|錯誤|無法',
  phrases: {
    'password-changed': [
      ['密码|密碼', '修改成功|重置成功|更新成功|设置成功|更改成功|已修改|已重置|已更新|已更改|成功修改|成功重置|成功更改|修改完成|變更成功|重設成功|設定成功'],
    ],
    sent: [
      ['已发送|已发至|发送成功|已寄出|已向|已寄送|已發送|已傳送|已寄至', '邮件|邮箱|验证码|链接|短信|郵件|信箱|驗證碼|連結|簡訊'],
      ['请查收|查看邮箱|检查邮箱|请登录邮箱|請查收|請檢查信箱'],
    ],
    'code-wrong': [
      ['验证码|校验码|驗證碼', '错误|不正确|无效|有误|錯誤|不正確|無效'],
    ],
    expired: [
      ['链接|验证码|连接|連結|驗證碼', '过期|失效|過期'],
    ],
    'too-many-attempts': [
      ['次数过多|过于频繁|太频繁|操作频繁|次数已达上限|超过次数|次數過多|過於頻繁'],
    ],
  },
};
