// Runs anywhere. Korean keywords ("잊으셨" is the polite "did you forget", "찾기" the "find my
// password" link most Korean sites use).
import type { LanguageWords } from './types';

export const KO: LanguageWords = {
  classes: {
    login: ['로그인'],
    signup: ['회원가입', '가입', '계정 만들기', '등록'],
    'change-password': ['비밀번호 변경', '비밀번호 수정'],
    'forgot-password': ['찾기', '잊으셨', '잊어버', '재설정'],
    'verification-code': ['인증번호', '인증 코드', '인증코드', '일회용 코드', '확인 코드'],
    'set-new-password': ['새 비밀번호', '새로운 비밀번호'],
    none: ['검색', '구독', '할인', '소식'],
  },
  roles: {
    username: ['아이디', '사용자 이름'],
    email: ['이메일'],
    phone: ['휴대폰', '휴대전화', '전화'],
    'current-password': ['현재', '기존'],
    'new-password': ['새'],
    'confirm-password': ['확인'],
    'one-time-code': ['인증번호', '인증 코드', '인증코드', '일회용'],
  },
  password: ['비밀번호', '패스워드'],
  notCredential: ['카드'],
  personName: ['성명'],
  code: ['코드', '인증번호'],
  otherCodes: ['우편번호', '쿠폰', '할인'],
  search: ['검색'],
  signals: {
    captcha: ['슬라이드'],
    'success-message': ['비밀번호가 변경되었습니다', '비밀번호가 재설정되었습니다'],
    'error-message': ['오류', '잘못된', '일치하지'],
  },
};
