// Runs anywhere. Detection's words as plain lists: the zod enums of model.ts are built from them,
// and the content script's guard of a classified report (shared/protocol/content-guards.ts) reads
// them without taking zod into every page.
export const FORM_CLASSES = ['login', 'signup', 'change-password', 'forgot-password', 'verification-code', 'set-new-password', 'none'] as const;
export const FIELD_ROLES = ['username', 'email', 'phone', 'current-password', 'new-password', 'confirm-password', 'one-time-code'] as const;
export const SIGNAL_KINDS = ['forgot-password-link', 'change-password-link', 'captcha', 'success-message', 'error-message'] as const;
export const FORM_HOSTS = ['document', 'shadow-root', 'same-origin-frame'] as const;
