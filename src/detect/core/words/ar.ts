// Runs anywhere. Arabic keywords. "تسجيل" alone is both "registration" and the first word of
// "تسجيل الدخول" (sign in), so sign-up needs its longer phrases.
import type { LanguageWords } from './types';

export const AR: LanguageWords = {
  classes: {
    login: ['تسجيل الدخول', 'تسجيل دخول'],
    signup: ['إنشاء حساب', 'تسجيل جديد', 'حساب جديد', 'التسجيل', 'سجل الآن'],
    'change-password': ['تغيير كلمة المرور', 'تغيير كلمة السر'],
    'forgot-password': ['نسيت', 'استعادة', 'إعادة تعيين'],
    'verification-code': ['رمز التحقق', 'رمز لمرة واحدة', 'رمز التأكيد', 'أدخل الرمز'],
    'set-new-password': ['كلمة مرور جديدة', 'كلمة المرور الجديدة'],
    none: ['بحث', 'ابحث', 'اشترك', 'النشرة', 'عروض', 'خصم'],
  },
  roles: {
    username: ['اسم المستخدم'],
    email: ['البريد'],
    phone: ['هاتف', 'جوال'],
    'current-password': ['الحالية', 'القديمة'],
    'new-password': ['جديدة', 'الجديدة'],
    'confirm-password': ['تأكيد'],
    'one-time-code': ['رمز التحقق', 'رمز لمرة واحدة', 'رمز التأكيد'],
  },
  password: ['كلمة المرور', 'كلمة مرور', 'كلمة السر'],
  notCredential: ['بطاقة'],
  personName: ['الاسم الأول', 'الاسم الأخير', 'اسم العائلة'],
  code: ['رمز'],
  otherCodes: ['البريدي', 'الخصم', 'القسيمة', 'الترويجي'],
  search: ['بحث', 'ابحث'],
  signals: {
    captcha: ['اسحب'],
    'success-message': ['تم تغيير كلمة المرور', 'تم تحديث كلمة المرور'],
    'error-message': ['خطأ', 'غير صالح', 'غير صحيح'],
  },
};
