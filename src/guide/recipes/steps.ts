// Runs anywhere. Steps that read the same on every site that has them: the new-password form
// after a reset, the change-password form, and the success messages. A site whose page differs writes its own step.
import type { RecipeInput } from '../core/recipes/schema';
import { TEXT } from './texts';
import { TIP } from './tips';

type Step = RecipeInput['flows'][keyof RecipeInput['flows']] extends infer F ? (F extends { steps: readonly (infer S)[] } ? S : never) : never;

export const STEP = {
  /** New password twice, no current one: the page a reset link or code leads to. */
  newPassword: {
    id: 'new-password',
    instruction: TEXT.newPassword,
    recognise: { pageClass: ['set-new-password'] },
    pointAt: [{ by: 'role', role: 'new-password' }, { by: 'role', role: 'confirm-password' }],
    tips: [TIP.strongPassword],
    next: ['success'],
  },
  /** Current password, then the new one: a signed-in change. */
  changeForm: {
    id: 'change-form',
    instruction: TEXT.changeForm,
    recognise: { pageClass: ['change-password'] },
    pointAt: [{ by: 'role', role: 'current-password' }, { by: 'role', role: 'new-password' }],
    tips: [TIP.strongPassword],
    next: ['change-success'],
  },
  success: {
    id: 'success',
    instruction: TEXT.success,
    recognise: { says: ['password-changed'] },
  },
  changeSuccess: {
    id: 'change-success',
    instruction: TEXT.changeSuccess,
    recognise: { says: ['password-changed'] },
  },
} as const satisfies Record<string, Step>;
