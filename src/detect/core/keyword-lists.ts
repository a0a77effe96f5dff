// Runs anywhere (in the build, the background, Node). The keys of the keyword tables that are
// records (keyword-sources.ts), in one fixed order.
import type { FieldRole, FormClass } from './model';
import type { SignalWordKind } from './words/types';

export const CLASSES: readonly FormClass[] = ['login', 'signup', 'change-password', 'forgot-password', 'verification-code', 'set-new-password', 'none'];
export const ROLES: readonly FieldRole[] = ['username', 'email', 'phone', 'current-password', 'new-password', 'confirm-password', 'one-time-code'];
export const SIGNALS: readonly SignalWordKind[] = ['captcha', 'success-message', 'error-message'];
